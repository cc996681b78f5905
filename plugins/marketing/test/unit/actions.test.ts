import { describe, expect, it } from 'vitest'

import { buyXGetY, fixedPrice, lineFixed, linePercent, orderFixed, orderPercent, shippingDiscount } from '../../rules/actions'
import { percentOf, share } from '../../rules/amounts'
import { all, cartOf } from './cart'

describe('percentOf rounds half-up to the minor unit', () => {
  it('takes 15 % of 19.99: 2.9985 → 3.00', () => expect(percentOf(1999n, '15')).toBe(300n))
  it('takes 12.5 % of 0.04: 0.005 → 0.01', () => expect(percentOf(4n, '12.5')).toBe(1n))
  it('refuses more than 100 %', () => expect(() => percentOf(100n, '100.01')).toThrow(/between 0 and 100/))
  it('shares 10.00 for 1 unit of 3: 3.333… → 3.33', () => expect(share(1000n, 1000n, 3000n)).toBe(333n))
})

describe('orderPercent', () => {
  it('takes 10 % of the goods left: 123.45 → 12.35 (12.345 half-up)', () => {
    expect(orderPercent({ percent: '10' }, cartOf([['A', 12345, 1]]))).toEqual([{ target: 'order', amount: 1235n }])
  })
  it("reproduces Vendure's '50% off order' (order-calculator.spec): 1.00 → 0.50 off", () => {
    expect(orderPercent({ percent: '50' }, cartOf([['A', 100, 1]]))).toEqual([{ target: 'order', amount: 50n }])
  })
  it('works on what earlier promotions left', () => {
    const cart = cartOf([['A', 10000, 1]])
    cart.lines[0].left = 6000n
    expect(orderPercent({ percent: '10' }, cart)).toEqual([{ target: 'order', amount: 600n }])
  })
})

describe('orderFixed', () => {
  it('is capped at the goods: 50.00 off a 30.00 cart takes 30.00', () => {
    expect(orderFixed({ amount: 5000 }, cartOf([['A', 1000, 3]]))).toEqual([{ target: 'order', amount: 3000n }])
  })
})

describe('linePercent', () => {
  it('takes 20 % of each eligible line only', () => {
    const cart = cartOf([['A', 1999, 3], ['B', 500, 1]])
    expect(linePercent({ percent: '20' }, cart, [0])).toEqual([{ target: 'line', line: 0, amount: 1199n }]) // 59.97 × 20 % = 11.994
  })
  it('discounts at most maxQuantity units: 10 % of 2 of 5 units at 3.00 = 0.60', () => {
    expect(linePercent({ percent: '10', maxQuantity: 2 }, cartOf([['A', 300, 5]]), [0])).toEqual([{ target: 'line', line: 0, amount: 60n }])
  })
})

describe('lineFixed', () => {
  it('takes 0.50 per unit: 3 units → 1.50', () => {
    expect(lineFixed({ amount: 50, per: 'item' }, cartOf([['A', 300, 3]]), [0])).toEqual([{ target: 'line', line: 0, amount: 150n }])
  })
  it('per unit on 2.5 kg: 0.50 × 2.5 = 1.25', () => {
    expect(lineFixed({ amount: 50 }, cartOf([['A', 300, 2.5]]), [0])).toEqual([{ target: 'line', line: 0, amount: 125n }])
  })
  it('once per line, never below zero: 5.00 off a 3.00 line takes 3.00', () => {
    expect(lineFixed({ amount: 500, per: 'line' }, cartOf([['A', 300, 1]]), [0])).toEqual([{ target: 'line', line: 0, amount: 300n }])
  })
  it('per unit with a maximum quantity: 1.00 off at most 2 of 5 units', () => {
    expect(lineFixed({ amount: 100, maxQuantity: 2 }, cartOf([['A', 300, 5]]), all(cartOf([['A', 300, 5]])))).toEqual([{ target: 'line', line: 0, amount: 200n }])
  })
})

describe('fixedPrice', () => {
  it('sells at 2.4999 per unit: 7 × 3.00 = 21.00 becomes 17.50 (17.4993 half-up), 3.50 off', () => {
    expect(fixedPrice({ price: '2.4999' }, cartOf([['A', 300, 7]]), [0])).toEqual([{ target: 'line', line: 0, amount: 350n }])
  })
  it('leaves a line already cheaper alone', () => {
    expect(fixedPrice({ price: '5' }, cartOf([['A', 300, 7]]), [0])).toEqual([])
  })
})

describe('buyXGetY', () => {
  const screws = cartOf([['SCR', 35, 22]])
  it('buy 10 get 1 free, repeating: 22 screws at 0.35 → 2 free, 0.70 off', () => {
    expect(buyXGetY({ buy: 10, get: 1, percent: '100' }, screws, [0])).toEqual([{ target: 'line', line: 0, amount: 70n }])
  })
  it('once only: 22 screws → 1 free, 0.35 off', () => {
    expect(buyXGetY({ buy: 10, get: 1, percent: '100', repeat: false }, screws, [0])).toEqual([{ target: 'line', line: 0, amount: 35n }])
  })
  it('needs a full group: 10 screws get nothing', () => {
    expect(buyXGetY({ buy: 10, get: 1 }, cartOf([['SCR', 35, 10]]), [0])).toEqual([])
  })
  const mixed = cartOf([['CHEAP', 100, 2], ['DEAR', 900, 1]])
  it('rewards the cheapest unit by default: buy 2 get 1 at 50 % → 0.50 off the 1.00 unit', () => {
    expect(buyXGetY({ buy: 2, get: 1, percent: '50' }, mixed, all(mixed))).toEqual([{ target: 'line', line: 0, amount: 50n }])
  })
  it('or the most expensive: 4.50 off the 9.00 unit', () => {
    expect(buyXGetY({ buy: 2, get: 1, percent: '50', reward: 'mostExpensive' }, mixed, all(mixed))).toEqual([{ target: 'line', line: 1, amount: 450n }])
  })
})

describe('shipping actions', () => {
  it('free shipping is 100 % of it, settled by the core once shipping is priced', () => {
    expect(shippingDiscount({}, true)).toEqual([{ target: 'shipping', percent: '100' }])
    expect(shippingDiscount({ amount: 250 }, false)).toEqual([{ target: 'shipping', amount: 250n }])
    expect(shippingDiscount({ percent: '25' }, false)).toEqual([{ target: 'shipping', percent: '25' }])
  })
})
