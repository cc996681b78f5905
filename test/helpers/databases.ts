/** Creating and dropping the per-test-file databases on whichever server the tests use. */
import pg from 'pg'

export const TEST_DATABASE_PREFIX = 'bureau_test_'

async function withServer<T>(serverUri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUri)
  url.pathname = '/postgres'
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export function databaseUri(serverUri: string, database: string): string {
  const url = new URL(serverUri)
  url.pathname = `/${database}`
  return url.toString()
}

export const createDatabase = (serverUri: string, name: string) =>
  withServer(serverUri, (client) => client.query(`create database "${name}"`))

export const dropDatabase = (serverUri: string, name: string) =>
  withServer(serverUri, (client) => client.query(`drop database if exists "${name}" with (force)`))

export const dropDatabasesWithPrefix = (serverUri: string, prefix: string) =>
  withServer(serverUri, async (client) => {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`])
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`)
  })
