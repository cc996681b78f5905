import { describe, expect, it } from 'vitest'

import {
  assertCalculationAddsUp,
  CalculationError,
  CalculationInvariantError,
  presentCalculation,
  resolveStages,
  runCalculation,
  startCalculation,
  type AdjustmentSource,
  type CalculationState,
  type LineProduct,
  type StageRegistration,
} from '../../src/kit/pipeline'

type Stage = StageRegistration<null>

const product = (sku: string, basePriceMinor: bigint | null): LineProduct => ({ id: sku, sku, name: sku, basePriceMinor, attributes: {} })

function stateWith(lines: Array<{ product: LineProduct; quantity: bigint }>, rounding: CalculationState['rounding'] = 'row'): CalculationState {
  return startCalculation({
    input: { currency: 'USD', lines: lines.map((line) => ({ product: line.product.id, quantity: 1 })) },
    currency: { code: 'USD', minorDigits: 2 },
    rounding,
    lines: lines.map((line) => ({ product: line.product, variant: null, quantity: line.quantity, unit: null })),
  })
}

/** Runs a calculation and checks it with the shared invariant helper, as every test here should. */
async function calculate(state: CalculationState, stages: Stage[]) {
  const result = await runCalculation(state, resolveStages(stages), null)
  assertCalculationAddsUp(result)
  return result
}

const promotion = (name: string, coupon?: string): AdjustmentSource => ({ promotion: name, name, coupon })

const contractPrice: Stage = {
  stage: 'price',
  name: 'test:contract-price',
  run: (state) => ({ lines: state.lines.map((line) => ({ line: line.index, unitPrice: 10149n, priceList: 'contract' })) }),
}
const tenPercentOff: Stage = {
  stage: 'discount',
  name: 'test:ten-percent',
  run: (state) => ({ adjustments: state.lines.map((line) => ({ target: 'line' as const, line: line.index, amount: line.amount / 10n, source: promotion('10%') })) }),
}
const flatShipping: Stage = { stage: 'shipping', name: 'test:flat', run: () => ({ amount: 500n, method: 'flat' }) }
/** 8 % of what is left of each line after discounts, truncated: the tax handler sees what the discount stage did. */
const salesTax = (pricesIncludeTax = false): Stage => ({
  stage: 'tax',
  name: 'test:tax',
  run: (state) => ({
    pricesIncludeTax,
    taxLines: state.lines.map((line) => ({ target: 'line' as const, line: line.index, code: 'STD', rate: '8', amount: ((line.amount - line.discount) * 8n) / 100n })),
  }),
})

describe('the pipeline with no plugin stages', () => {
  it('prices lines at the base price and totals them', async () => {
    const result = await calculate(stateWith([{ product: product('A', 1999n), quantity: 3000n }]), [])
    expect(result.lines[0].unitPrice).toBe(199900n)
    expect(result.lines[0].amount).toBe(5997n)
    expect(result.subtotal).toBe(5997n)
    expect(result.grandTotal).toBe(5997n)
  })

  it('refuses a line whose product has no price, naming the line', async () => {
    const calculation = runCalculation(stateWith([{ product: product('A', 100n), quantity: 1000n }, { product: product('B', null), quantity: 1000n }]), [], null)
    await expect(calculation).rejects.toThrowError(CalculationError)
    await expect(calculation).rejects.toMatchObject({ field: 'lines.1.product', status: 400 })
  })
})

describe('plugin stages return narrow results the core applies', () => {
  it('a price stage wins over the base-price fallback, and every stage shows in the totals', async () => {
    // registered out of order on purpose: the pipeline orders them by stage
    const result = await calculate(stateWith([{ product: product('A', 1999n), quantity: 10000n }]), [salesTax(), flatShipping, tenPercentOff, contractPrice])
    expect(result.lines[0]).toMatchObject({ unitPrice: 10149n, priceList: 'contract', amount: 1015n, discount: 101n, tax: 73n, total: 987n })
    expect(result).toMatchObject({ subtotal: 1015n, discountTotal: 101n, shippingTotal: 500n, taxTotal: 73n, grandTotal: 1487n })
    expect(result.appliedPromotions).toEqual([{ id: '10%', name: '10%', coupon: null, amount: 101n }])
    expect(result.taxes).toEqual([{ code: 'STD', rate: '8', amount: 73n }])
  })

  it('an unregistered stage passes the state through', async () => {
    const result = await calculate(stateWith([{ product: product('A', 250n), quantity: 2000n }]), [flatShipping])
    expect(result).toMatchObject({ discountTotal: 0n, taxTotal: 0n, shippingTotal: 500n, grandTotal: 1000n })
  })

  it('does not add tax to the total when prices include it', async () => {
    const result = await calculate(stateWith([{ product: product('A', 1080n), quantity: 1000n }]), [salesTax(true)])
    expect(result.taxTotal).toBe(86n)
    expect(result.grandTotal).toBe(1080n)
  })

  it('the first price handler to price a line wins; later ones see it priced', async () => {
    const cheaper: Stage = { stage: 'price', name: 'test:cheaper', order: 5, run: () => ({ lines: [{ line: 0, unitPrice: 1n, priceList: 'late' }] }) }
    const result = await calculate(stateWith([{ product: product('A', 1999n), quantity: 1000n }]), [cheaper, contractPrice])
    expect(result.lines[0]).toMatchObject({ unitPrice: 10149n, priceList: 'contract' })
  })
})

