/**
 * Domain events as a transactional outbox on Payload's job queue, typed by one event map.
 *
 * `emitDomainEvent(req, 'order.placed', data)` writes one job per subscriber of that event through `req`, i.e. in the
 * same database transaction as the change that caused it: if the change rolls back, no event exists; once it commits,
 * the event is stored and the job runner (job-claims.ts: in each app process, or `npm run worker`) delivers it,
 * retrying on failure, once per (event id, subscriber) (deliveries.ts). Nothing is lost if the process dies between
 * commit and delivery.
 *
 * The map is `DomainEvents` in src/kit/index.ts: whoever defines an event declares its data there by declaration
 * merging, beside a constant for its name (see collections/sales/order-events.ts).
 */
import crypto from 'node:crypto'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Config, PayloadRequest, TaskConfig } from 'payload'

import { openTransactionOf } from './database'
import { insertAtCommit } from './commit-inserts'
import { deliverOnce, type DeliveryEffects } from './deliveries'
import type { DomainEvents } from './index'
import { getRegistry } from './registry'

export type DomainEventName = keyof DomainEvents & string

export type DomainEventSubscriber<Event extends DomainEventName = DomainEventName> = {
  /** the event name, e.g. `order.placed` */
  event: Event
  /** unique subscriber name; becomes the job task slug `event-<name>` (other characters turn into dashes) */
  name: string
  /**
   * `eventId` is the event's id (the delivery ledger's key): the same on every retry of this delivery, so a handler
   * sending several messages can key each one by it and resend only those a failed attempt did not deliver.
   */
  handler: (args: { data: DomainEvents[Event]; event: Event; eventId: string; req: PayloadRequest }) => Promise<void> | void
  /** how often the job runner retries a failing delivery (default 3) */
  retries?: number
  /**
   * `database` (default): the handler only writes through `req`, in one transaction with its delivery record.
   * `external`: it sends something (email, SMS, webhook); the delivery is claimed before sending. See deliveries.ts.
   */
  effects?: DeliveryEffects
}

/** Job task slug of a subscriber; only letters, digits and dashes, because Payload derives GraphQL names from it. */
export const eventTaskSlug = (subscriberName: string) => `event-${subscriberName.replace(/[^a-zA-Z0-9-]+/g, '-')}`

/** `eventId` identifies the event for the delivery ledger; jobs queued before it existed fall back to the job id. */
type EventJobInput<Event extends DomainEventName = DomainEventName> = { event: Event; eventId?: string; data: DomainEvents[Event]; occurredAt: string }

/** Registers a subscriber and the job task that delivers the event to it. A name used twice fails at boot. */
export function subscribeToDomainEvent<Event extends DomainEventName>(config: Config, subscriber: DomainEventSubscriber<Event>): void {
  const registry = getRegistry(config)
  if (registry.eventSubscribers.some((existing) => existing.name === subscriber.name)) {
    throw new Error(`A domain-event subscriber named "${subscriber.name}" is already registered`)
  }
  registry.eventSubscribers.push(subscriber as unknown as DomainEventSubscriber)
  const task = {
    slug: eventTaskSlug(subscriber.name),
    label: `${subscriber.event} → ${subscriber.name}`,
    retries: subscriber.retries ?? 3,
    inputSchema: [
      { name: 'event', type: 'text', required: true },
      { name: 'data', type: 'json', required: true },
      { name: 'occurredAt', type: 'date', required: true },
      { name: 'eventId', type: 'text' },
    ],
    // Once per (event, subscriber) however often the job runs: see deliveries.ts.
    handler: async ({ input, job, req }: { input: EventJobInput<Event>; job: { id: number | string }; req: PayloadRequest }) => {
      const key = { eventId: input.eventId ?? `job-${job.id}`, event: input.event, subscriber: subscriber.name }
      await deliverOnce(req, key, subscriber.effects ?? 'database', (deliveryReq) =>
        Promise.resolve(subscriber.handler({ event: input.event, eventId: key.eventId, data: input.data, req: deliveryReq })),
      )
      return { output: {} }
    },
  } as unknown as TaskConfig
  config.jobs = { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), task] }
}

/**
 * Whether `jobs.queue` would write a bare row: no hooks or depth (then it creates through the local API) and no
 * concurrency keys to compute. Otherwise events are queued through it, one by one.
 */
const queuesPlainly = (req: PayloadRequest): boolean => {
  const jobs = req.payload.config.jobs as { runHooks?: boolean; depth?: number; enableConcurrencyControl?: boolean } | undefined
  return !jobs?.runHooks && !jobs?.depth && !jobs?.enableConcurrencyControl
}

/**
 * Records `event` for every subscriber, inside the transaction of `req`. Returns how many deliveries were queued.
 * `data` must be plain JSON: ids and the facts a subscriber needs, not whole documents that may change later.
 *
 * In a transaction (every hook of a write), when `jobs.queue` would write bare rows (`queuesPlainly`), the deliveries
 * are one multi-row INSERT of those rows (the same columns, the table's defaults for the rest) instead of an insert
 * and a re-read per subscriber: on a bench checkout that was 4 of its 67 statements. That insert waits for the
 * transaction's commit and goes in with its other late rows (commit-inserts.ts): no one reads a delivery before then.
 */
export async function emitDomainEvent<Event extends DomainEventName>(req: PayloadRequest, event: Event, data: DomainEvents[Event]): Promise<number> {
  const subscribers = getRegistry(req.payload.config).eventSubscribers.filter((subscriber) => subscriber.event === event)
  if (subscribers.length === 0) return 0
  const input: EventJobInput<Event> = { event, eventId: crypto.randomUUID(), data, occurredAt: new Date().toISOString() }
  const tx = queuesPlainly(req) ? await openTransactionOf(req) : null
  if (tx) {
    const json = JSON.stringify(input)
    const at = new Date().toISOString()
    const rows = subscribers.map((subscriber) => sql`(${json}::jsonb, ${eventTaskSlug(subscriber.name)}, ${at}::timestamptz, ${at}::timestamptz)`)
    const insert = sql`insert into payload_jobs (input, task_slug, created_at, updated_at) values ${sql.join(rows, sql`, `)}`
    if (!(await insertAtCommit(req, insert))) await tx.execute(insert)
    return subscribers.length
  }
  for (const subscriber of subscribers) {
    await req.payload.jobs.queue({ task: eventTaskSlug(subscriber.name) as never, input: input as never, req })
  }
  return subscribers.length
}
