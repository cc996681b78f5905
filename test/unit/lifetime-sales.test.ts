import { describe, expect, it } from 'vitest'

import { orderContribution, rollUpLifetimeSales } from '../../collections/sales/lifetime/rules/lifetime-sales'

describe('orderContribution', () => {
  it('counts a placed order at its grand total: $1,250.00 → 125000', () => {
    expect(orderContribution({ placedTotal: 125000, refundedTotal: 0, cancelled: false })).toBe(125000)
  })
  it('takes a partial refund off: 125000 − 30050 = 94950', () => {
    expect(orderContribution({ placedTotal: 125000, refundedTotal: 30050, cancelled: false })).toBe(94950)
  })
  it('never goes below zero when refunds exceed the total (125000 placed, 130000 refunded)', () => {
    expect(orderContribution({ placedTotal: 125000, refundedTotal: 130000, cancelled: false })).toBe(0)
  })
  it('counts nothing once cancelled, refunded or not (no double subtraction)', () => {
    expect(orderContribution({ placedTotal: 125000, refundedTotal: 0, cancelled: true })).toBe(0)
    expect(orderContribution({ placedTotal: 125000, refundedTotal: 125000, cancelled: true })).toBe(0)
  })
  it('counts nothing for a cancellation that arrived before its placement (placed total not known yet)', () => {
    expect(orderContribution({ placedTotal: 0, refundedTotal: 0, cancelled: true })).toBe(0)
  })
})

describe('rollUpLifetimeSales', () => {
  //   Northwind (1) ─┬─ East (2) ── Boston (4)
  //                  └─ West (3)
  //   Contoso (5)
  const companies = [
    { id: 1, parent: null },
    { id: 2, parent: 1 },
    { id: 3, parent: 1 },
    { id: 4, parent: 2 },
    { id: 5, parent: null },
  ]
  const totals = [
    { customer: 1, currency: 'USD', amount: 10000 },
    { customer: 2, currency: 'USD', amount: 2500 },
    { customer: 2, currency: 'EUR', amount: 700 },
    { customer: 3, currency: 'USD', amount: 1 },
    { customer: 4, currency: 'USD', amount: 40000 },
    { customer: 5, currency: 'USD', amount: 999999 },
  ]

  it('gives the parent its own $100.00 and $525.01 with East, West and Boston (grandchild included), € 7.00 only from East', () => {
    expect(rollUpLifetimeSales(1, companies, totals)).toEqual([
      { currency: 'EUR', own: 0, withSubsidiaries: 700 },
      { currency: 'USD', own: 10000, withSubsidiaries: 52501 },
    ])
  })
  it('gives a middle company its own and its child’s: East $25.00 own, $425.00 with Boston', () => {
    expect(rollUpLifetimeSales(2, companies, totals)).toEqual([
      { currency: 'EUR', own: 700, withSubsidiaries: 700 },
      { currency: 'USD', own: 2500, withSubsidiaries: 42500 },
    ])
  })
  it('gives a leaf the same figure twice and never counts a sibling or another tree', () => {
    expect(rollUpLifetimeSales(3, companies, totals)).toEqual([{ currency: 'USD', own: 1, withSubsidiaries: 1 }])
  })
  it('answers nothing for a customer without sales in its subtree', () => {
    expect(rollUpLifetimeSales(6, [...companies, { id: 6, parent: null }], totals)).toEqual([])
  })
  it('compares ids by value, as they come as text from a URL and as numbers from the database', () => {
    expect(rollUpLifetimeSales('2', companies, totals).find((row) => row.currency === 'USD')).toEqual({ currency: 'USD', own: 2500, withSubsidiaries: 42500 })
  })
  it('stops on data that somehow holds a cycle instead of counting forever', () => {
    const looped = [
      { id: 7, parent: 8 },
      { id: 8, parent: 7 },
    ]
    const amounts = [
      { customer: 7, currency: 'USD', amount: 100 },
      { customer: 8, currency: 'USD', amount: 20 },
    ]
    expect(rollUpLifetimeSales(7, looped, amounts)).toEqual([{ currency: 'USD', own: 100, withSubsidiaries: 120 }])
  })
})
