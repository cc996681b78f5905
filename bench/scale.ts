/**
 * `npm run bench -- --processes 2`: the same build served by 1 and by 2 `next start` processes on the same database,
 * to show what a second app process behind a load balancer adds. The round-robin is autocannon's own: given several
 * URLs it spreads its connections over them, so no proxy process competes for the CPU. Each target is measured on
 * process 1 alone, then on both.
 */
import type { LoadSettings, Measurement, Target } from './load'
import { measure } from './load'

export type ScaleRow = { target: string; single: Measurement; spread: Measurement }

/** `target` with its URL moved from the first app's origin to each app's origin. */
function spreadOver(target: Target, firstOrigin: string, origins: string[]): Target {
  return { ...target, name: `${target.name} (×${origins.length})`, urls: origins.map((origin) => target.url.replace(firstOrigin, origin)) }
}

export async function measureScale(
  targets: Target[],
  origins: string[],
  settings: LoadSettings,
  log: (message: string) => void,
): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = []
  for (const target of targets) {
    if (!target.url.startsWith(origins[0])) continue // the ceiling is not an app target
    log(`${target.name}: 1 process, then ${origins.length}`)
    const single = await measure(target, settings)
    const spread = await measure(spreadOver(target, origins[0], origins), settings)
    log(`  ${single.requestsPerSec.toFixed(0)} → ${spread.requestsPerSec.toFixed(0)} req/s`)
    rows.push({ target: target.name, single, spread })
  }
  return rows
}

export function printScaleTable(rows: ScaleRow[], processes: number): void {
  const table = rows.map(({ target, single, spread }) => [
    target,
    single.requestsPerSec.toFixed(0),
    single.p99.toFixed(0),
    spread.requestsPerSec.toFixed(0),
    spread.p99.toFixed(0),
    (spread.requestsPerSec / single.requestsPerSec).toFixed(2),
    String(single.non2xx + single.errors + spread.non2xx + spread.errors),
  ])
  const header = ['target', '1 proc req/s', 'p99 ms', `${processes} procs req/s`, 'p99 ms', 'gain ×', 'errors']
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column].length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(['', line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...table.map(line), ''].join('\n'))
}
