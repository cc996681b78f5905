/** Adding a plugin to src/plugins.ts at its markers (pure text edit, so it can be tested). */
import type { PluginNames } from './templates'

export const IMPORT_MARKER = '// plugin:new imports'
export const ENTRY_MARKER = '  // plugin:new entries'

/** src/plugins.ts with the plugin's import and its PLUGINS entry added; throws when a marker is missing. */
export function registerPlugin(source: string, { name, camel }: PluginNames): string {
  if (!source.includes(IMPORT_MARKER) || !source.includes(ENTRY_MARKER)) {
    throw new Error(`src/plugins.ts lacks the markers "${IMPORT_MARKER}" and "${ENTRY_MARKER.trim()}": add the plugin by hand`)
  }
  const key = /^[a-z][a-zA-Z0-9]*$/.test(name) ? name : `'${name}'`
  return source
    .replace(IMPORT_MARKER, `import { ${camel}Plugin } from '../plugins/${name}'\n${IMPORT_MARKER}`)
    .replace(ENTRY_MARKER, `  ${key}: ${camel}Plugin,\n${ENTRY_MARKER}`)
}

/** A plugin name: kebab-case, starting with a letter, as folder, endpoint path and option key. */
export function checkPluginName(name: string | undefined): string {
  if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new Error('Usage: npm run plugin:new -- <name>, with a kebab-case name such as `loyalty-points`')
  }
  return name
}
