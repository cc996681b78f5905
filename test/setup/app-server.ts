/**
 * Browser tests' app: the real Bureau in `next dev`, started the way `npm run dev` starts it (schema push, demo seed,
 * Next.js), on a fresh database of the test PostgreSQL (DATABASE_URI's server, else the embedded test cluster).
 * Test files learn the URL and the Chromium binary through BUREAU_E2E_URL and BUREAU_E2E_CHROMIUM. Next.js writes
 * its build to .next-e2e so a developer's own `npm run dev` is untouched; its output goes to
 * test-artifacts/e2e-next.log.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded'
import { projectRoot } from '../../src/db/resolve'
import { freePort, stopGroup } from '../../src/scripts/processes'
import { createDatabase, databaseUri, dropDatabase, dropDatabasesWithPrefix } from '../helpers/databases'
import { ensureChromium } from './chromium'

const E2E_DATABASE_PREFIX = 'bureau_e2e_'
const READY_TIMEOUT_MS = 8 * 60_000
const artifacts = path.join(projectRoot, 'test-artifacts')
const logFile = path.join(artifacts, 'e2e-next.log')

let embedded: EmbeddedServer | undefined
let serverUri: string | undefined
let database: string | undefined
let app: ChildProcess | undefined

function logTail(lines = 40): string {
  if (!fs.existsSync(logFile)) return '(no log)'
  return fs.readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n')
}

/** Waits until `url` answers 200; fails early when the app process dies. */
async function waitForPage(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The app exited (${child.exitCode ?? child.signalCode}) before ${url} was ready:\n${logTail()}`)
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(120_000) })
      if (response.status === 200) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = (error as Error).message
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s (last: ${last}):\n${logTail()}`)
}

export async function setup() {
  const chromium = ensureChromium()

  if (process.env.DATABASE_URI) {
    serverUri = process.env.DATABASE_URI
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(projectRoot, '.data', 'postgres-test'),
      port: Number(process.env.BUREAU_TEST_PG_PORT ?? 54339),
    })
    serverUri = embedded.uri('postgres')
  }
  await dropDatabasesWithPrefix(serverUri, E2E_DATABASE_PREFIX)
  database = `${E2E_DATABASE_PREFIX}${randomBytes(4).toString('hex')}`
  await createDatabase(serverUri, database)

  fs.mkdirSync(artifacts, { recursive: true })
  const log = fs.openSync(logFile, 'w')
  const port = await freePort()
  const started = Date.now()
  // Detached: its own process group, so teardown stops tsx, Next.js and Next's workers together.
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['src/scripts/dev.ts'], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'development', // what `next dev` expects; vitest has set it to 'test'
      DATABASE_URI: databaseUri(serverUri, database),
      PORT: String(port),
      BUREAU_NEXT_DIST_DIR: '.next-e2e',
      BUREAU_JOBS_AUTORUN: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
      // the admin's creates are checked against their stored form too (src/kit/create-returns-written.ts)
      BUREAU_VERIFY_WRITTEN_DOCUMENTS: 'on',
      // and every kit statement's text against Drizzle's rendering (src/kit/sql-text.ts)
      BUREAU_VERIFY_SQL_TEXT: 'on',
    },
  })
  app = child
  fs.closeSync(log)

  // localhost, not 127.0.0.1: `next dev` serves its client chunks and HMR only to its own host name.
  const url = `http://localhost:${port}`
  try {
    // The login page is the first thing the tests open; waiting for it also waits for the seed and the first compile.
    await waitForPage(`${url}/admin/login`, child, READY_TIMEOUT_MS)
  } catch (error) {
    await teardown() // vitest skips teardown when setup throws
    throw error
  }
  console.log(`[e2e] app ready at ${url} after ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${path.relative(projectRoot, logFile)})`)

  process.env.BUREAU_E2E_URL = url
  process.env.BUREAU_E2E_CHROMIUM = chromium
}

export async function teardown() {
  if (app) await stopGroup(app)
  if (serverUri && database) await dropDatabase(serverUri, database)
  await embedded?.stop()
}
