import { describe, expect, it } from 'vitest'

import {
  CalculationError,
  orderStages,
  presentCalculation,
  runCalculation,
  startCalculation,
  type CalculationState,
  type LineProduct,
  type RegisteredStage,
} from '../../src/kit/pipeline'

const product = (sku: string, basePriceMinor: bigint | null): LineProduct => ({
  id: sku,
  sku,
  name: sku,
  basePriceMinor,
  attributes: {},
})

function stateWith(lines: Array<{ product: LineProduct; quantity: bigint }>, rounding: CalculationState['rounding'] = 'row'): CalculationState {
  return startCalculation({
    input: { currency: 'USD', lines: lines.map((line) => ({ product: line.product.id, quantity: 1 })) },
    currency: { code: 'USD', minorDigits: 2 },
    rounding,
    lines: lines.map((line) => ({ product: line.product, variant: null, quantity: line.quantity, unit: null })),
  })
}

describe('the pipeline with no plugin stages', () => {
  it('prices lines at the base price and totals them', async () => {
    const result = await runCalculation(stateWith([{ product: product('A', 1999n), quantity: 3000n }]), [], null)
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

describe('plugin stages run in stage order around the core', () => {
  const contractPrice: RegisteredStage<null> = {
    stage: 'price',
    name: 'test:contract-price',
    run: (state) => ({ ...state, lines: state.lines.map((line) => ({ ...line, unitPrice: 10149n, priceList: 'contract' })) }),
  }
  const tenPercentOff: RegisteredStage<null> = {
    stage: 'discount',
    name: 'test:ten-percent',
    run: (state) => ({ ...state, lines: state.lines.map((line) => ({ ...line, discount: line.amount / 10n })) }),
  }
  const flatShipping: RegisteredStage<null> = { stage: 'shipping', name: 'test:flat', run: (state) => ({ ...state, shippingTotal: 500n }) }
  const salesTax: RegisteredStage<null> = {
    stage: 'tax',
    name: 'test:tax',
    run: (state) => {
      const lines = state.lines.map((line) => ({ ...line, tax: ((line.amount - line.discount) * 8n) / 100n }))
      return { ...state, lines, taxTotal: lines.reduce((sum, line) => sum + line.tax, 0n) }
    },
  }

  it('a price stage wins over the base-price fallback, and every stage shows in the totals', async () => {
    // registered out of order on purpose: the pipeline orders them by stage
    const stages = [salesTax, flatShipping, tenPercentOff, contractPrice]
    const result = await runCalculation(stateWith([{ product: product('A', 1999n), quantity: 10000n }]), stages, null)
    expect(result.lines[0]).toMatchObject({ unitPrice: 10149n, priceList: 'contract', amount: 1015n, discount: 101n, tax: 73n, total: 987n })
    expect(result).toMatchObject({ subtotal: 1015n, discountTotal: 101n, shippingTotal: 500n, taxTotal: 73n, grandTotal: 1487n })
  })

  it('an unregistered stage passes the state through', async () => {
    const result = await runCalculation(stateWith([{ product: product('A', 250n), quantity: 2000n }]), [flatShipping], null)
    expect(result).toMatchObject({ discountTotal: 0n, taxTotal: 0n, shippingTotal: 500n, grandTotal: 1000n })
  })

  it('does not add tax to the total when prices include it', async () => {
    const state = { ...stateWith([{ product: product('A', 1080n), quantity: 1000n }]), pricesIncludeTax: true }
    const result = await runCalculation(state, [salesTax], null)
    expect(result.taxTotal).toBe(86n)
    expect(result.grandTotal).toBe(1080n)
  })

  it('refuses a negative total', async () => {
    const refund: RegisteredStage<null> = {
      stage: 'discount',
      name: 'test:too-much',
      run: (state) => ({ ...state, lines: state.lines.map((line) => ({ ...line, discount: line.amount + 1n })) }),
    }
    await expect(runCalculation(stateWith([{ product: product('A', 100n), quantity: 1000n }]), [refund], null)).rejects.toThrowError(/cannot be negative/)
  })
})

describe('orderStages', () => {
  const noop = (name: string, stage: RegisteredStage<null>['stage'], order?: number): RegisteredStage<null> => ({ name, stage, order, run: (state) => state })

  it('sorts by stage, then order, then registration', () => {
    const ordered = orderStages([noop('tax', 'tax'), noop('late-price', 'price', 5), noop('early-price', 'price', 1), noop('price-b', 'price', 5)])
    expect(ordered.map((stage) => stage.name)).toEqual(['early-price', 'late-price', 'price-b', 'tax'])
  })

  it('lets a later registration with the same name replace an earlier one', () => {
    const replaced = orderStages([noop('x', 'price'), noop('x', 'tax')])
    expect(replaced).toHaveLength(1)
    expect(replaced[0].stage).toBe('tax')
  })
})

describe('presentCalculation shows the contract shape', () => {
  it('gives unit prices as 4-decimal strings and totals as integers', async () => {
    const result = presentCalculation(await runCalculation(stateWith([{ product: product('A', 1999n), quantity: 1500n }]), [], null))
    expect(result.lines[0]).toMatchObject({ unitPrice: '19.9900', quantity: 1.5, amount: 2999, total: 2999 })
    expect(result).toMatchObject({ currency: 'USD', subtotal: 2999, grandTotal: 2999, appliedPromotions: [], taxes: [] })
  })
})
