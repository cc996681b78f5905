/** Demo promotions: 10 % for the Wholesale group, coupon WELCOME10 (10 % off a first order), buy 10 get 1 on screws. */
import type { Config } from 'payload'

import { grantDemoRole, registerDemoSeed, type DemoContext } from '../../../src/kit'

const must = <T>(map: ReadonlyMap<string, T>, key: string, what: string): T => {
  const value = map.get(key)
  if (value === undefined) throw new Error(`marketing demo: the core demo has no ${what} ${key}`)
  return value
}

async function seedPromotions(context: DemoContext): Promise<void> {
  const { payload } = context
  // promotions and coupons are under role access levels: sales sees the running ones and hands out coupons
  await grantDemoRole(payload, 'sales-manager', [
    { collection: 'promotions', read: 'organization', create: 'none', update: 'none', delete: 'none' },
    { collection: 'coupons', read: 'organization', create: 'businessUnit', update: 'businessUnit', delete: 'none' },
  ])
  const create = async (data: Record<string, unknown>) => (await payload.create({ collection: 'promotions', data: data as never, overrideAccess: true })) as { id: number }
  await create({
    name: 'Wholesale 10 %',
    priority: 10,
    customerGroups: [must(context.customerGroups, 'wholesale', 'customer group')],
    action: [{ blockType: 'orderPercent', percent: '10' }],
  })
  await create({
    name: 'Buy 10 get 1 free on screws',
    priority: 5,
    conditions: [{ blockType: 'productSegment', categories: [must(context.categories, 'fasteners/screws', 'category')] }],
    action: [{ blockType: 'buyXGetY', buy: 10, get: 1, percent: '100', repeat: true, reward: 'cheapest' }],
  })
  const welcome = await create({
    name: 'Welcome: 10 % off your first order',
    priority: 20,
    couponRequired: true,
    conditions: [{ blockType: 'firstOrder' }],
    action: [{ blockType: 'orderPercent', percent: '10' }],
  })
  await payload.create({ collection: 'coupons' as never, data: { code: 'WELCOME10', promotion: welcome.id, usageLimit: null, usageLimitPerCustomer: 1 } as never, overrideAccess: true })
}

export const registerMarketingDemo = (config: Config): void =>
  registerDemoSeed(config, { name: 'marketing:promotions', plugin: 'marketing', seed: seedPromotions })
