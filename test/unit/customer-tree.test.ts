import { describe, expect, it } from 'vitest'

import { descendantsOf, wouldCreateCycle, type ParentLink } from '../../collections/customers/rules/customer-tree'

// Northwind (1) ─┬─ East (2) ── East Boston (4)
//                └─ West (3)
// Contoso (5) on its own.
const links: ParentLink[] = [
  { id: 1, parent: null },
  { id: 2, parent: 1 },
  { id: 3, parent: 1 },
  { id: 4, parent: 2 },
  { id: 5, parent: null },
]

describe('wouldCreateCycle refuses a parent that would loop the hierarchy', () => {
  it('allows no parent and an unrelated or higher company as parent', () => {
    expect(wouldCreateCycle(2, null, links)).toBe(false)
    expect(wouldCreateCycle(2, 5, links)).toBe(false)
    expect(wouldCreateCycle(4, 1, links)).toBe(false)
    expect(wouldCreateCycle(5, 4, links)).toBe(false)
  })

  it('refuses the company itself as its parent', () => {
    expect(wouldCreateCycle(3, 3, links)).toBe(true)
  })

  it('refuses a child or a grandchild as parent', () => {
    expect(wouldCreateCycle(1, 2, links)).toBe(true)
    expect(wouldCreateCycle(1, 4, links)).toBe(true)
    expect(wouldCreateCycle(2, 4, links)).toBe(true)
  })

  it('compares ids as text, so "2" and 2 are the same company', () => {
    expect(wouldCreateCycle('1', 4, links)).toBe(true)
  })

  it('stops on a loop already in the data instead of spinning', () => {
    const broken: ParentLink[] = [
      { id: 7, parent: 8 },
      { id: 8, parent: 7 },
    ]
    expect(wouldCreateCycle(9, 7, broken)).toBe(false)
    expect(wouldCreateCycle(8, 7, broken)).toBe(true)
  })
})

describe('descendantsOf lists the companies below, nearest first', () => {
  it('finds children and grandchildren, without the root', () => {
    expect(descendantsOf([1], links)).toEqual([2, 3, 4])
    expect(descendantsOf([2], links)).toEqual([4])
  })

  it('gives nothing below a leaf or a stand-alone company', () => {
    expect(descendantsOf([4], links)).toEqual([])
    expect(descendantsOf([5], links)).toEqual([])
  })

  it('merges several roots without repeating a company', () => {
    expect(descendantsOf([2, 1], links)).toEqual([4, 3])
  })

  it('survives a loop in the data', () => {
    expect(descendantsOf([7], [{ id: 7, parent: 8 }, { id: 8, parent: 7 }])).toEqual([8])
  })
})
