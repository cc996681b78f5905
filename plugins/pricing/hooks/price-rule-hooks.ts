/** Price rules: refuse a rule that depends on its own list (400), queue regeneration when a rule or its inputs change. */
import { ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { emitDomainEvent, idOf } from '../../../src/kit'
import { PRICE_LISTS_SLUG } from '../collections/slugs'
import { PRODUCTS_CHANGED, RULE_CHANGED } from '../events'
import { ruleCycle } from '../rules/price-rule'

type RuleData = { enabled?: boolean | null; source?: string | null; sourceList?: unknown }

const sourceOf = (rule: RuleData | null | undefined): string | null => {
  const id = rule?.enabled && rule.source === 'priceList' ? idOf(rule.sourceList) : null
  return id === null ? null : String(id)
}

export const refuseRuleCycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const rule = { ...(originalDoc?.rule as RuleData | undefined), ...(data.rule as RuleData | undefined) }
  if (!rule.enabled || rule.source !== 'priceList') return data
  const source = idOf(rule.sourceList)
  if (source === null) throw new ValidationError({ collection: PRICE_LISTS_SLUG, errors: [{ path: 'rule.sourceList', message: 'Choose the list the rule reads' }] })
  const id = originalDoc?.id ?? 'new'
  const others = await req.payload.find({ collection: PRICE_LISTS_SLUG, pagination: false, depth: 0, select: { rule: true }, overrideAccess: true, req })
  const sources = new Map(others.docs.filter((doc) => String(doc.id) !== String(id)).map((doc) => [String(doc.id), sourceOf(doc.rule as RuleData)]))
  const cycle = ruleCycle(sources, id, source)
  if (cycle) {
    throw new ValidationError({
      collection: PRICE_LISTS_SLUG,
      errors: [{ path: 'rule.sourceList', message: `The rule would depend on its own list (${cycle.join(' → ')})` }],
    })
  }
  return data
}

export const regenerateWhenRuleChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'update' ? JSON.stringify(previousDoc?.rule ?? null) : JSON.stringify(null)
  const wasOrIsOn = Boolean((doc.rule as RuleData | undefined)?.enabled || (operation === 'update' && (previousDoc?.rule as RuleData | undefined)?.enabled))
  if (wasOrIsOn && before !== JSON.stringify(doc.rule ?? null)) await emitDomainEvent(req, RULE_CHANGED, { priceList: doc.id })
  return doc
}

const RULE_INPUTS = ['sku', 'basePrices', 'costPrice', 'categories', 'brand', 'family', 'attributeValues'] as const

/** Products: when something a rule reads changed (attribute values compared by their keys), the rules regenerate that product's prices. */
export const regenerateWhenProductChanges: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  // relationships compared by id, whether the hook sees them populated or not
  const text = (value: unknown) =>
    JSON.stringify(value ?? null, (key, inner: unknown) =>
      key === 'currency' || key === 'brand' || key === 'family'
        ? idOf(inner)
        : Array.isArray(inner) && key === 'categories'
          ? inner.map(idOf)
          : Array.isArray(inner) && key === 'attributeValues'
            ? inner.map((row: { key?: unknown }) => row?.key ?? null)
            : inner,
    )
  const changed = operation === 'create' || RULE_INPUTS.some((field) => text({ [field]: doc[field] }) !== text({ [field]: previousDoc?.[field] }))
  if (changed) await emitDomainEvent(req, PRODUCTS_CHANGED, { products: [doc.id] })
  return doc
}
