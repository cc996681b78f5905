/**
 * The taxes demo: EU VAT (DE 19 %, FR 20 %), US sales tax in New York (state 4 % + New York City 4.5 %, which add
 * up to 8.5 % inside the city's ZIP codes) and California (7.25 %), shipping taxed like goods, and a German
 * website `de` in EUR whose prices include tax.
 */
import type { DemoContext, Id } from '../../../src/kit'
import { TAX_CODES_SLUG } from '../collections/tax-codes'
import { TAX_JURISDICTIONS_SLUG } from '../collections/tax-jurisdictions'
import { TAX_RULES_SLUG } from '../collections/tax-rules'
import { TAX_SETTINGS_SLUG } from '../globals/tax-settings'

const JURISDICTIONS = [
  { code: 'DE', name: 'Germany', country: 'DE' },
  { code: 'FR', name: 'France', country: 'FR' },
  { code: 'US-NY', name: 'New York State', country: 'US', region: 'NY' },
  { code: 'US-NY-NYC', name: 'New York City', country: 'US', region: 'NY', zipCodes: [{ zip: '10001-10292' }, { zip: '104*' }, { zip: '110*' }, { zip: '111*' }, { zip: '112*' }, { zip: '113*' }, { zip: '114*' }, { zip: '116*' }] },
  { code: 'US-CA', name: 'California', country: 'US', region: 'CA' },
]

const RULES = [
  { code: 'DE VAT', jurisdiction: 'DE', rate: '19' },
  { code: 'FR TVA', jurisdiction: 'FR', rate: '20' },
  { code: 'NY State', jurisdiction: 'US-NY', rate: '4' },
  { code: 'NYC', jurisdiction: 'US-NY-NYC', rate: '4.5' },
  { code: 'CA State', jurisdiction: 'US-CA', rate: '7.25' },
]

export async function seedTaxesDemo(context: DemoContext): Promise<void> {
  const { payload } = context
  const local = { overrideAccess: true } as const
  const code = async (data: { code: string; kind: 'product' | 'customer'; description: string }) =>
    (await payload.create({ collection: TAX_CODES_SLUG as never, data: data as never, ...local })) as unknown as { id: Id }
  const standard = await code({ code: 'standard', kind: 'product', description: 'Goods at the standard rate' })
  const shipping = await code({ code: 'shipping', kind: 'product', description: 'Shipping charges (taxed like goods where the law says so)' })

  const areas = new Map<string, Id>()
  for (const area of JURISDICTIONS) {
    const created = (await payload.create({ collection: TAX_JURISDICTIONS_SLUG as never, data: area as never, ...local })) as unknown as { id: Id }
    areas.set(area.code, created.id)
  }
  for (const rule of RULES) {
    await payload.create({ collection: TAX_RULES_SLUG as never, data: { code: rule.code, jurisdiction: areas.get(rule.jurisdiction), rate: rule.rate } as never, ...local })
  }

  // Payload 3.90 validates a global's relationship filterOptions with the caller's access even under overrideAccess,
  // so the settings are saved as the demo administrator.
  const admin = await payload.findByID({ collection: 'users', id: context.admin, depth: 0, overrideAccess: true })
  await payload.updateGlobal({
    slug: TAX_SETTINGS_SLUG as never,
    data: { origin: { country: 'US', region: 'NY', postalCode: '10001' }, shippingTaxCode: shipping.id } as never,
    user: { ...admin, collection: 'users' },
    ...local,
  })
  for (const id of context.products.values()) {
    await payload.update({ collection: 'products', id, data: { taxCode: standard.id } as never, ...local })
  }

  const eur = context.currencies.get('EUR')
  if (eur === undefined) throw new Error('The taxes demo needs the core demo’s EUR currency')
  await payload.create({
    collection: 'websites',
    data: {
      name: 'Bureau Supply (DE)',
      code: 'de',
      url: 'http://localhost:3000/de',
      defaultCurrency: eur,
      currencies: [eur],
      priceRounding: 'row',
      taxSettings: { pricesIncludeTax: 'included', origin: { country: 'DE', region: 'BE', postalCode: '10115' } },
    } as never,
    ...local,
  })
}