describe('order-level adjustments are allocated to the lines exactly', () => {
  const orderOff = (amount: bigint, order = 0): Stage => ({
    stage: 'discount',
    name: `test:order-${amount}`,
    order,
    run: () => ({ adjustments: [{ target: 'order', amount, source: promotion('order') }] }),
  })
  const threeLines = () => stateWith(['A', 'B', 'C'].map((sku) => ({ product: product(sku, 333n), quantity: 1000n })))

  it('splits 1.00 over three lines of 3.33 as 0.34 + 0.33 + 0.33 (largest remainder, ties to the first line)', async () => {
    const result = await calculate(threeLines(), [orderOff(100n)])
    expect(result.lines.map((line) => line.discount)).toEqual([34n, 33n, 33n])
    expect(result.adjustments[0].allocation).toEqual([34n, 33n, 33n])
    expect(result).toMatchObject({ subtotal: 999n, discountTotal: 100n, grandTotal: 899n })
  })

  it('allocates in proportion to what earlier adjustments left: line discounts first, then the order discount', async () => {
    const firstLineHalf: Stage = {
      stage: 'discount',
      name: 'test:first-line-half',
      run: (state) => ({ adjustments: [{ target: 'line', line: 0, amount: state.lines[0].amount / 2n, source: promotion('half') }] }),
    }
    // 3.33 − 1.66 = 1.67 left on line A, 3.33 on B and C: 1.00 off splits 0.20 / 0.40 / 0.40 (exactly 167:333:333 → 20.05, 39.98, 39.98)
    const result = await calculate(threeLines(), [orderOff(100n, 10), firstLineHalf])
    expect(result.lines.map((line) => line.discount)).toEqual([166n + 20n, 40n, 40n])
    expect(result.appliedPromotions.map((row) => [row.id, row.amount])).toEqual([
      ['half', 166n],
      ['order', 100n],
    ])
  })

  it('reports a handler that asks for more than the goods left as a bug of that stage, never a negative total', async () => {
    const calculation = runCalculation(threeLines(), resolveStages([orderOff(1000n)]), null)
    await expect(calculation).rejects.toThrowError(CalculationInvariantError)
    await expect(calculation).rejects.toThrowError(/test:order-1000.*cannot be negative/)
  })

  it('within one handler’s result, each adjustment sees what the earlier ones left', async () => {
    const twoLines = () => stateWith(['A', 'B'].map((sku) => ({ product: product(sku, 1000n), quantity: 1000n })))
    const mixed = (lastLineAmount: bigint): Stage => ({
      stage: 'discount',
      name: 'test:mixed',
      run: () => ({
        adjustments: [
          { target: 'line', line: 0, amount: 300n, source: promotion('line A') },
          { target: 'order', amount: 400n, source: promotion('order') },
          { target: 'line', line: 1, amount: lastLineAmount, source: promotion('line B') },
        ],
      }),
    })
    // 10.00 − 3.00 = 7.00 left on A, 10.00 on B: 4.00 off splits 1.65 / 2.35 (164.7 : 235.29, the cent to the larger remainder),
    // which leaves 7.65 on B: a line discount of exactly 7.65 is allowed, 7.66 is the handler's bug
    const result = await calculate(twoLines(), [mixed(765n)])
    expect(result.adjustments[1].allocation).toEqual([165n, 235n])
    expect(result.lines.map((line) => line.discount)).toEqual([465n, 1000n])
    expect(result).toMatchObject({ subtotal: 2000n, discountTotal: 1465n, grandTotal: 535n })
    await expect(runCalculation(twoLines(), resolveStages([mixed(766n)]), null)).rejects.toThrowError(/line 1 discount 766 exceeds the 765 left/)
  })

  it('refuses a line discount above the line the same way', async () => {
    const tooMuch: Stage = {
      stage: 'discount',
      name: 'test:too-much',
      run: (state) => ({ adjustments: [{ target: 'line', line: 0, amount: state.lines[0].amount + 1n, source: promotion('x') }] }),
    }
    await expect(runCalculation(stateWith([{ product: product('A', 100n), quantity: 1000n }]), [tooMuch], null)).rejects.toThrowError(/cannot be negative/)
  })
})

