/**
 * The promotions' adjustments through the kit's pipeline: the core applies them, and every calculation adds up
 * (the kit's one invariant helper, `assertCalculationAddsUp`, after Vendure's `assertOrderTotalsAddUp`).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { assertCalculationAddsUp, calculationProblems, runCalculation, startCalculation, type Adjustment, type StageRegistration } from '../../../../src/kit'
import { buyXGetY, lineFixed, linePercent, orderFixed, orderPercent, shippingDiscount } from '../../rules/actions'
import { cartOf } from '../../rules/cart'
import { stackPromotions, type Candidate, type StackingSettings } from '../../rules/stacking'

type Context = { candidates: Candidate[]; settings: StackingSettings; shipping: bigint }

const discountStage: StageRegistration<Context, 'discount'> = {
  stage: 'discount',
  name: 'test:promotions',
  run: (state, context) => {
    const outcome = stackPromotions(cartOf(state, null), context.candidates, context.settings)
    const adjustments = outcome.applied.flatMap(({ candidate, discounts }) =>
      discounts.map((discount): Adjustment => ({ ...discount, source: { promotion: candidate.id, name: candidate.name, coupon: candidate.coupon } })),
    )
    return { adjustments }
  },
}
const shippingStage: StageRegistration<Context, 'shipping'> = { stage: 'shipping', name: 'test:shipping', run: (_state, context) => ({ amount: context.shipping, method: 'flat' }) }

const product = (id: number, minor: number) => ({ id, sku: `P${id}`, name: `P${id}`, basePriceMinor: BigInt(minor), attributes: {} })

async function calculateWith(lines: Array<[minor: number, quantityThousandths: number]>, context: Context) {
  const initial = startCalculation({
    input: { currency: 'USD', lines: lines.map((_, index) => ({ product: index + 1, quantity: 1 })) },
    currency: { code: 'USD', minorDigits: 2 },
    rounding: 'row',
    lines: lines.map(([minor, quantity], index) => ({ product: product(index + 1, minor), variant: null, quantity: BigInt(quantity), unit: null })),
  })
  return runCalculation(initial, [discountStage, shippingStage], context)
}

const base = { id: 0, coupon: null, priority: 0, stopFurtherProcessing: false, exclusive: false, reasons: [] }
const lineIndexes = (cart: { lines: Array<{ index: number }> }) => cart.lines.map((line) => line.index)

describe('promotions through the pipeline', () => {
  it("reproduces Vendure's 'correct proration': 5.00 off two 5.00 lines allocates 2.50 to each", async () => {
    const state = await calculateWith([[500, 1000], [500, 1000]], {
      candidates: [{ ...base, id: 1, name: '$5 off order', level: 'order', propose: (cart) => orderFixed({ amount: 500 }, cart) }],
      settings: { strategy: 'applyAll', lineDiscounts: 'beforeOrder' },
      shipping: 0n,
    })
    expect(state.lines.map((line) => line.total)).toEqual([250n, 250n])
    expect(state.appliedPromotions).toEqual([{ id: 1, name: '$5 off order', coupon: null, amount: 500n }])
    assertCalculationAddsUp(state)
  })

  it('free shipping waives the shipping the shipping stage priced', async () => {
    const state = await calculateWith([[1000, 1000]], {
      candidates: [{ ...base, id: 2, name: 'Free shipping', level: 'shipping', propose: () => shippingDiscount({}, true) }],
      settings: { strategy: 'applyAll', lineDiscounts: 'beforeOrder' },
      shipping: 595n,
    })
    expect(state).toMatchObject({ shippingDiscount: 595n, shippingTotal: 0n, grandTotal: 1000n })
    assertCalculationAddsUp(state)
  })

  it('adds up for any cart and any stack of actions (property)', async () => {
    const actions: Array<(pick: number) => Candidate['propose']> = [
      (pick) => (cart) => orderPercent({ percent: String(pick % 101) }, cart),
      (pick) => (cart) => orderFixed({ amount: pick * 37 }, cart),
      (pick) => (cart) => linePercent({ percent: `${pick % 100}.5` }, cart, lineIndexes(cart)),
      (pick) => (cart) => lineFixed({ amount: pick, per: pick % 2 ? 'item' : 'line' }, cart, lineIndexes(cart)),
      (pick) => (cart) => buyXGetY({ buy: 1 + (pick % 3), get: 1, percent: '100', reward: pick % 2 ? 'cheapest' : 'mostExpensive' }, cart, lineIndexes(cart)),
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 50_000 })), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: -5, max: 5 })), { maxLength: 6 }),
        fc.constantFrom<StackingSettings['strategy']>('applyAll', 'mostProfitable', 'bestForCustomer'),
        fc.constantFrom<StackingSettings['lineDiscounts']>('beforeOrder', 'afterOrder', 'byPriority'),
        async (lines, picks, strategy, lineDiscounts) => {
          const candidates = picks.map(([kind, pick, priority], index): Candidate => ({
            ...base,
            id: index + 1,
            name: `promotion ${index + 1}`,
            priority,
            level: kind < 2 ? 'order' : 'line',
            propose: actions[kind](pick),
          }))
          const state = await calculateWith(lines, { candidates, settings: { strategy, lineDiscounts }, shipping: 500n })
          expect(calculationProblems(state)).toEqual([])
        },
      ),
      { numRuns: 200 },
    )
  })
})
