/**
 * The benchmark's PostgreSQL: the server DATABASE_URI points to when it is set, else an embedded cluster of its own
 * (`.data/postgres-bench`, port 54349) so a run never touches the dev or test clusters. Either way the figures come
 * from a fresh `bureau_bench` database, dropped and created on every run.
 */
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../src/db/embedded'
import { projectRoot } from '../src/db/resolve'

export const BENCH_DATABASE = 'bureau_bench'
// BUREAU_BENCH_PG_PORT: another port when several checkouts of the project bench on one machine
const BENCH_PG_PORT = Number(process.env.BUREAU_BENCH_PG_PORT ?? 54349)

export type BenchDatabase = {
  uri: string
  /** 'embedded' or the host:port of DATABASE_URI's server, for the results file */
  server: string
  /** stops the embedded server if this run started it */
  stop: () => Promise<void>
}

/** A database on the same server as `serverUri`. */
const onServer = (serverUri: string, database: string) => {
  const url = new URL(serverUri)
  url.pathname = `/${database}`
  return url.toString()
}

async function recreateOn(serverUri: string): Promise<void> {
  // Connect through the maintenance database: `bureau_bench` itself cannot be dropped while we are connected to it.
  const client = new pg.Client({ connectionString: onServer(serverUri, 'postgres') })
  await client.connect()
  try {
    await client.query(`drop database if exists "${BENCH_DATABASE}" with (force)`)
    await client.query(`create database "${BENCH_DATABASE}"`)
  } finally {
    await client.end()
  }
}

export async function prepareBenchDatabase(log: (message: string) => void): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URI
  if (external) {
    await recreateOn(external)
    const { host } = new URL(external)
    log(`using DATABASE_URI's server ${host}, fresh database ${BENCH_DATABASE}`)
    return { uri: onServer(external, BENCH_DATABASE), server: host, stop: async () => {} }
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(projectRoot, '.data', 'postgres-bench'),
    port: BENCH_PG_PORT,
    log,
  })
  await embedded.dropDatabase(BENCH_DATABASE)
  await embedded.createDatabase(BENCH_DATABASE)
  return { uri: embedded.uri(BENCH_DATABASE), server: 'embedded', stop: () => embedded.stop() }
}
