import { describe, expect, it } from 'vitest'

import { placeCategory, repathDescendants, slugify } from '../../../collections/catalog/rules/category-tree'

describe('slugify', () => {
  it('makes URL segments from titles in any of our locales', () => {
    expect(slugify('Power tools')).toBe('power-tools')
    expect(slugify('Schrauben & Dübel')).toBe('schrauben-duebel')
    expect(slugify('  Größe / Maße  ')).toBe('groesse-masse')
    expect(slugify('Élément 12')).toBe('element-12')
    expect(slugify('***')).toBe('')
  })
})

describe('placeCategory', () => {
  const tools = { id: 1, ancestors: [], path: 'tools' }
  const power = { id: 2, ancestors: [1], path: 'tools/power-tools' }

  it('places a root and a child under its parent', () => {
    expect(placeCategory({ slug: 'tools' }, null)).toEqual({ ok: true, placement: { ancestors: [], path: 'tools', level: 0 } })
    expect(placeCategory({ id: 3, slug: 'drills' }, power)).toEqual({
      ok: true,
      placement: { ancestors: [1, 2], path: 'tools/power-tools/drills', level: 2 },
    })
  })

  it('refuses the category itself and its descendants as parent', () => {
    expect(placeCategory({ id: 1, slug: 'tools' }, tools)).toEqual({ ok: false, message: 'A category cannot be its own parent' })
    expect(placeCategory({ id: 1, slug: 'tools' }, power)).toEqual({
      ok: false,
      message: 'A category cannot move under its own descendant "tools/power-tools"',
    })
    // ids may arrive as strings from a URL and as numbers from the database
    expect(placeCategory({ id: '1', slug: 'tools' }, power)).toMatchObject({ ok: false })
  })
})

describe('repathDescendants', () => {
  it('moves a whole branch: each descendant keeps its part below the moved category', () => {
    // Tools(1) > Power tools(2) > Drills(3) > Hammer drills(4) moves under Workshop(9) > Machines(10).
    const moved = { id: 2, before: { path: 'tools/power-tools' }, after: { ancestors: [9, 10], path: 'workshop/machines/power-tools', level: 2 } }
    expect(
      repathDescendants(moved, [
        { id: 3, ancestors: [1, 2], path: 'tools/power-tools/drills' },
        { id: 4, ancestors: [1, 2, 3], path: 'tools/power-tools/drills/hammer-drills' },
      ]),
    ).toEqual([
      { id: 3, ancestors: [9, 10, 2], path: 'workshop/machines/power-tools/drills', level: 3 },
      { id: 4, ancestors: [9, 10, 2, 3], path: 'workshop/machines/power-tools/drills/hammer-drills', level: 4 },
    ])
  })

  it('follows a renamed slug and a move to the top level', () => {
    const moved = { id: 2, before: { path: 'tools/power-tools' }, after: { ancestors: [], path: 'electric', level: 0 } }
    expect(repathDescendants(moved, [{ id: 3, ancestors: [1, 2], path: 'tools/power-tools/drills' }])).toEqual([
      { id: 3, ancestors: [2], path: 'electric/drills', level: 1 },
    ])
  })

  it('refuses a category that is not below the moved one', () => {
    const moved = { id: 2, before: { path: 'tools/power-tools' }, after: { ancestors: [], path: 'electric', level: 0 } }
    expect(() => repathDescendants(moved, [{ id: 5, ancestors: [1], path: 'tools/hand-tools' }])).toThrow(/not below/)
  })
})
