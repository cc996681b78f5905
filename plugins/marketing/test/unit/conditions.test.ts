import { describe, expect, it } from 'vitest'

import { audience, firstOrder, inCurrency, lineInSegment, onWebsite, productSegment, quantityAtLeast, shippingCountry, stockAbove, subtotalAtLeast } from '../../rules/conditions'
import { cartOf } from './cart'

const cart = cartOf([
  ['SCR-M4', 1249, 12, { categories: [21], brand: 5, family: 2, attributeValues: [{ key: 'thread-size:m4' }] }],
  ['DRILL', 12999, 1, { categories: [30], brand: 6, family: 3, attributeValues: [] }],
])

describe('subtotalAtLeast', () => {
  it('holds at exactly the amount', () => expect(subtotalAtLeast({ amount: Number(cart.subtotal) }, cart).holds).toBe(true))
  it('fails one cent below', () => expect(subtotalAtLeast({ amount: Number(cart.subtotal) + 1 }, cart).holds).toBe(false))
})

describe('quantityAtLeast', () => {
  it('counts all units, or only the listed SKUs (and names those lines)', () => {
    expect(quantityAtLeast({ quantity: 13 }, cart).holds).toBe(true)
    expect(quantityAtLeast({ quantity: 13, skus: 'scr-m4' }, cart)).toMatchObject({ holds: false })
    expect(quantityAtLeast({ quantity: 12, skus: 'SCR-M4' }, cart)).toMatchObject({ holds: true, lines: [0] })
  })
})

describe('productSegment', () => {
  const trees = new Map([['21', ['20']], ['30', []]])
  it('matches a category with its subtree (screws 21 under fasteners 20)', () => {
    expect(productSegment({ categories: [20] }, cart, trees)).toMatchObject({ holds: true, lines: [0] })
  })
  it('requires every filled criterion (brand and attribute value)', () => {
    expect(lineInSegment(cart.lines[0], { brands: [5], attributeValues: 'thread-size:m4' }, trees)).toBe(true)
    expect(lineInSegment(cart.lines[0], { brands: [5], attributeValues: 'thread-size:m6' }, trees)).toBe(false)
    expect(lineInSegment(cart.lines[1], { families: [3], skus: 'DRILL' }, trees)).toBe(true)
  })
  it('with a least quantity of matching units', () => {
    expect(productSegment({ skus: 'SCR-M4', minQuantity: 13 }, cart, trees).holds).toBe(false)
    expect(productSegment({ skus: 'SCR-M4', minQuantity: 12 }, cart, trees).holds).toBe(true)
  })
})

describe('audience, website, currency, shipping country', () => {
  it('matches a listed customer or group; nobody listed means anyone; a visitor is not in a list', () => {
    expect(audience({ customers: [7] }, cart).holds).toBe(true)
    expect(audience({ customerGroups: [{ id: 3 }] }, cart).holds).toBe(true)
    expect(audience({ customerGroups: [4] }, cart).holds).toBe(false)
    expect(audience({}, cart).holds).toBe(true)
    expect(audience({ customers: [7] }, { ...cart, customer: null, customerGroup: null }).holds).toBe(false)
  })
  it('checks the website, currency and country', () => {
    expect(onWebsite({ websites: [1] }, cart).holds).toBe(true)
    expect(onWebsite({ websites: [2] }, cart).holds).toBe(false)
    expect(inCurrency({ currencies: 'eur, usd' }, cart).holds).toBe(true)
    expect(inCurrency({ currencies: 'EUR' }, cart).holds).toBe(false)
    expect(shippingCountry({ countries: 'ca us' }, cart).holds).toBe(true)
    expect(shippingCountry({ countries: 'DE' }, { ...cart, shippingCountry: null }).holds).toBe(false)
  })
})

describe('firstOrder', () => {
  it('holds with no earlier order, fails with one, and for a visitor', () => {
    expect(firstOrder(false)).toMatchObject({ holds: true, why: "the customer's first order" })
    expect(firstOrder(true)).toMatchObject({ holds: false, why: 'the customer has ordered before' })
    expect(firstOrder(null)).toMatchObject({ holds: false, why: 'a visitor has no order history' })
  })
})

describe('stockAbove', () => {
  it('names the lines whose product has more than N available', () => {
    expect(stockAbove({ quantity: 100 }, cart, new Map([['1', 150_000n], ['2', 100_000n]]))).toMatchObject({ holds: true, lines: [0] })
  })
  it('is unavailable without the inventory plugin and never matches', () => {
    expect(stockAbove({ quantity: 0 }, cart, null)).toEqual({ holds: false, unavailable: true, why: 'unavailable: no inventory plugin is installed' })
  })
})
