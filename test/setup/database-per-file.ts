/**
 * Runs before every integration test file: gives the file its own fresh database, so parallel files never see each
 * other's data, and drops it when the file is done.
 */
import crypto from 'node:crypto'
import { afterAll } from 'vitest'

import { createDatabase, databaseUri, dropDatabase, TEST_DATABASE_PREFIX } from '../helpers/databases'

const server = process.env.BUREAU_TEST_SERVER_URI
if (!server) throw new Error('BUREAU_TEST_SERVER_URI is not set: run integration tests through vitest (globalSetup)')

const database = `${TEST_DATABASE_PREFIX}${crypto.randomBytes(6).toString('hex')}`
await createDatabase(server, database)

process.env.DATABASE_URI = databaseUri(server, database)
process.env.PAYLOAD_SECRET = 'integration-test-secret'
process.env.BUREAU_JOBS_AUTORUN = 'false'
process.env.BUREAU_MEDIA_DIR = `.data/test-media/${database}`
// A Payload instance cached by an earlier file in this worker must not leak into this one.
delete (globalThis as { _payload?: unknown })._payload

afterAll(async () => {
  await dropDatabase(server, database)
})
