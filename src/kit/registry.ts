/**
 * Where plugins register what the kit runs: calculation stages, calculation inputs, the line loader and
 * domain-event subscribers. The registry lives in the Payload config (`config.custom.bureau`), so it is built once at
 * config time, is visible to every hook and endpoint through `req.payload.config`, and needs no module-level state
 * (several app processes stay identical).
 */
import type { Config, PayloadRequest, SanitizedConfig } from 'payload'

import type { ReadAheadRegistration } from './calculation-reads'
import type { CustomerFact } from './customer-facts'
import type { DemoSeed } from './demo-seeds'
import type { DomainEventSubscriber } from './events'
import type { NotificationRecorder } from './notifications'
import type { ProductListingExtension } from './commerce'
import type { ScheduledTask } from './schedules'
import type { CalculationInputDefinition, LineLoader } from './calculation-inputs'
import { checkNewStage, resolveStages, type StageRegistration } from './pipeline'

export type BureauRegistry = {
  calculationStages: StageRegistration<PayloadRequest>[]
  /** the stages in running order and the product fields they declared, resolved once (`verifyRegistry`) */
  resolvedStages?: StageRegistration<PayloadRequest>[]
  resolvedProductFields?: string[]
  calculationInputs: CalculationInputDefinition[]
  lineLoader?: LineLoader
  eventSubscribers: DomainEventSubscriber[]
  demoSeeds: DemoSeed[]
  productListingExtensions: ProductListingExtension[]
  notificationRecorders: NotificationRecorder[]
  scheduledTasks: ScheduledTask[]
  customerFacts: CustomerFact[]
  readsAhead: ReadAheadRegistration[]
}

type WithCustom = Pick<Config, 'custom'> | Pick<SanitizedConfig, 'custom'>

/** The registry of a config, created empty on first use. */
export function getRegistry(config: WithCustom): BureauRegistry {
  const custom = (config.custom ??= {}) as { bureau?: BureauRegistry }
  custom.bureau ??= {
    calculationStages: [],
    calculationInputs: [],
    eventSubscribers: [],
    demoSeeds: [],
    productListingExtensions: [],
    notificationRecorders: [],
    scheduledTasks: [],
    customerFacts: [],
    readsAhead: [],
  }
  return custom.bureau
}

/**
 * Registers a handler for a stage of the order calculation pipeline. A name already used fails here, at boot,
 * unless the new handler says `replaces` with that name.
 */
export function registerCalculationStage(config: Config, stage: StageRegistration<PayloadRequest>): void {
  const registry = getRegistry(config)
  checkNewStage(registry.calculationStages, stage)
  registry.calculationStages.push(stage)
  delete registry.resolvedStages
  delete registry.resolvedProductFields
}

/** The stages in running order (resolved at boot by verifyRegistry; resolved here when a test skipped it). */
export function calculationStages(config: WithCustom): StageRegistration<PayloadRequest>[] {
  const registry = getRegistry(config)
  return (registry.resolvedStages ??= resolveStages(registry.calculationStages))
}

/** The product fields the running stages read (`productFields`), for the line loader's `select`. */
export function calculationProductFields(config: WithCustom): string[] {
  const registry = getRegistry(config)
  return (registry.resolvedProductFields ??= [...new Set(calculationStages(config).flatMap((stage) => stage.productFields ?? []))])
}

/**
 * The last plugin of the config: resolves the stage order once and fails the boot on a `replaces` naming no
 * handler, or on a calculation with no line loader.
 */
export const verifyRegistry = (config: Config): Config => {
  const registry = getRegistry(config)
  registry.resolvedStages = resolveStages(registry.calculationStages)
  delete registry.resolvedProductFields
  if (registry.calculationStages.length > 0 && !registry.lineLoader) {
    throw new Error('Calculation stages are registered but no line loader is (registerLineLoader): orders cannot be priced')
  }
  return config
}
