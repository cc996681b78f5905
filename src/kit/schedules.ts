/**
 * Work that runs on a clock (task reminders, price-list schedule boundaries, low-stock sweeps): a plugin registers a
 * task with a period; every job runner (each app process, each `npm run worker`) looks at the clock on each tick and
 * runs a task whose current slot (`floor(now / period)`) nobody has claimed yet. The claim is one INSERT under a
 * unique (task, slot) key, so with any number of runners a slot runs once. The row commits before the work starts:
 * a runner killed mid-run leaves the slot `running` and the next slot runs the task again, so a task must be
 * idempotent (it looks at what is due now and what it already did), which is what a periodic sweep is anyway.
 */
import type { CollectionConfig, Config, Payload, Plugin } from 'payload'

import { isStaff } from './access'
import { poolOf } from './database'
import { getRegistry } from './registry'

export const SCHEDULED_RUNS_SLUG = 'scheduled-runs'

export type ScheduledTask = {
  /** unique across plugins; the key of its runs */
  name: string
  plugin: string
  /** the period, at least 1 second */
  everySeconds: number
  run: (payload: Payload, slot: { index: number; startsAt: Date }) => Promise<void>
}

export function registerScheduledTask(config: Config, task: ScheduledTask): void {
  const registry = getRegistry(config)
  if (!Number.isInteger(task.everySeconds) || task.everySeconds < 1) throw new Error(`Scheduled task "${task.name}": everySeconds must be a whole number ≥ 1`)
  const clash = registry.scheduledTasks.find((existing) => existing.name === task.name)
  if (clash) throw new Error(`Plugin "${task.plugin}" registers the scheduled task "${task.name}", already registered by "${clash.plugin}"`)
  registry.scheduledTasks.push(task)
}

/** Read-only in the admin (System group): one row per slot a runner claimed, with how it went. */
export const ScheduledRuns: CollectionConfig = {
  slug: SCHEDULED_RUNS_SLUG,
  labels: { singular: 'Scheduled run', plural: 'Scheduled runs' },
  admin: { group: 'System', useAsTitle: 'task', defaultColumns: ['task', 'status', 'startedAt', 'finishedAt', 'error'] },
  access: { read: ({ req }) => isStaff(req), create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'task', type: 'text', required: true },
    { name: 'slot', type: 'number', required: true, admin: { description: 'floor(start time / period)' } },
    { name: 'status', type: 'text', required: true, admin: { description: 'running → done | failed' } },
    { name: 'startedAt', type: 'date', required: true },
    { name: 'finishedAt', type: 'date' },
    { name: 'error', type: 'textarea' },
  ],
  indexes: [{ fields: ['task', 'slot'], unique: true }],
}

/** Adds the runs collection, beside the delivery ledger (written with SQL only). */
export const scheduledRunsLedger: Plugin = (config) => ({ ...config, collections: [...(config.collections ?? []), ScheduledRuns] })

const TABLE = 'scheduled_runs'

/** Runs every registered task whose current slot no runner has claimed; returns the names of the tasks it ran. */
export async function runDueSchedules(payload: Payload, now: Date = new Date(), log: (message: string) => void = () => {}): Promise<string[]> {
  const tasks = getRegistry(payload.config).scheduledTasks
  if (tasks.length === 0 || !payload.collections[SCHEDULED_RUNS_SLUG]) return []
  const pool = poolOf(payload)
  const ran: string[] = []
  for (const task of tasks) {
    const index = Math.floor(now.getTime() / (task.everySeconds * 1000))
    const claimed = await pool.query<{ id: number }>(
      `insert into ${TABLE} (task, slot, status, started_at, updated_at, created_at) values ($1, $2, 'running', now(), now(), now())
       on conflict (task, slot) do nothing returning id`,
      [task.name, index],
    )
    const row = claimed.rows[0]
    if (!row) continue
    ran.push(task.name)
    try {
      await task.run(payload, { index, startsAt: new Date(index * task.everySeconds * 1000) })
      await pool.query(`update ${TABLE} set status = 'done', finished_at = now(), updated_at = now() where id = $1`, [row.id])
    } catch (error) {
      log(`scheduled task ${task.name} failed: ${String(error)}`)
      await pool.query(`update ${TABLE} set status = 'failed', error = $2, finished_at = now(), updated_at = now() where id = $1`, [row.id, String(error).slice(0, 2000)])
    }
  }
  return ran
}
