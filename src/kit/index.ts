/**
 * The plugin kit's public surface: the one module plugins import (`../../src/kit`). Everything a domain plugin
 * needs beyond Payload itself is here; files not re-exported are the kit's own wiring. The kit imports nothing from
 * collections/ or plugins/ (test/unit/import-graph.test.ts).
 */
export * from './access'
export * from './access-levels'
export { calculate } from './calculate'
export * from './calculation-inputs'
export * from './errors'
export * from './events'
export * from './extend-collection'
export * from './field-rules'
export * from './fields'
export * from './ids'
export * from './localized'
export * from './money'
export { addRelatedPanel, withPanels, type RelatedPanel } from './panels'
export * from './pipeline'
export { calculationStages, getRegistry, registerCalculationStage, verifyRegistry, type BureauRegistry } from './registry'
export * from './request-cache'
export { isSecured } from './secured-collections'
export * from './select-options'
export { staffAccess, staffRestrictedFields, userPrimaryUnit, userUnitIds } from './staff-permissions'
export * from './storefront'
export * from './storefront-scope'
export * from './tree'
