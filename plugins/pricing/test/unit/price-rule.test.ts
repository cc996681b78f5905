import { describe, expect, it } from 'vitest'

import { applyFormula, matchesCondition, ruleCycle } from '../../rules/price-rule'

describe('applyFormula: source × multiply + add, rounded half-up to the precision', () => {
  it('takes 10 % off 12.49 at 2 decimals: 11.241 → 11.24', () => {
    expect(applyFormula(124_900n, { multiply: '0.9', add: '0', precision: 2 })).toBe(112_400n)
  })
  it('rounds half-up: 12.45 × 0.9 = 11.205 → 11.21; at 0 decimals 11.5 → 12', () => {
    expect(applyFormula(124_500n, { multiply: '0.9', add: '0', precision: 2 })).toBe(112_100n)
    expect(applyFormula(115_000n, { multiply: '1', add: '0', precision: 0 })).toBe(120_000n)
  })
  it('adds after multiplying: 20.00 × 1.1 + 5 = 27.00; keeps 4 decimals when asked (1.01 × 0.333 = 0.33633 → 0.3363)', () => {
    expect(applyFormula(200_000n, { multiply: '1.1', add: '5', precision: 2 })).toBe(270_000n)
    expect(applyFormula(10_100n, { multiply: '0.333', add: '0', precision: 4 })).toBe(3_363n)
  })
  it('gives no price when the result is negative (2.00 − 5)', () => {
    expect(applyFormula(20_000n, { multiply: '1', add: '-5', precision: 2 })).toBeNull()
  })
})

describe('matchesCondition: every given criterion, any of its values', () => {
  const screw = { sku: 'SCR-M4-20', brand: 1, family: 7, categoryPaths: ['fasteners/screws'] }
  it('selects a category’s whole subtree, not a sibling that shares a prefix', () => {
    expect(matchesCondition(screw, { categoryPaths: ['fasteners'], brands: [], families: [], skus: [] })).toBe(true)
    expect(matchesCondition({ ...screw, categoryPaths: ['fasteners-extra'] }, { categoryPaths: ['fasteners'], brands: [], families: [], skus: [] })).toBe(false)
  })
  it('needs brand, family and SKU to hold together when given', () => {
    expect(matchesCondition(screw, { categoryPaths: [], brands: [1, 2], families: [7], skus: [' scr-m4-20 '] })).toBe(true)
    expect(matchesCondition(screw, { categoryPaths: [], brands: [2], families: [7], skus: [] })).toBe(false)
  })
  it('selects everything without criteria', () => {
    expect(matchesCondition(screw, { categoryPaths: [], brands: [], families: [], skus: [] })).toBe(true)
  })
})

describe('matchesCondition on attribute values (code:value keys, as the catalog stores them)', () => {
  const screw = { sku: 'SCR-M6-40', brand: null, family: 7, categoryPaths: [], attributeKeys: ['thread-size:m6', 'length:40', 'material:steel-zinc'] }
  const only = (attributeValues: string[]) => ({ categoryPaths: [], brands: [], families: [], skus: [], attributeValues })
  it('takes any value of one attribute: an M6 screw matches thread-size m4 or m6, not m4 alone', () => {
    expect(matchesCondition(screw, only(['thread-size:m4', 'thread-size:m6']))).toBe(true)
    expect(matchesCondition(screw, only(['thread-size:m4']))).toBe(false)
  })
  it('needs every attribute named: m6 and stainless fails on a zinc-plated screw, m6 and zinc holds', () => {
    expect(matchesCondition(screw, only(['thread-size:m6', 'material:stainless']))).toBe(false)
    expect(matchesCondition(screw, only(['thread-size:m6', 'material:steel-zinc']))).toBe(true)
  })
  it('excludes a product without attribute values, and holds together with the other criteria', () => {
    expect(matchesCondition({ ...screw, attributeKeys: undefined }, only(['length:40']))).toBe(false)
    expect(matchesCondition(screw, { ...only(['length:40']), families: [8] })).toBe(false)
  })
  it('does not confuse attributes whose value looks like another’s: length:6 is not thread-size:m6', () => {
    expect(matchesCondition({ ...screw, attributeKeys: ['length:6'] }, only(['thread-size:6']))).toBe(false)
  })
})

describe('ruleCycle: a rule may not depend on its own list', () => {
  const sources = new Map<string, string | null>([
    ['1', null],
    ['2', '1'],
    ['3', '2'],
  ])
  it('refuses a list reading itself, and a list reading one that reads it (1 → 3 → 2 → 1)', () => {
    expect(ruleCycle(sources, 2, 2)).toEqual(['2', '2'])
    expect(ruleCycle(sources, 1, 3)).toEqual(['1', '3', '2', '1'])
  })
  it('allows a chain without a loop, and no source at all', () => {
    expect(ruleCycle(sources, 4, 3)).toBeNull()
    expect(ruleCycle(sources, 1, null)).toBeNull()
  })
})
