/**
 * Stacking, one test per mode. Peers: Oro's promotion guide (System › Configuration › Promotion: "Combine All
 * Discounts" is the default, "Best Value Discounts Only" applies only the promotion of best value; "Stop Further Rule
 * Processing": with sort orders 1, 2, 3 and the stop on 2, promotion 3 is not applied), Vendure's OrderCalculator
 * (item-level promotions are applied before order-level ones; every applicable promotion applies), Medusa v2
 * (promotions apply in the order given).
 */
import { describe, expect, it } from 'vitest'

import type { PromotionCart } from '../../../../src/kit'
import { lineFixed, linePercent, orderFixed, orderPercent } from '../../rules/actions'
import { stackPromotions, type Candidate, type StackingSettings } from '../../rules/stacking'
import { all, cartOf } from './cart'

let next = 0
const candidate = (name: string, level: Candidate['level'], propose: Candidate['propose'], extra: Partial<Candidate> = {}): Candidate => ({
  id: ++next,
  name,
  coupon: null,
  priority: 0,
  stopFurtherProcessing: false,
  exclusive: false,
  level,
  reasons: [],
  propose,
  ...extra,
})
const settings = (strategy: StackingSettings['strategy'], lineDiscounts: StackingSettings['lineDiscounts'] = 'beforeOrder'): StackingSettings => ({ strategy, lineDiscounts })
const applied = (cart: PromotionCart, candidates: Candidate[], options: StackingSettings) =>
  stackPromotions(cart, candidates, options).applied.map((row) => [row.candidate.name, row.amount])

const cart = cartOf([['A', 10000, 1]])
const tenOff = candidate('10.00 off the order', 'order', (current) => orderFixed({ amount: 1000 }, current), { priority: 1 })
const twentyPercent = candidate('20 % off lines', 'line', (current) => linePercent({ percent: '20' }, current, all(current)), { priority: 2 })

describe('applyAll with line discounts before order discounts (default; Vendure)', () => {
  it('takes 20 % of 100.00 first, then 10.00: 30.00 in all', () => {
    expect(applied(cart, [tenOff, twentyPercent], settings('applyAll', 'beforeOrder'))).toEqual([['20 % off lines', 2000n], ['10.00 off the order', 1000n]])
  })
})

describe('applyAll with line discounts after order discounts', () => {
  it('takes 10.00 first, then 20 % of the 90.00 left: 28.00 in all', () => {
    expect(applied(cart, [tenOff, twentyPercent], settings('applyAll', 'afterOrder'))).toEqual([['10.00 off the order', 1000n], ['20 % off lines', 1800n]])
  })
})

describe('applyAll by priority only (Oro sort order, Medusa)', () => {
  it('follows the sort order whatever the level', () => {
    const first = candidate('first: 20 %', 'line', (current) => linePercent({ percent: '20' }, current, all(current)), { priority: 1 })
    const second = candidate('second: 10.00', 'order', (current) => orderFixed({ amount: 1000 }, current), { priority: 2 })
    expect(applied(cart, [second, first], settings('applyAll', 'byPriority'))).toEqual([['first: 20 %', 2000n], ['second: 10.00', 1000n]])
  })

  it("honours Oro's Stop Further Rule Processing: sort orders 1, 2, 3 with the stop on 2 leave 3 out", () => {
    const one = candidate('sort 1', 'line', (current) => lineFixed({ amount: 100 }, current, all(current)), { priority: 1 })
    const two = candidate('sort 2', 'line', (current) => lineFixed({ amount: 100 }, current, all(current)), { priority: 2, stopFurtherProcessing: true })
    const three = candidate('sort 3', 'line', (current) => lineFixed({ amount: 100 }, current, all(current)), { priority: 3 })
    const outcome = stackPromotions(cart, [three, two, one], settings('applyAll', 'byPriority'))
    expect(outcome.applied.map((row) => row.candidate.name)).toEqual(['sort 1', 'sort 2'])
    expect(outcome.notApplied).toEqual([{ candidate: three, why: 'sort 2 stops further promotions' }])
  })

  it('applies an exclusive promotion alone', () => {
    const exclusive = candidate('exclusive 5 %', 'order', (current) => orderPercent({ percent: '5' }, current), { priority: 9, exclusive: true })
    expect(applied(cart, [tenOff, twentyPercent, exclusive], settings('applyAll'))).toEqual([['exclusive 5 %', 500n]])
  })

  it('never takes a line below zero: 80.00 and 30.00 off a 100.00 line give 80.00 and 20.00', () => {
    const big = candidate('80.00', 'line', (current) => lineFixed({ amount: 8000, per: 'line' }, current, all(current)), { priority: 1 })
    const more = candidate('30.00', 'line', (current) => lineFixed({ amount: 3000, per: 'line' }, current, all(current)), { priority: 2 })
    expect(applied(cart, [big, more], settings('applyAll'))).toEqual([['80.00', 8000n], ['30.00', 2000n]])
  })
})

describe("mostProfitable (Oro 'Best Value Discounts Only')", () => {
  it('applies only the promotion of best value: 20 % (20.00) over 10.00', () => {
    const outcome = stackPromotions(cart, [tenOff, twentyPercent], settings('mostProfitable'))
    expect(outcome.applied.map((row) => [row.candidate.name, row.amount])).toEqual([['20 % off lines', 2000n]])
    expect(outcome.notApplied.map((row) => row.why)).toEqual(['not the most profitable promotion'])
  })
})

describe('bestForCustomer', () => {
  it('stacks when stacking gives more (30.00 > 20.00)', () => {
    expect(applied(cart, [tenOff, twentyPercent], settings('bestForCustomer'))).toEqual([['20 % off lines', 2000n], ['10.00 off the order', 1000n]])
  })
  it('takes the best one alone when a stop would leave the customer with less', () => {
    const small = candidate('1.00, stops', 'line', (current) => lineFixed({ amount: 100, per: 'line' }, current, all(current)), { priority: 0, stopFurtherProcessing: true })
    expect(applied(cart, [small, tenOff], settings('bestForCustomer', 'byPriority'))).toEqual([['10.00 off the order', 1000n]])
  })
})
