/**
 * The tax stage's decisions run through the kit's real pipeline (price → discount → shipping → tax → total), each
 * calculation checked with the kit's invariant helper `assertCalculationAddsUp`.
 * Oro's example: src/Oro/Bundle/TaxBundle/Tests/Behat/Features/order_discount_tax_precision_with_row_total.feature
 * (22 % VAT, row total, rounding on the total, taxes after promotions: $375.35 − $100 + $3 shipping + $60.58 tax =
 * $338.93; the $100 order discount is spread 2.92 / 3.84 / 93.24 over the lines as Bureau's allocation does).
 */
import { describe, expect, it } from 'vitest'

import {
  assertCalculationAddsUp,
  resolveStages,
  runCalculation,
  startCalculation,
  type CalculationState,
  type Id,
  type StageRegistration,
} from '../../../../src/kit'
import type { TaxRuleFacts } from '../../rules/matching-rules'
import { DEFAULT_TAX_SETTINGS, type TaxSettings } from '../../rules/settings'
import { taxResultFor, type TaxContext } from '../../rules/tax-result'

type Stage = StageRegistration<null>
type Address = { country: string; region?: string; postalCode?: string }

const defaults = DEFAULT_TAX_SETTINGS
const rule = (code: string, rate: string, jurisdiction: TaxRuleFacts['jurisdiction'], productTaxCode: Id | null = null, customerTaxCode: Id | null = null): TaxRuleFacts => ({
  id: code,
  code,
  rate,
  jurisdiction,
  productTaxCode,
  customerTaxCode,
})
const US = { id: 'us', country: 'US' }
const DE = { id: 'de', country: 'DE' }
const NY = { id: 'ny', country: 'US', region: 'NY' }
const NYC = { id: 'nyc', country: 'US', region: 'NY', zipCodes: [{ zip: '10001-10292' }] }

type Line = { price: bigint; quantity: bigint; taxCode?: Id }
function stateOf(lines: Line[], addresses: { shippingAddress?: Address; billingAddress?: Address } = {}): CalculationState {
  return startCalculation({
    input: { currency: 'USD', lines: lines.map((_, index) => ({ product: index, quantity: 1 })), ...addresses },
    currency: { code: 'USD', minorDigits: 2 },
    rounding: 'row',
    lines: lines.map((line, index) => ({
      product: { id: index, sku: `SKU-${index}`, name: `Product ${index}`, basePriceMinor: line.price, attributes: { taxCode: line.taxCode ?? null } },
      variant: null,
      quantity: line.quantity,
      unit: null,
    })),
  })
}

const orderDiscount = (amount: bigint): Stage => ({
  stage: 'discount',
  name: 'test:order-discount',
  run: () => ({ adjustments: [{ target: 'order', amount, source: { promotion: 'p', name: 'Order discount' } }] }),
})
const shipping = (amount: bigint, taxCode?: string): Stage => ({ stage: 'shipping', name: 'test:shipping', run: () => ({ amount, method: 'flat', taxCode }) })
const taxes = (context: Partial<TaxContext> & { rules: TaxRuleFacts[] }): Stage => ({
  stage: 'tax',
  name: 'test:taxes',
  run: (state) =>
    taxResultFor(state, { settings: defaults, customer: { taxCode: null, exempt: false }, shippingTaxCode: null, ...context }, state.input),
})

async function calculate(state: CalculationState, stages: Stage[]) {
  const result = await runCalculation(state, resolveStages(stages), null)
  assertCalculationAddsUp(result)
  return result
}

