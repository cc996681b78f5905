/**
 * Integration tests' PostgreSQL: DATABASE_URI when set (the tests create their own databases on it), else an
 * embedded cluster kept under .data/postgres-test, apart from the dev database. Test files learn the server through
 * BUREAU_TEST_SERVER_URI, inherited by the forked workers.
 */
import path from 'node:path'

import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded'
import { projectRoot } from '../../src/db/resolve'
import { dropDatabasesWithPrefix, TEST_DATABASE_PREFIX } from '../helpers/databases'

let embedded: EmbeddedServer | undefined

export async function setup() {
  if (process.env.DATABASE_URI) {
    process.env.BUREAU_TEST_SERVER_URI = process.env.DATABASE_URI
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(projectRoot, '.data', 'postgres-test'),
      port: Number(process.env.BUREAU_TEST_PG_PORT ?? 54339),
    })
    process.env.BUREAU_TEST_SERVER_URI = embedded.uri('postgres')
  }
  // Databases a killed run left behind.
  await dropDatabasesWithPrefix(process.env.BUREAU_TEST_SERVER_URI, TEST_DATABASE_PREFIX)
}

export async function teardown() {
  await embedded?.stop()
}
