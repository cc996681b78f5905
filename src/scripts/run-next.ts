/** Runs the Next.js CLI as a child process with the prepared environment, stopping the embedded database after it. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../db/resolve'

export function runNext(args: string[], stop: () => Promise<unknown>): void {
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
  })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('exit', async (code, signal) => {
    await stop()
    process.exit(code ?? (signal ? 1 : 0))
  })
}
