/**
 * The app under test: `next build` into its own dist dir, then `next start` on a free loopback port. The server runs
 * detached in its own process group (Next spawns workers), so stopping it signals the whole group. Its output goes
 * to a log file, not the terminal, so errors under load do not drown the figures.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../src/db/resolve'
import { freePort, stopGroup } from '../src/scripts/processes'

export const BENCH_DIST_DIR = '.next-bench'

export type AppEnvironment = { DATABASE_URI: string; PAYLOAD_SECRET: string }
export type AppServer = { url: string; stop: () => Promise<void> }

const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')

const nextEnv = (app: AppEnvironment, distDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...app,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  BUREAU_NEXT_DIST_DIR: distDir,
  ...extra,
})

/** BUREAU_BENCH_CPU_PROF=<dir>: the server's Node process writes a .cpuprofile there when it stops (Node refuses it in NODE_OPTIONS). */
const cpuProfileArgs = (): string[] => {
  const dir = process.env.BUREAU_BENCH_CPU_PROF
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`] : []
}

export const hasBuild = (distDir = BENCH_DIST_DIR) => fs.existsSync(path.join(projectRoot, distDir, 'BUILD_ID'))

/** `next build`; building reads the Payload config but does not touch the database. */
export function buildApp(app: AppEnvironment, distDir = BENCH_DIST_DIR): void {
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    env: nextEnv(app, distDir),
    stdio: 'inherit',
    timeout: 20 * 60_000,
  })
  if (result.status !== 0) throw new Error(`next build failed (${result.signal ?? `exit code ${result.status}`})`)
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}; see ${logFile}`)
    try {
      // The first API request also boots Payload (config, database pool); ready means it answered.
      const response = await fetch(`${url}/api/products?limit=1&depth=0`, { signal: AbortSignal.timeout(30_000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer within ${timeoutMs / 1000} s; see ${logFile}`)
}

/** `next start` on 127.0.0.1, with the job runner off so nothing but the load runs in the process. */
export async function startApp(app: AppEnvironment, logFile: string, distDir = BENCH_DIST_DIR): Promise<AppServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'a')
  const child = spawn(process.execPath, [...cpuProfileArgs(), nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: nextEnv(app, distDir, { BUREAU_JOBS_AUTORUN: 'false' }),
    detached: true,
    stdio: ['ignore', log, log],
  })
  fs.closeSync(log)
  const stop = () => stopGroup(child)
  try {
    await waitUntilReady(url, child, logFile, 120_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}
