/**
 * `npm run plugin:new -- <name>`: scaffolds plugins/<name>/ (typed options, README, a pure rule with its unit test,
 * a config-transform test, an integration test) and registers it in src/plugins.ts, so it typechecks and its tests
 * pass at once. docs/PLUGINS.md walks through growing it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { checkPluginName, registerPlugin } from './plugin-new/register'
import { endpointFile, indexFile, integrationTestFile, pluginNames, pluginTestFile, readmeFile, ruleFile, unitTestFile } from './plugin-new/templates'

const root = path.resolve(import.meta.dirname, '../..')
const names = pluginNames(checkPluginName(process.argv[2]))
const folder = path.join(root, 'plugins', names.name)
if (fs.existsSync(folder)) throw new Error(`plugins/${names.name} already exists`)

const files: Record<string, string> = {
  'index.ts': indexFile(names),
  'README.md': readmeFile(names),
  'rules/count-by-status.ts': ruleFile(),
  'endpoints/orders-by-status.ts': endpointFile(),
  'test/unit/count-by-status.test.ts': unitTestFile(),
  'test/unit/plugin.test.ts': pluginTestFile(names),
  [`test/integration/${names.name}.test.ts`]: integrationTestFile(names),
}
const pluginsFile = path.join(root, 'src/plugins.ts')
const registered = registerPlugin(fs.readFileSync(pluginsFile, 'utf8'), names)
for (const [file, content] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
  fs.writeFileSync(path.join(folder, file), content)
}
fs.writeFileSync(pluginsFile, registered)
console.log(`Created plugins/${names.name}/ and registered ${names.camel}Plugin in src/plugins.ts.`)
console.log(`Next: npx vitest run plugins/${names.name} · read docs/PLUGINS.md · after adding a collection or a subscriber, npm run payload -- migrate:create`)
