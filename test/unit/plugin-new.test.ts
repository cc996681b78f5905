import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { checkPluginName, registerPlugin } from '../../src/scripts/plugin-new/register'
import { pluginNames } from '../../src/scripts/plugin-new/templates'

const pluginsSource = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/plugins.ts'), 'utf8')

describe('npm run plugin:new registers the plugin', () => {
  it('derives the names from a kebab-case name', () => {
    expect(pluginNames('loyalty-points')).toEqual({ name: 'loyalty-points', camel: 'loyaltyPoints', pascal: 'LoyaltyPoints' })
  })

  it('adds the import and the entry at the markers of the real src/plugins.ts, before audit', () => {
    const edited = registerPlugin(pluginsSource, pluginNames('loyalty-points'))
    expect(edited).toContain("import { loyaltyPointsPlugin } from '../plugins/loyalty-points'\n// plugin:new imports")
    expect(edited).toContain("  'loyalty-points': loyaltyPointsPlugin,\n  // plugin:new entries\n  audit: auditPlugin,")
    expect(registerPlugin(pluginsSource, pluginNames('loyalty'))).toContain('  loyalty: loyaltyPlugin,')
  })

  it('refuses names that are not kebab-case, and a file without markers', () => {
    for (const bad of [undefined, '', 'Loyalty', 'loyalty_points', '1st', 'a--b', '../x']) expect(() => checkPluginName(bad)).toThrowError(/kebab-case/)
    expect(() => registerPlugin('export {}', pluginNames('x'))).toThrowError(/markers/)
  })
})
