/**
 * The layers of ../shared/ARCHITECTURE.md as a check over the source's import graph:
 *   payload.config.ts → src/config.ts → plugins/* → collections/* → src/kit
 * Arrows point down only: the kit imports no collection, plugin or app file; collections import no plugin; a
 * plugin imports no other plugin, and reaches the kit through its one entry (src/kit/index.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export type ImportEdge = { from: string; to: string }

const SOURCE = /\.(ts|tsx|mts)$/
const SKIPPED = new Set(['node_modules', '.next', '.data', 'test-artifacts', 'migrations'])

function sourceFiles(dir: string, root: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full, root)
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path.relative(root, full)] : []
  })
}

/** Resolves a relative specifier to a project file (extensionless imports, folders with an index). */
function resolve(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = path.join(path.dirname(from), specifier)
  const candidates = [base, ...['.ts', '.tsx', '.js'].map((ext) => base + ext), ...['index.ts', 'index.tsx'].map((index) => path.join(base, index))]
  const found = candidates.find((candidate) => fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile())
  return found ? path.normalize(found) : path.normalize(base)
}

/** Every relative import, re-export and dynamic import of the project's source folders. */
export function importEdges(root: string, folders: readonly string[] = ['src', 'collections', 'plugins']): ImportEdge[] {
  return folders.flatMap((folder) =>
    sourceFiles(path.join(root, folder), root).flatMap((file) => {
      const info = ts.preProcessFile(fs.readFileSync(path.join(root, file), 'utf8'), true, true)
      return info.importedFiles
        .map((imported) => resolve(root, file, imported.fileName))
        .filter((to): to is string => to !== null)
        .map((to) => ({ from: file.split(path.sep).join('/'), to: to.split(path.sep).join('/') }))
    }),
  )
}

type Layer = { kind: 'kit' | 'collections' | 'app' | 'test' | 'other' } | { kind: 'plugin'; name: string }

function layerOf(file: string): Layer {
  if (file.startsWith('src/kit/')) return { kind: 'kit' }
  if (file.startsWith('collections/')) return { kind: 'collections' }
  if (file.startsWith('plugins/')) return { kind: 'plugin', name: file.split('/')[1] }
  if (file.startsWith('src/')) return { kind: 'app' }
  if (file.startsWith('test/')) return { kind: 'test' }
  return { kind: 'other' }
}

const KIT_ENTRY = new Set(['src/kit/index.ts', 'src/kit'])

/** What is wrong with each edge; empty when the layers hold. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap(({ from, to }) => {
    const source = layerOf(from)
    const target = layerOf(to)
    const arrow = `${from} → ${to}`
    if (source.kind === 'kit' && target.kind !== 'kit') return [`the kit imports outside itself: ${arrow}`]
    if (source.kind === 'collections' && (target.kind === 'plugin' || target.kind === 'app')) return [`a collection imports a plugin or the app: ${arrow}`]
    if (source.kind !== 'plugin') return []
    if (target.kind === 'plugin' && target.name !== source.name) return [`plugin "${source.name}" imports plugin "${target.name}": ${arrow}`]
    if (target.kind === 'kit' && !KIT_ENTRY.has(to)) return [`plugin "${source.name}" bypasses the kit's entry (src/kit/index.ts): ${arrow}`]
    if (target.kind === 'app') return [`plugin "${source.name}" imports the app: ${arrow}`]
    return []
  })
}
