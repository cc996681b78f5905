/**
 * The order calculation pipeline (pure, no Payload import): price → discount → shipping → tax → total. Plugins
 * register handlers that return narrow results; the core applies them, keeps the totals and checks the invariants.
 */
export * from './types'
export { startCalculation, deriveTotals } from './state'
export { calculationProblems, assertCalculationAddsUp } from './invariants'
export { resolveStages, checkNewStage } from './stages'
export { runCalculation, presentCalculation, type PresentedCalculation } from './run'
