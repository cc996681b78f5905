/**
 * Runs a bench/*.ts file as its own Node process (through tsx) and waits for the one message it sends back over
 * IPC: the dataset loader its summary, the ceiling server its port. Separate processes keep the measured servers
 * off the event loop that runs autocannon, and let the loader run Payload with its own NODE_ENV.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { projectRoot } from '../src/db/resolve'

export type TsChild<T> = { child: ChildProcess; message: Promise<T> }

export function isMain(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl)
}

export function spawnTs<T>(
  moduleUrl: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; detached?: boolean; timeoutMs: number },
): TsChild<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(moduleUrl), ...args], {
    cwd: projectRoot,
    env: options.env ?? process.env,
    detached: options.detached,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const name = path.basename(fileURLToPath(moduleUrl))
  const message = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${name} sent nothing within ${options.timeoutMs / 1000} s`))
    }, options.timeoutMs)
    child.once('message', (value) => {
      clearTimeout(timer)
      resolve(value as T)
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited (${signal ?? `code ${code}`}) before reporting`))
    })
  })
  return { child, message }
}
