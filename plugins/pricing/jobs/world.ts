/** Loads what chains depend on (rules/chain.ts `PricingWorld`) and the strategy, through the local API. */
import type { PayloadRequest } from 'payload'

import { idOf, type Id } from '../../../src/kit'
import { PRICE_LIST_ASSIGNMENTS_SLUG, PRICE_LISTS_SLUG, PRICING_SETTINGS_SLUG } from '../collections/slugs'
import type { CustomerFallback, GroupFallback, PricingWorld, WebsiteFallback } from '../rules/chain'
import type { CombinationStrategy } from '../rules/combine'
import { isListActive, type Period } from '../rules/schedule'

export type PricingSettingsValues = { strategy: CombinationStrategy; visitorsGroup: Id | null; defaultLists: PricingWorld['defaultLists'] }

type SettingsDoc = { strategy?: CombinationStrategy | null; visitorsGroup?: unknown; defaultLists?: Array<{ priceList: unknown; mergeAllowed?: boolean | null }> | null }

export async function loadPricingSettings(req: PayloadRequest): Promise<PricingSettingsValues> {
  const doc = (await req.payload.findGlobal({ slug: PRICING_SETTINGS_SLUG, depth: 0, overrideAccess: true, req })) as SettingsDoc
  return {
    strategy: doc.strategy ?? 'mergeByPriority',
    visitorsGroup: idOf(doc.visitorsGroup),
    defaultLists: (doc.defaultLists ?? []).flatMap((row) => {
      const priceList = idOf(row.priceList)
      return priceList === null ? [] : [{ priceList, mergeAllowed: row.mergeAllowed !== false }]
    }),
  }
}

const all = { pagination: false, depth: 0, overrideAccess: true } as const

export async function loadPricingWorld(
  req: PayloadRequest,
  now: Date,
  options: { settingsOnly?: boolean } = {},
): Promise<PricingWorld & PricingSettingsValues> {
  const settings = await loadPricingSettings(req)
  const empty = { assignments: [], activeLists: new Set<string>(), websites: new Map(), groups: new Map(), customers: new Map() }
  if (options.settingsOnly) return { ...settings, ...empty }
  const lists = await req.payload.find({ collection: PRICE_LISTS_SLUG, ...all, select: { active: true, schedule: true }, req })
  const assignments = await req.payload.find({ collection: PRICE_LIST_ASSIGNMENTS_SLUG, ...all, req })
  const websites = await req.payload.find({ collection: 'websites', ...all, select: { priceListFallback: true } as never, req })
  const groups = await req.payload.find({ collection: 'customer-groups', ...all, select: { priceListFallback: true } as never, req })
  const customers = await req.payload.find({ collection: 'customers', ...all, select: { group: true, priceListFallback: true } as never, req })
  type WithFallback<F> = { id: Id; priceListFallback?: F | null; group?: unknown }
  return {
    ...settings,
    activeLists: new Set(
      lists.docs.filter((list) => isListActive({ active: list.active, schedule: list.schedule as Period[] | null }, now)).map((list) => String(list.id)),
    ),
    assignments: assignments.docs.map((doc) => ({
      priceList: idOf(doc.priceList) ?? '',
      website: idOf(doc.website) ?? '',
      customerGroup: idOf(doc.customerGroup),
      customer: idOf(doc.customer),
      sortOrder: doc.sortOrder ?? 0,
      mergeAllowed: doc.mergeAllowed !== false,
    })),
    websites: new Map((websites.docs as unknown as Array<WithFallback<WebsiteFallback>>).map((doc) => [String(doc.id), doc.priceListFallback ?? 'config'])),
    groups: new Map((groups.docs as unknown as Array<WithFallback<GroupFallback>>).map((doc) => [String(doc.id), doc.priceListFallback ?? 'website'])),
    customers: new Map(
      (customers.docs as unknown as Array<WithFallback<CustomerFallback>>).map((doc) => [
        String(doc.id),
        { group: idOf(doc.group), fallback: doc.priceListFallback ?? 'customerGroup' },
      ]),
    ),
  }
}
