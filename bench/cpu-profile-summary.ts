/**
 * `npx tsx bench/cpu-profile-summary.ts <file.cpuprofile> [--top N] [--match TEXT] [--callers TEXT]`: where a profile of the app
 * (`BUREAU_BENCH_CPU_PROF`) spent its CPU, by source-mapped function. Next's server chunks are bundles, so a frame's
 * own location says little; each chunk's `.map` (next to it in the build) names the original file and function.
 *
 * Prints three tables: self time by function, self time by area (a package under node_modules, or a folder of ours),
 * and inclusive time by function (a function counted once per sample however deep its recursion). `--match TEXT`
 * keeps only functions whose name or file contains TEXT in the inclusive table, to follow one path; `--callers TEXT`
 * adds the nearest callers (outside TEXT) of the functions matching TEXT, weighted by their inclusive time.
 */
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number }
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] }
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, match: { type: 'string' }, callers: { type: 'string' } } })
if (!positionals[0]) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [--top N] [--match TEXT]')
const profile = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as Profile
const top = Number(flags.top)

const sourceMaps = new Map<string, SourceMap | null>()
function sourceMapOf(url: string): SourceMap | null {
  if (sourceMaps.has(url)) return sourceMaps.get(url) ?? null
  let map: SourceMap | null = null
  try {
    const file = url.startsWith('file://') ? fileURLToPath(url) : url
    if (file.startsWith('/') && fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')))
  } catch {
    map = null // an unreadable map: the frame keeps its bundled location
  }
  sourceMaps.set(url, map)
  return map
}

/** `function (file)` of a frame, through the chunk's source map when it has one. */
function labelOf(frame: CallFrame): { label: string; file: string } {
  const name = frame.functionName || '(anonymous)'
  if (!frame.url) return { label: name, file: '' }
  const map = sourceMapOf(frame.url)
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber)
  const file = entry && 'originalSource' in entry && entry.originalSource ? entry.originalSource : frame.url
  const short = file.replace(/^.*?node_modules\//, 'node_modules/').replace(/^webpack:\/\/[^/]*\//, '').replace(/^file:\/\//, '')
  const line = entry && 'originalLine' in entry ? entry.originalLine + 1 : frame.lineNumber + 1
  return { label: `${name} (${short}:${line})`, file: short }
}

/** A package under node_modules (scoped ones whole), a folder of ours two levels deep, or the frame's kind. */
function areaOf(file: string, label: string): string {
  if (!file) return label.replace(/ \(.*$/, '')
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)
  if (pkg) return pkg[1]
  if (file.startsWith('node:')) return file
  return path.dirname(file).split('/').slice(0, 3).join('/')
}

const parentOf = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
const labels = new Map(profile.nodes.map((node) => [node.id, labelOf(node.callFrame)]))

const self = new Map<string, number>()
const areas = new Map<string, number>()
const inclusive = new Map<string, number>()
const callers = new Map<string, number>()
let total = 0
profile.samples.forEach((id, index) => {
  const micros = profile.timeDeltas[index] ?? 0
  total += micros
  const own = labels.get(id)
  if (!own) return
  self.set(own.label, (self.get(own.label) ?? 0) + micros)
  const area = areaOf(own.file, own.label)
  areas.set(area, (areas.get(area) ?? 0) + micros)
  if (flags.callers) {
    const matches = (at: number | undefined) => at !== undefined && labels.get(at)?.label.includes(flags.callers ?? '')
    let at: number | undefined = id
    while (at !== undefined && !matches(at)) at = parentOf.get(at)
    if (at !== undefined) {
      while (matches(at)) at = parentOf.get(at as number)
      const caller = at === undefined ? '(none)' : (labels.get(at)?.label ?? '(none)')
      callers.set(caller, (callers.get(caller) ?? 0) + micros)
    }
  }
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const label = labels.get(at)?.label
    if (!label || seen.has(label)) continue
    seen.add(label)
    inclusive.set(label, (inclusive.get(label) ?? 0) + micros)
  }
})

function print(title: string, table: Map<string, number>, keep: (label: string) => boolean = () => true): void {
  console.log(`\n${title}`)
  const rows = [...table].filter(([label]) => keep(label)).sort((a, b) => b[1] - a[1]).slice(0, top)
  for (const [label, micros] of rows) console.log(`${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${label}`)
}

const idle = new Set(['(idle)', '(program)'])
console.log(`${positionals[0]}: ${(total / 1000).toFixed(0)} ms sampled`)
print('Self time by function', self)
print('Self time by area', areas)
print('Inclusive time by function', inclusive, (label) => !idle.has(label) && (!flags.match || label.includes(flags.match)))
if (flags.callers) print(`Callers of functions matching "${flags.callers}" (inclusive time)`, callers)