describe('shipping adjustments are settled once shipping is priced', () => {
  const shippingOff = (request: { amount?: bigint; percent?: string }): Stage => ({
    stage: 'discount',
    name: 'test:shipping-off',
    run: () => ({ adjustments: [{ target: 'shipping', ...request, source: promotion('ship', 'FREESHIP') }] }),
  })
  const goods = () => stateWith([{ product: product('A', 2000n), quantity: 1000n }])

  it('free shipping (100 %) takes the whole 5.00 off', async () => {
    const result = await calculate(goods(), [shippingOff({ percent: '100' }), flatShipping])
    expect(result).toMatchObject({ shippingTotal: 0n, shippingDiscount: 500n, grandTotal: 2000n })
    expect(result.appliedPromotions).toEqual([{ id: 'ship', name: 'ship', coupon: 'FREESHIP', amount: 500n }])
  })

  it('33.335 % of 5.00 is 1.666 75, rounded half-up to 1.67', async () => {
    const result = await calculate(goods(), [shippingOff({ percent: '33.335' }), flatShipping])
    expect(result.shippingDiscount).toBe(167n)
    expect(result.shippingTotal).toBe(333n)
  })

  it('a fixed 8.00 off 5.00 shipping is capped at the shipping', async () => {
    const result = await calculate(goods(), [shippingOff({ amount: 800n }), flatShipping])
    expect(result).toMatchObject({ shippingTotal: 0n, shippingDiscount: 500n, discountTotal: 0n, grandTotal: 2000n })
  })

  it('comes to nothing when no shipping was priced', async () => {
    const result = await calculate(goods(), [shippingOff({ amount: 800n })])
    expect(result).toMatchObject({ shippingTotal: 0n, shippingDiscount: 0n, appliedPromotions: [] })
  })
})

describe('tax lines', () => {
  it('tax on shipping counts in the tax total and the summary by code and rate', async () => {
    const shippingTax: Stage = {
      stage: 'tax',
      name: 'test:shipping-tax',
      run: (state) => ({ taxLines: [{ target: 'shipping', code: 'SHIP', rate: '19', amount: (state.shippingTotal * 19n) / 100n }] }),
    }
    const result = await calculate(stateWith([{ product: product('A', 1000n), quantity: 1000n }]), [flatShipping, salesTax(), shippingTax])
    expect(result.taxes).toEqual([
      { code: 'STD', rate: '8', amount: 80n },
      { code: 'SHIP', rate: '19', amount: 95n },
    ])
    expect(result).toMatchObject({ taxTotal: 175n, grandTotal: 1000n + 500n + 175n })
  })

  it('refuses tax handlers that disagree on whether prices include tax', async () => {
    const other: Stage = { ...salesTax(false), name: 'test:other-tax', order: 1 }
    await expect(runCalculation(stateWith([{ product: product('A', 1000n), quantity: 1000n }]), resolveStages([salesTax(true), other]), null)).rejects.toThrowError(
      /test:other-tax.*disagree/,
    )
  })
})

describe('resolveStages', () => {
  const noop = (name: string, stage: Stage['stage'], order?: number, replaces?: string): Stage =>
    ({ name, stage, order, replaces, run: () => null }) as Stage

  it('sorts by stage, then order, then registration', () => {
    const ordered = resolveStages([noop('tax', 'tax'), noop('late-price', 'price', 5), noop('early-price', 'price', 1), noop('price-b', 'price', 5)])
    expect(ordered.map((stage) => stage.name)).toEqual(['early-price', 'late-price', 'price-b', 'tax'])
  })

  it('a handler that says `replaces` takes the named one’s place', () => {
    const resolved = resolveStages([noop('shipping:method-rate', 'shipping'), noop('acme:zones', 'shipping', 0, 'shipping:method-rate')])
    expect(resolved.map((stage) => stage.name)).toEqual(['acme:zones'])
  })

  it('refuses a `replaces` naming no handler', () => {
    expect(() => resolveStages([noop('acme:zones', 'shipping', 0, 'shipping:typo')])).toThrowError(/replaces "shipping:typo", but no stage has that name/)
  })
})

describe('presentCalculation shows the contract shape', () => {
  it('gives unit prices as 4-decimal strings and totals as integers', async () => {
    const result = presentCalculation(await calculate(stateWith([{ product: product('A', 1999n), quantity: 1500n }]), []))
    expect(result.lines[0]).toMatchObject({ unitPrice: '19.9900', quantity: 1.5, amount: 2999, total: 2999 })
    expect(result).toMatchObject({ currency: 'USD', subtotal: 2999, grandTotal: 2999, appliedPromotions: [], taxes: [] })
  })
})
