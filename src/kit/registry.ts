/**
 * Where plugins register what the kit runs: calculation stages and domain-event subscribers. The registry lives in
 * the Payload config (`config.custom.bureau`), so it is built once at config time, is visible to every hook and
 * endpoint through `req.payload.config`, and needs no module-level state (several app processes stay identical).
 */
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import type { DeliveryEffects } from './deliveries'
import type { RegisteredStage } from './pipeline'

export type DomainEventSubscriber = {
  /** event name, e.g. `order.placed` */
  event: string
  /** unique subscriber name; becomes the job task slug `event-<name>` (other characters turn into dashes) */
  name: string
  handler: (args: { data: Record<string, unknown>; event: string; req: PayloadRequest }) => Promise<void> | void
  /** how often the job runner retries a failing delivery (default 3) */
  retries?: number
  /**
   * `database` (default): the handler only writes through `req`, in one transaction with its delivery record.
   * `external`: it sends something (email, SMS, webhook); the delivery is claimed before sending. See deliveries.ts.
   */
  effects?: DeliveryEffects
}

export type BureauRegistry = {
  calculationStages: RegisteredStage<PayloadRequest>[]
  eventSubscribers: DomainEventSubscriber[]
}

type WithCustom = Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>

/** The registry of a config, created empty on first use. */
export function getRegistry(config: WithCustom): BureauRegistry {
  const custom = (config.custom ??= {}) as { bureau?: BureauRegistry }
  custom.bureau ??= { calculationStages: [], eventSubscribers: [] }
  return custom.bureau
}

/** Registers a handler for a stage of the order calculation pipeline. */
export function registerCalculationStage(config: Config, stage: RegisteredStage<PayloadRequest>): void {
  getRegistry(config).calculationStages.push(stage)
}
