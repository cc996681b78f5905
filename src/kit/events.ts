/**
 * Domain events as a transactional outbox on Payload's job queue, typed by one event map.
 *
 * `emitDomainEvent(req, 'order.placed', data)` writes one job per subscriber of that event through `req`, i.e. in the
 * same database transaction as the change that caused it: if the change rolls back, no event exists; once it commits,
 * the event is stored and the job runner delivers it, retrying on failure.
 *
 * The map is `DomainEvents` in src/kit/index.ts: whoever defines an event declares its data there by declaration
 * merging, beside a constant for its name (see collections/sales/order-events.ts).
 */
import type { Config, PayloadRequest, TaskConfig } from 'payload'

import type { DomainEvents } from './index'
import { getRegistry } from './registry'

export type DomainEventName = keyof DomainEvents & string

export type DomainEventSubscriber<Event extends DomainEventName = DomainEventName> = {
  /** the event name, e.g. `order.placed` */
  event: Event
  /** unique subscriber name; becomes the job task slug `event-<name>` (other characters turn into dashes) */
  name: string
  handler: (args: { data: DomainEvents[Event]; event: Event; req: PayloadRequest }) => Promise<void> | void
  /** how often the job runner retries a failing delivery (default 3) */
  retries?: number
}

/** Job task slug of a subscriber; only letters, digits and dashes, because Payload derives GraphQL names from it. */
export const eventTaskSlug = (subscriberName: string) => `event-${subscriberName.replace(/[^a-zA-Z0-9-]+/g, '-')}`

type EventJobInput<Event extends DomainEventName = DomainEventName> = { event: Event; data: DomainEvents[Event]; occurredAt: string }

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
    ],
    handler: async ({ input, req }: { input: EventJobInput<Event>; req: PayloadRequest }) => {
      await subscriber.handler({ event: input.event, data: input.data, req })
      return { output: {} }
    },
  } as unknown as TaskConfig
  config.jobs = { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), task] }
}

/**
 * Records `event` for every subscriber, inside the transaction of `req`. Returns how many deliveries were queued.
 * `data` must be plain JSON: ids and the facts a subscriber needs, not whole documents that may change later.
 */
export async function emitDomainEvent<Event extends DomainEventName>(req: PayloadRequest, event: Event, data: DomainEvents[Event]): Promise<number> {
  const subscribers = getRegistry(req.payload.config).eventSubscribers.filter((subscriber) => subscriber.event === event)
  const input: EventJobInput<Event> = { event, data, occurredAt: new Date().toISOString() }
  for (const subscriber of subscribers) {
    await req.payload.jobs.queue({ task: eventTaskSlug(subscriber.name) as never, input: input as never, req })
  }
  return subscribers.length
}
