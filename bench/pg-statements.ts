/**
 * `npx tsx bench/pg-statements.ts on | off | reset | top [--limit N] [--per N]`: PostgreSQL's own account of the bench
 * cluster's statements (`pg_stat_statements`, with planning tracked), to see where the database's time per request
 * goes and whether a statement is planned at every call.
 * - `on` loads the extension into `.data/postgres-bench` (it restarts the cluster if this script started it; a
 *   cluster another process keeps running needs that process stopped first), `off` unloads it. Leave it off for the
 *   figures of record: tracking costs the database a little on every statement.
 * - `reset` zeroes the counts; run a profile (`profile-http.ts checkout`) after it, then
 * - `top` prints the statements by total time: calls, execution and planning ms, plans made, ms per call, and with
 *   `--per N` (say the orders a run placed) calls and ms per unit of work.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { startEmbeddedPostgres } from '../src/db/embedded'
import { projectRoot } from '../src/db/resolve'
import { BENCH_DATABASE } from './database'

const { values: flags, positionals } = parseArgs({ allowPositionals: true, options: { limit: { type: 'string', default: '25' }, per: { type: 'string' } } })
const command = positionals[0]
if (!['on', 'off', 'reset', 'top'].includes(command ?? '')) throw new Error('usage: pg-statements.ts on | off | reset | top [--limit N] [--per N]')

const start = () => startEmbeddedPostgres({ dataDir: path.join(projectRoot, '.data', 'postgres-bench'), port: Number(process.env.BUREAU_BENCH_PG_PORT ?? 54349), log: () => {} })

async function withClient<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const loaded = (client: pg.Client) => client.query<{ on: boolean }>(`select current_setting('shared_preload_libraries') like '%pg_stat_statements%' as on`).then((result) => result.rows[0].on)

let embedded = await start()
const uri = () => embedded.uri(BENCH_DATABASE)
try {
  if (command === 'on' || command === 'off') {
    await withClient(uri(), async (client) => {
      if (command === 'on') {
        await client.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`)
        await client.query(`alter system set pg_stat_statements.track_planning = on`)
      } else {
        // RESET removes the lines; setting '' would write '""', which the server refuses at its next start
        await client.query('alter system reset shared_preload_libraries')
        await client.query('alter system reset pg_stat_statements.track_planning')
      }
    })
    await embedded.stop()
    embedded = await start()
    const now = await withClient(uri(), async (client) => {
      const on = await loaded(client)
      if (on) await client.query('create extension if not exists pg_stat_statements')
      return on
    })
    const wanted = command === 'on'
    console.log(now === wanted ? `pg_stat_statements ${command}` : `pg_stat_statements is still ${now ? 'on' : 'off'}: another process keeps the cluster running; stop it and run this again`)
  } else {
    await withClient(uri(), async (client) => {
      if (!(await loaded(client))) throw new Error('pg_stat_statements is off: run `npx tsx bench/pg-statements.ts on` first')
      await client.query('create extension if not exists pg_stat_statements')
      if (command === 'reset') {
        await client.query('select pg_stat_statements_reset()')
        console.log('pg_stat_statements reset')
        return
      }
      const per = flags.per ? Number(flags.per) : null
      const { rows } = await client.query<{ calls: string; exec: number; plan: number; plans: string; query: string }>(
        `select calls, total_exec_time as exec, total_plan_time as plan, plans, regexp_replace(query, '\\s+', ' ', 'g') as query
         from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
         order by total_exec_time + total_plan_time desc limit $1`,
        [Number(flags.limit)],
      )
      console.log(`${'calls'.padStart(8)} ${'exec ms'.padStart(9)} ${'plan ms'.padStart(8)} ${'plans'.padStart(7)} ${'ms/call'.padStart(8)}${per ? `${'calls/u'.padStart(8)} ${'ms/u'.padStart(6)}` : ''}  statement`)
      for (const row of rows) {
        const calls = Number(row.calls)
        const total = row.exec + row.plan
        const perUnit = per ? `${(calls / per).toFixed(2).padStart(8)} ${(total / per).toFixed(3).padStart(6)}` : ''
        console.log(
          `${String(calls).padStart(8)} ${row.exec.toFixed(0).padStart(9)} ${row.plan.toFixed(0).padStart(8)} ${row.plans.padStart(7)} ${(total / Math.max(calls, 1)).toFixed(3).padStart(8)}${perUnit}  ${row.query.slice(0, 110)}`,
        )
      }
    })
  }
} finally {
  await embedded.stop()
}
