/**
 * The delivery ledger: one row per (event id, subscriber), under a UNIQUE key, so a domain event takes effect once
 * per subscriber even when its job runs twice (a worker whose lease expired while it was still busy, a retry after
 * a crash).
 *
 * Two kinds of subscriber (`DomainEventSubscriber.effects`):
 * - `database` (default): the handler only writes to the database. The ledger row is inserted in the handler's own
 *   transaction; a second delivery's insert conflicts (waiting for the first to commit or roll back) and is skipped.
 *   Effect and record commit together or not at all: exactly once.
 * - `external`: the handler sends outside the database (email, SMS, webhook), which no transaction can roll back.
 *   The row is claimed BEFORE sending (inserted `sending` if absent, then locked `FOR UPDATE` in a transaction held
 *   across the send) and marked `sent` in that transaction after the send. A worker that dies before or during the
 *   send loses its lock with its connection, the row stays `sending`, and the retry sends; a second runner of the
 *   same delivery waits on the lock and then finds `sent`. The claim's connection comes from a side pool
 *   (`claimPoolSize`), so claims never starve the pool the handlers read through. The one window left is a crash
 *   after the receiver accepted the message and before the `sent` mark commits (a few milliseconds): then the retry
 *   sends again.
 *   No protocol without the receiver's help closes it; a receiver that dedupes can use the event id.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PoolClient } from 'pg'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionConfig,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import { isStaff } from './access'
import { sidePoolOf, transactionOf } from './database'
import { requestForOwnTransaction } from './job-contexts'

export const DELIVERIES_SLUG = 'event-deliveries'
const TABLE = 'event_deliveries'

export type DeliveryEffects = 'database' | 'external'
export type DeliveryKey = { eventId: string; event: string; subscriber: string }
export type DeliveryOutcome = 'delivered' | 'already-delivered'

/** Read-only in the admin (System group): written only by the kit, with SQL, never through Payload operations. */
export const EventDeliveries: CollectionConfig = {
  slug: DELIVERIES_SLUG,
  labels: { singular: 'Event delivery', plural: 'Event deliveries' },
  admin: { group: 'System', useAsTitle: 'subscriber', defaultColumns: ['event', 'subscriber', 'status', 'attempts', 'updatedAt'] },
  access: {
    read: ({ req }) => isStaff(req),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'eventId', type: 'text', required: true, admin: { description: 'The id the event got when it was emitted' } },
    { name: 'event', type: 'text', required: true },
    { name: 'subscriber', type: 'text', required: true },
    { name: 'status', type: 'text', required: true, admin: { description: 'delivered (database effects), sending → sent (external)' } },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'completedAt', type: 'date' },
  ],
  indexes: [{ fields: ['eventId', 'subscriber'], unique: true }],
}

/**
 * Adds the ledger collection. Applied after the domain plugins (audit among them): its rows are written with SQL
 * only, so there is nothing for audit to record.
 */
export const deliveryLedger: Plugin = (config) => ({ ...config, collections: [...(config.collections ?? []), EventDeliveries] })


/** `database` effects: the ledger row and the handler's writes in one new transaction. */
async function deliverInTransaction(req: PayloadRequest, key: DeliveryKey, run: (req: PayloadRequest) => Promise<void>): Promise<DeliveryOutcome> {
  const txReq = requestForOwnTransaction(req)
  await initTransaction(txReq)
  try {
    const db = await transactionOf(txReq, 'the delivery ledger')
    const inserted = await db.execute(sql`
      insert into ${sql.identifier(TABLE)} (event_id, event, subscriber, status, attempts, completed_at)
      values (${key.eventId}, ${key.event}, ${key.subscriber}, 'delivered', 1, now())
      on conflict (event_id, subscriber) do nothing
      returning id`)
    if (inserted.rows.length === 0) {
      await killTransaction(txReq)
      return 'already-delivered'
    }
    await run(txReq)
    await commitTransaction(txReq)
    return 'delivered'
  } catch (error) {
    await killTransaction(txReq)
    throw error
  }
}

/**
 * Connections that hold an external delivery's claim come from a side pool, never the adapter's: each is held while
 * its handler reads through the adapter's pool, and a batch of deliveries holding every main connection would leave
 * every handler waiting for one more (the job-runner hang, docs/DECISIONS.md). A delivery waiting here holds nothing.
 * The size bounds the external sends one process makes at a time.
 */
export function claimPoolSize(): number {
  const size = Number(process.env.BUREAU_DELIVERY_CLAIMS ?? 10)
  return Number.isInteger(size) && size > 0 ? size : 10
}

/** `external` effects: claim the row (insert-if-absent, then lock), send, mark `sent`, commit. */
async function deliverExternally(req: PayloadRequest, key: DeliveryKey, run: (req: PayloadRequest) => Promise<void>): Promise<DeliveryOutcome> {
  const client: PoolClient = await sidePoolOf(req.payload, 'delivery-claims', claimPoolSize()).connect()
  const where = [key.eventId, key.subscriber]
  // a connection that cannot even roll back is broken: destroyed rather than handed to the next claim
  let broken = false
  try {
    // Counts the attempt in its own statement, before the lock below, so failed attempts are counted too.
    await client.query(
      `insert into ${TABLE} (event_id, event, subscriber, status, attempts) values ($1, $3, $2, 'sending', 1)
       on conflict (event_id, subscriber) do update set attempts = ${TABLE}.attempts + 1, updated_at = now()
       where ${TABLE}.status <> 'sent'`,
      [...where, key.event],
    )
    await client.query('begin')
    // Held until commit: a second runner of this delivery waits here, then reads `sent`.
    const { rows } = await client.query<{ status: string }>(
      `select status from ${TABLE} where event_id = $1 and subscriber = $2 for update`,
      where,
    )
    if (rows[0]?.status === 'sent') {
      await client.query('commit')
      return 'already-delivered'
    }
    await run(req)
    await client.query(`update ${TABLE} set status = 'sent', completed_at = now(), updated_at = now() where event_id = $1 and subscriber = $2`, where)
    await client.query('commit')
    return 'delivered'
  } catch (error) {
    broken = await client.query('rollback').then(() => false, () => true)
    throw error
  } finally {
    client.release(broken)
  }
}

/** Runs `run` at most once per `key` (see the file comment for what "once" means for external effects). */
export function deliverOnce(
  req: PayloadRequest,
  key: DeliveryKey,
  effects: DeliveryEffects,
  run: (req: PayloadRequest) => Promise<void>,
): Promise<DeliveryOutcome> {
  return effects === 'external' ? deliverExternally(req, key, run) : deliverInTransaction(req, key, run)
}
