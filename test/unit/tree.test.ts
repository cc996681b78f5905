import { describe, expect, it } from 'vitest'

import { ancestorsOf, descendantsOf, rootOf, wouldCreateCycle } from '../../src/kit/tree'

/**
 *        1 HQ               10 Other root
 *       /    \
 *   2 East   3 West
 *     |
 *   4 East-North
 *     |
 *   5 East-North-Depot
 */
const units = [
  { id: 1, parent: null },
  { id: 2, parent: 1 },
  { id: 3, parent: 1 },
  { id: 4, parent: 2 },
  { id: 5, parent: 4 },
  { id: 10 },
]

describe('ancestorsOf', () => {
  it('lists the parents up to the root, nearest first', () => {
    expect(ancestorsOf(units, 5)).toEqual([4, 2, 1])
  })

  it('is empty for a root and for an unknown id', () => {
    expect(ancestorsOf(units, 1)).toEqual([])
    expect(ancestorsOf(units, 99)).toEqual([])
  })

  it('matches ids given as strings', () => {
    expect(ancestorsOf(units, '4')).toEqual([2, 1])
  })

  it('stops instead of looping when stored data already holds a cycle', () => {
    const broken = [
      { id: 1, parent: 2 },
      { id: 2, parent: 1 },
    ]
    expect(ancestorsOf(broken, 1)).toEqual([2])
  })
})

describe('descendantsOf', () => {
  it('lists every node below, breadth first, without the node itself', () => {
    expect(descendantsOf(units, 1)).toEqual([2, 3, 4, 5])
    expect(descendantsOf(units, 2)).toEqual([4, 5])
  })

  it('is empty for a leaf and for a root without children', () => {
    expect(descendantsOf(units, 5)).toEqual([])
    expect(descendantsOf(units, 10)).toEqual([])
  })

  it('terminates on a stored cycle', () => {
    const broken = [
      { id: 1, parent: 2 },
      { id: 2, parent: 1 },
    ]
    expect(descendantsOf(broken, 1)).toEqual([2])
  })
})

describe('rootOf', () => {
  it('climbs to the top of the branch', () => {
    expect(rootOf(units, 5)).toBe(1)
    expect(rootOf(units, 3)).toBe(1)
  })

  it('is the node itself when it has no parent', () => {
    expect(rootOf(units, 10)).toBe(10)
  })
})

describe('wouldCreateCycle', () => {
  it('rejects a node as its own parent, also when the ids differ in type', () => {
    expect(wouldCreateCycle(units, 2, 2)).toBe(true)
    expect(wouldCreateCycle(units, 2, '2')).toBe(true)
  })

  it('rejects moving a node under its own descendant, however deep', () => {
    expect(wouldCreateCycle(units, 2, 4)).toBe(true)
    expect(wouldCreateCycle(units, 1, 5)).toBe(true)
  })

  it('allows moving a node under a sibling, a cousin or another root', () => {
    expect(wouldCreateCycle(units, 4, 3)).toBe(false)
    expect(wouldCreateCycle(units, 3, 5)).toBe(false)
    expect(wouldCreateCycle(units, 2, 10)).toBe(false)
  })

  it('allows clearing the parent and never flags a new node', () => {
    expect(wouldCreateCycle(units, 4, null)).toBe(false)
    expect(wouldCreateCycle(units, undefined, 4)).toBe(false)
  })
})
