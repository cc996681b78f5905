/** The results: a table on the terminal and a JSON file under bench/results/ (gitignored) with the machine and settings. */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../src/db/resolve'
import type { Measurement } from './load'

export function printTable(measurements: Measurement[], ceilingRps: number): void {
  const rows = measurements.map((m) => [
    m.target,
    m.requestsPerSec.toFixed(0),
    // autocannon's latency histogram counts whole milliseconds
    m.p50.toFixed(0),
    m.p99.toFixed(0),
    ceilingRps > 0 ? (m.requestsPerSec / ceilingRps).toFixed(3) : 'n/a',
    String(m.non2xx + m.errors),
  ])
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', '× ceiling', 'errors']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(['', line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line), ''].join('\n'))
}

export function machineInfo() {
  const cpus = os.cpus()
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  }
}

function gitRevision(): string | undefined {
  try {
    const commit = execSync('git rev-parse --short HEAD', { cwd: projectRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
    const dirty = execSync('git status --porcelain', { cwd: projectRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
    return dirty ? `${commit}+uncommitted` : commit
  } catch {
    return undefined
  }
}

/** Writes the run to bench/results/<timestamp>.json and returns the path. */
export function writeResults(startedAt: Date, results: Record<string, unknown>): string {
  const dir = path.join(projectRoot, 'bench', 'results')
  fs.mkdirSync(dir, { recursive: true })
  // ISO 8601 with the colons replaced, so the name is valid on every file system.
  const file = path.join(dir, `${startedAt.toISOString().replace(/:/g, '-')}.json`)
  fs.writeFileSync(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), revision: gitRevision(), machine: machineInfo(), ...results }, null, 2)}\n`)
  return file
}

/** The path of the Next server's log for this run, beside its results. */
export const serverLogFile = (startedAt: Date) =>
  path.join(projectRoot, 'bench', 'results', `${startedAt.toISOString().replace(/:/g, '-')}.server.log`)
