import { describe, expect, it } from 'vitest'

import { chainFor, chainKey, chainScopes, explainChain, scopeKey, type Assignment, type PricingWorld } from '../../rules/chain'

// Lists: 1 config default, 2 website, 3 group, 4 customer, 5 inactive (assigned to the website).
const assignment = (priceList: number, sortOrder: number, at: Partial<Assignment> = {}): Assignment => ({
  priceList,
  website: 1,
  customerGroup: null,
  customer: null,
  sortOrder,
  mergeAllowed: true,
  ...at,
})
const world = (changes: Partial<PricingWorld> = {}): PricingWorld => ({
  assignments: [assignment(2, 10), assignment(5, 5), assignment(3, 1, { customerGroup: 7 }), assignment(4, 1, { customer: 9, mergeAllowed: false })],
  activeLists: new Set(['1', '2', '3', '4']),
  defaultLists: [{ priceList: 1, mergeAllowed: true }],
  websites: new Map([['1', 'config']]),
  groups: new Map([['7', 'website']]),
  customers: new Map([
    ['9', { group: 7, fallback: 'customerGroup' }],
    ['10', { group: null, fallback: 'customerGroup' }],
  ]),
  ...changes,
})
const lists = (w: PricingWorld, customer: number | null, customerGroup: number | null = null) =>
  chainFor(w, { website: 1, customerGroup, customer }).map((link) => link.priceList)

describe('chainFor: customer → group → website → configuration', () => {
  it('walks every level in order and skips the inactive list', () => {
    expect(lists(world(), 9)).toEqual([4, 3, 2, 1])
  })

  it('sends a customer without a group to the website', () => {
    expect(lists(world(), 10)).toEqual([2, 1])
  })

  it('stops at each level whose fallback says "current … only"', () => {
    expect(lists(world({ customers: new Map([['9', { group: 7, fallback: 'currentCustomerOnly' }]]) }), 9)).toEqual([4])
    expect(lists(world({ groups: new Map([['7', 'currentGroupOnly']]) }), 9)).toEqual([4, 3])
    expect(lists(world({ websites: new Map([['1', 'currentWebsiteOnly']]) }), 9)).toEqual([4, 3, 2])
  })

  it('orders a level’s lists by sortOrder ascending and keeps a list met twice where it was first met', () => {
    const w = world({ assignments: [assignment(2, 20), assignment(3, 10), assignment(1, 30)] })
    expect(lists(w, null)).toEqual([3, 2, 1])
  })

  it('keeps each link’s merge flag', () => {
    expect(chainFor(world(), { website: 1, customerGroup: null, customer: 9 })[0]).toEqual({ priceList: 4, mergeAllowed: false })
  })
})

describe('chainScopes: who needs a chain of their own', () => {
  it('the website, a group or customer with own lists, and a stopping fallback without lists', () => {
    const w = world({ groups: new Map([['7', 'website'], ['8', 'currentGroupOnly'], ['6', 'website']]) })
    expect(chainScopes(w).map(scopeKey)).toEqual(['w:1', 'g:1:7', 'g:1:8', 'c:1:9'])
  })
})

describe('chainKey: equal keys, equal prices', () => {
  const links = [
    { priceList: 3, mergeAllowed: true },
    { priceList: 2, mergeAllowed: false },
  ]
  it('merge by priority depends on order and merge flags', () => {
    expect(chainKey('mergeByPriority', links)).toBe('merge:3,2!')
    expect(chainKey('mergeByPriority', [...links].reverse())).toBe('merge:2!,3')
  })
  it('minimal prices only on which lists take part', () => {
    expect(chainKey('minimalPrices', links)).toBe(chainKey('minimalPrices', [...links].reverse()))
  })
})

describe('explainChain: the same chain with the level each list comes from (the admin’s effective lists)', () => {
  it('names the customer, group, website and configuration levels in chain order, with merge flags', () => {
    expect(explainChain(world(), { website: 1, customerGroup: null, customer: 9 })).toEqual([
      { priceList: 4, mergeAllowed: false, level: 'customer' },
      { priceList: 3, mergeAllowed: true, level: 'group' },
      { priceList: 2, mergeAllowed: true, level: 'website' },
      { priceList: 1, mergeAllowed: true, level: 'config' },
    ])
  })

  it('keeps a list met twice where first met: the group’s list 2 is not repeated at the website level', () => {
    const twice = world({ assignments: [...world().assignments, assignment(2, 2, { customerGroup: 7 })] })
    expect(explainChain(twice, { website: 1, customerGroup: 7, customer: null }).map((link) => [link.priceList, link.level])).toEqual([
      [3, 'group'],
      [2, 'group'],
      [1, 'config'],
    ])
  })

  it('is chainFor with levels', () => {
    const scope = { website: 1, customerGroup: null, customer: 9 }
    expect(explainChain(world(), scope).map(({ priceList, mergeAllowed }) => ({ priceList, mergeAllowed }))).toEqual(chainFor(world(), scope))
  })
})