describe('taxResultFor in the pipeline', () => {
  it('Oro: 10.95 + 5 × 2.88 + 350.00, $100 off, 22 % on the discounted rows, rounded on the total → 60.58, total 338.93', async () => {
    const state = stateOf([{ price: 1095n, quantity: 1000n }, { price: 288n, quantity: 5000n }, { price: 35000n, quantity: 1000n }], { shippingAddress: { country: 'US' } })
    const result = await calculate(state, [orderDiscount(10000n), shipping(300n), taxes({ rules: [rule('VAT', '22', US)] })])
    expect(result.lines.map((line) => line.discount)).toEqual([292n, 384n, 9324n])
    expect(result).toMatchObject({ subtotal: 37535n, discountTotal: 10000n, shippingTotal: 300n, taxTotal: 6058n, grandTotal: 33893n })
    expect(result.taxes).toEqual([{ code: 'VAT', rate: '22', amount: 6058n }])
  })

  it('the same order with Vendure’s unit-price rounding: 0.2112 a unit on line 2 → 0.21 × 5, 60.56 in all', async () => {
    const state = stateOf([{ price: 1095n, quantity: 1000n }, { price: 288n, quantity: 5000n }, { price: 35000n, quantity: 1000n }], { shippingAddress: { country: 'US' } })
    const settings = { ...defaults, startCalculationWith: 'unitPrice' as const }
    const result = await calculate(state, [orderDiscount(10000n), shipping(300n), taxes({ rules: [rule('VAT', '22', US)], settings })])
    expect(result.lines.map((line) => line.tax)).toEqual([177n, 230n, 5649n])
    expect(result.taxTotal).toBe(6056n)
  })

  it('taxes the undiscounted amount when the settings say so: 22 % of 375.35 = 82.577 → 82.58', async () => {
    const state = stateOf([{ price: 1095n, quantity: 1000n }, { price: 288n, quantity: 5000n }, { price: 35000n, quantity: 1000n }], { shippingAddress: { country: 'US' } })
    const settings = { ...defaults, taxBase: 'undiscounted' as const }
    const result = await calculate(state, [orderDiscount(10000n), taxes({ rules: [rule('VAT', '22', US)], settings })])
    expect(result.taxTotal).toBe(8258n)
  })

  it('extracts tax from inclusive prices: each line and the order keep net + tax = gross to the cent', async () => {
    const state = stateOf([{ price: 1190n, quantity: 1000n }, { price: 999n, quantity: 3000n }, { price: 1n, quantity: 7000n }], { shippingAddress: { country: 'DE' } })
    const settings = { ...defaults, pricesIncludeTax: true, rounding: 'item' as const, shippingTaxCode: 'ship' }
    const result = await calculate(state, [orderDiscount(500n), shipping(595n), taxes({ rules: [rule('DE VAT', '19', DE)], settings, shippingTaxCode: 'ship' })])
    expect(result.pricesIncludeTax).toBe(true)
    // 5.00 off shared 1.42 / 3.57 / 0.01; gross 10.48 → tax 1.6733 → 1.67; 26.40 → 4.2151 → 4.22; 0.06 → 0.0096 → 0.01
    expect(result.lines.map((line) => [line.total, line.tax, line.total - line.tax])).toEqual([
      [1048n, 167n, 881n],
      [2640n, 422n, 2218n],
      [6n, 1n, 5n],
    ])
    const shippingTax = result.taxLines.filter((row) => row.target === 'shipping')
    expect(shippingTax.map((row) => row.amount)).toEqual([95n])
    expect(result.grandTotal).toBe(1190n + 2997n + 7n - 500n + 595n)
    expect(result.taxTotal).toBe(167n + 422n + 1n + 95n)
    const net = result.lines.reduce((sum, line) => sum + line.total - line.tax, 0n) + 595n - 95n
    expect(net + result.taxTotal).toBe(result.grandTotal)
  })

  it('adds up state and city rules in the city, only the state outside it, by the shipping address', async () => {
    const rules = [rule('NY State', '4', NY), rule('NYC', '4.5', NYC)]
    const inCity = await calculate(stateOf([{ price: 10000n, quantity: 1000n }], { shippingAddress: { country: 'US', region: 'NY', postalCode: '10001' } }), [taxes({ rules })])
    expect(inCity.taxes).toEqual([
      { code: 'NY State', rate: '4', amount: 400n },
      { code: 'NYC', rate: '4.5', amount: 450n },
    ])
    const upstate = await calculate(stateOf([{ price: 10000n, quantity: 1000n }], { shippingAddress: { country: 'US', region: 'NY', postalCode: '12207' } }), [taxes({ rules })])
    expect(upstate.taxTotal).toBe(400n)
  })

  it('uses the billing address or the origin when the settings say so, and the origin when the address is missing', async () => {
    const rules = [rule('NY State', '4', NY), rule('DE VAT', '19', DE)]
    const addresses = { shippingAddress: { country: 'DE' }, billingAddress: { country: 'US', region: 'NY' } }
    const origin = { country: 'US', region: 'NY' }
    const run = (settings: Partial<TaxSettings>, given = addresses) =>
      calculate(stateOf([{ price: 10000n, quantity: 1000n }], given), [taxes({ rules, settings: { ...defaults, origin, ...settings } })]).then((result) => result.taxTotal)
    expect(await run({ addressBasis: 'shipping' })).toBe(1900n)
    expect(await run({ addressBasis: 'billing' })).toBe(400n)
    expect(await run({ addressBasis: 'origin' })).toBe(400n)
    expect(await run({ addressBasis: 'shipping' }, {} as typeof addresses)).toBe(400n)
    expect(await run({ addressBasis: 'shipping', origin: null }, {} as typeof addresses)).toBe(0n)
  })

  it('matches product and customer tax codes, and charges exempt customers nothing', async () => {
    const rules = [rule('Books', '7', US, 'books'), rule('Goods', '19', US, 'goods'), rule('Reseller surcharge', '1', US, null, 'reseller')]
    const state = () => stateOf([{ price: 10000n, quantity: 1000n, taxCode: 'books' }, { price: 10000n, quantity: 1000n, taxCode: 'goods' }], { shippingAddress: { country: 'US' } })
    const plain = await calculate(state(), [taxes({ rules })])
    expect(plain.lines.map((line) => line.tax)).toEqual([700n, 1900n])
    const reseller = await calculate(state(), [taxes({ rules, customer: { taxCode: 'reseller', exempt: false } })])
    expect(reseller.lines.map((line) => line.tax)).toEqual([800n, 2000n])
    const exempt = await calculate(state(), [taxes({ rules, customer: { taxCode: 'reseller', exempt: true } })])
    expect(exempt.taxTotal).toBe(0n)
  })

  it('taxes shipping with its tax code after shipping discounts, and not at all without one', async () => {
    const rules = [rule('Goods', '10', US, 'goods'), rule('Freight', '5', US, 'freight')]
    const state = () => stateOf([{ price: 10000n, quantity: 1000n, taxCode: 'goods' }], { shippingAddress: { country: 'US' } })
    const taxed = await calculate(state(), [shipping(1000n), taxes({ rules, shippingTaxCode: 'freight' })])
    expect(taxed.taxLines.filter((row) => row.target === 'shipping')).toEqual([{ target: 'shipping', code: 'Freight', rate: '5', amount: 50n }])
    expect(taxed.grandTotal).toBe(10000n + 1000n + 1000n + 50n)
    const untaxed = await calculate(state(), [shipping(1000n), taxes({ rules })])
    expect(untaxed.taxTotal).toBe(1000n)
  })
})
