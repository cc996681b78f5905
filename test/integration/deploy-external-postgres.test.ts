/**
 * Production on an external PostgreSQL: a second PostgreSQL server (its own cluster, port and data folder — not the
 * dev or test cluster), `npm run migrate` (the step `npm start` runs before serving) on an empty database and on one
 * at the previous release's schema, then an app process in production mode serving /api on it, and /api/health
 * answering 200 — then 503 once that server is down.
 *
 * What this does not run: `next build` and `next start` themselves (minutes of build on a CI machine). The app process
 * here serves Payload's REST route handlers directly (test/helpers/app-process.ts); `npm run bench` builds and serves
 * the real Next.js app on a DATABASE_URI the same way.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildBureauConfig } from '../../src/config'
import { closePayload } from '../../src/db/close-payload'
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded'
import { projectRoot } from '../../src/db/resolve'
import { migrations } from '../../src/migrations'
import { stopGroup } from '../../src/scripts/processes'
import { runScript, startAppProcess } from '../helpers/child-process'

/** Ports 54360-54369 are this test's; other clusters (dev 54329, tests 54339, bench 54349) stay untouched. */
const PORT = Number(process.env.BUREAU_DEPLOY_TEST_PG_PORT ?? 54361)
const dataDir = path.join(projectRoot, '.data', 'postgres-deploy-test')
const SECRET = 'deploy-test-secret'

let server: EmbeddedServer
let serving: ChildProcess | undefined
let servedUrl: string | undefined

const production = (uri: string): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URI: uri,
  PAYLOAD_SECRET: SECRET,
  BUREAU_SEED_DEMO: 'false',
})

/** `npm run migrate`; a run lost while Node loads its modules (silent exit 13 or hang) is run again (runScript). */
function migrate(uri: string): void {
  runScript('src/scripts/migrate.ts', production(uri), 60_000)
}

async function query<T extends pg.QueryResultRow>(uri: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query<T>(text)).rows
  } finally {
    await client.end()
  }
}

const appliedMigrations = async (uri: string) =>
  (await query<{ name: string }>(uri, 'select name from payload_migrations order by name')).map((row) => row.name)

/** The previous release's schema: only the first migration applied, and a user written by that release. */
async function atPreviousRelease(uri: string): Promise<void> {
  const saved = { DATABASE_URI: process.env.DATABASE_URI, PAYLOAD_MIGRATING: process.env.PAYLOAD_MIGRATING }
  Object.assign(process.env, { DATABASE_URI: uri, PAYLOAD_MIGRATING: 'true' }) // no schema push at connect
  delete (globalThis as { _payload?: unknown })._payload
  const payload = await getPayload({ config: buildBureauConfig() })
  try {
    await payload.db.migrate({ migrations: migrations.slice(0, 1) as never })
  } finally {
    await closePayload(payload)
    delete (globalThis as { _payload?: unknown })._payload
    Object.assign(process.env, saved)
    if (saved.PAYLOAD_MIGRATING === undefined) delete process.env.PAYLOAD_MIGRATING
  }
  await query(uri, "insert into users (email, name) values ('kept@deploy.test', 'Kept')")
}

async function serve(uri: string): Promise<string> {
  const app = await startAppProcess('deploy-external-postgres-app', '.', { ...production(uri), BUREAU_JOBS_AUTORUN: 'false' })
  serving = app.process
  servedUrl = `http://127.0.0.1:${app.port}`
  return servedUrl
}

const health = async (url: string) => {
  const response = await fetch(`${url}/api/health`)
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

beforeAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true }) // an empty server every run
  server = await startEmbeddedPostgres({ dataDir, port: PORT })
}, 60_000)

afterAll(async () => {
  if (serving) await stopGroup(serving, 5000)
  await server?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('production on an external PostgreSQL', () => {
  it('migrates an empty database, then serves it with a healthy /api/health', async () => {
    await server.createDatabase('bureau_empty')
    const uri = server.uri('bureau_empty')
    migrate(uri)
    expect(await appliedMigrations(uri)).toEqual(migrations.map((migration) => migration.name))

    const url = await serve(uri)
    const { status, body } = await health(url)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'ok',
      database: { reachable: true },
      migrations: { applied: migrations.length, pending: 0, latest: migrations.at(-1)!.name },
      jobs: { queued: 0, processing: 0, failed: 0, oldestQueuedSeconds: null },
    })
    // nothing about where the database is, or how to log in to it
    expect(JSON.stringify(body)).not.toMatch(/postgres:|127\.0\.0\.1|password|secret/i)
    await stopGroup(serving!, 5000)
    serving = undefined
  }, 240_000) // up to 3 migrate runs of 60 s (runScript)

  it('upgrades a database at the previous release’s schema and keeps its data', async () => {
    await server.createDatabase('bureau_previous')
    const uri = server.uri('bureau_previous')
    await atPreviousRelease(uri)
    expect(await appliedMigrations(uri)).toEqual([migrations[0].name])

    migrate(uri)
    expect(await appliedMigrations(uri)).toEqual(migrations.map((migration) => migration.name))
    expect(await query(uri, 'select email from users')).toEqual([{ email: 'kept@deploy.test' }])
    const url = await serve(uri)
    const { status, body } = await health(url)
    expect(status).toBe(200)
    expect(body.migrations).toMatchObject({ applied: migrations.length, pending: 0 })
  }, 240_000) // up to 3 migrate runs of 60 s (runScript)

  it('answers 503 on /api/health when the database is down, and nothing about why', async () => {
    expect(servedUrl, 'the previous test serves the app').toBeDefined()
    await server.stop()
    const { status, body } = await health(servedUrl!)
    expect(status).toBe(503)
    expect(body).toEqual({ status: 'unavailable', database: { reachable: false } })
  }, 30_000)
})
