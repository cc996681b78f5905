/**
 * The plugin kit's public surface: the one module plugins import (`../../src/kit`). Everything a domain plugin
 * needs beyond Payload itself is here; files not re-exported are the kit's own wiring. The kit imports nothing from
 * collections/ or plugins/ (test/unit/import-graph.test.ts).
 */

/**
 * Inputs plugins add to every calculation, by declaration merging on this module, e.g. in the shipping plugin:
 *   declare module '../../src/kit' { interface CalculationInputs { shippingMethod?: Id | null } }
 * plus `registerCalculationInput(config, { name: 'shippingMethod', plugin: 'shipping', read })` at boot.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CalculationInputs {}

/**
 * The domain events and their data, by declaration merging on this module, beside a constant for each name:
 *   declare module '../../src/kit' { interface DomainEvents { 'stock.low': { level: Id; available: number } } }
 *   export const STOCK_LOW = 'stock.low' satisfies DomainEventName
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export * from './access'
export * from './access-levels'
export { afterChangeManyOf, withAfterChangeMany, type AfterChangeArgs, type AfterChangeMany } from './bulk-hooks'
export { calculate } from './calculate'
export * from './calculation-inputs'
export * from './commerce'
export { insertAtCommit, insertsQueuedAtCommit } from './commit-inserts'
export { customerFacts, customerFactsJson, forgetAllCustomerFacts, forgetCustomerFacts, registerCustomerFact, rememberCustomerFacts, type CustomerFact, type CustomerFacts } from './customer-facts'
export * from './database'
export * from './fingerprinted-cache'
export { mayUpdateDocument } from './document-access'
export * from './demo-seeds'
export * from './errors'
export * from './events'
export * from './extend-collection'
export * from './graphql-json'
export * from './field-rules'
export * from './fields'
export * from './ids'
export * from './localized'
export * from './money'
export * from './money-fields'
export * from './money-format'
export * from './notifications'
export { addRelatedPanel, withPanels, type RelatedPanel } from './panels'
export * from './pipeline'
export { isTextLengthCheck } from './text-lengths'
export * from './promotion-extensions'
export { calculationStages, getRegistry, registerCalculationStage, verifyRegistry, type BureauRegistry } from './registry'
export * from './request-cache'
export { requestForOwnTransaction } from './job-contexts'
export { followParentAccess, type FollowedParent } from './follow-parent-access'
export { isSecured } from './secured-collections'
export { registerScheduledTask, runDueSchedules, type ScheduledTask } from './schedules'
export * from './select-options'
export { sqlDocumentRead, type SqlDocumentRead } from './sql-documents'
export { isoTimestampSql } from './sql-json-documents'
export { readAlone, readTogether, type JsonRow, type SqlRead } from './read-together'
export { registerReadAhead, takeReadAhead, type ReadAheadRegistration, type ReadAlong } from './calculation-reads'
export { staffAccess, staffRestrictedFields, userPrimaryUnit, userUnitIds } from './staff-permissions'
export * from './storefront'
export * from './storefront-scope'
export * from './tree'
