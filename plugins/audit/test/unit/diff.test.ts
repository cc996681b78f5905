import { describe, expect, it } from 'vitest'

import { diffDocuments, jsonEqual, type Shape } from '../../rules/diff'

/** A product-like collection: scalars, a date, a group, a relationship, an array of rows with a relationship. */
const product: Shape = {
  sku: { kind: 'value' },
  name: { kind: 'value' },
  status: { kind: 'value' },
  availableFrom: { kind: 'date' },
  category: { kind: 'relationship' },
  tags: { kind: 'relationship' },
  dimensions: { kind: 'group', fields: { width: { kind: 'value' }, height: { kind: 'value' } } },
  basePrices: { kind: 'array', fields: { currency: { kind: 'relationship' }, amount: { kind: 'value' } } },
  description: { kind: 'value' },
  searchVector: { kind: 'ignored' },
}

const screw = {
  id: 7,
  sku: 'SCREW',
  name: 'Screw',
  status: 'active',
  availableFrom: '2026-01-05T10:00:00.000Z',
  category: 3,
  tags: [1, 2],
  dimensions: { width: 4, height: 30 },
  basePrices: [
    { id: 'row-usd', currency: 1, amount: 101 },
    { id: 'row-kwd', currency: 2, amount: 35 },
  ],
  description: null,
  searchVector: 'screw',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

const update = (changes: Record<string, unknown>) => ({ ...screw, updatedAt: '2026-02-01T00:00:00.000Z', ...changes })

describe('diffDocuments on update', () => {
  it('records only the fields that changed, with their values before and after', () => {
    expect(diffDocuments(screw, update({ name: 'Wood screw', status: 'archived' }), product)).toEqual([
      { path: 'name', before: 'Screw', after: 'Wood screw' },
      { path: 'status', before: 'active', after: 'archived' },
    ])
  })

  it('records nothing when only the timestamps moved', () => {
    expect(diffDocuments(screw, update({}), product)).toEqual([])
  })

  it('names nested group fields by their dotted path', () => {
    expect(diffDocuments(screw, update({ dimensions: { width: 5, height: 30 } }), product)).toEqual([
      { path: 'dimensions.width', before: 4, after: 5 },
    ])
  })

  it('records every value of a group that was cleared', () => {
    expect(diffDocuments(screw, update({ dimensions: null }), product)).toEqual([
      { path: 'dimensions.width', before: 4, after: null },
      { path: 'dimensions.height', before: 30, after: null },
    ])
  })
})

describe('relationships compare by id, however deeply populated', () => {
  const populated = update({
    category: { id: 3, name: 'Fasteners', createdAt: '2025-01-01T00:00:00.000Z' },
    tags: [{ id: 1, label: 'steel' }, 2],
    basePrices: [
      { id: 'row-usd', currency: { id: 1, code: 'USD', minorDigits: 2 }, amount: 101 },
      { id: 'row-kwd', currency: { id: 2, code: 'KWD', minorDigits: 3 }, amount: 35 },
    ],
  })

  it('sees no change between the stored ids and the same documents populated', () => {
    expect(diffDocuments(screw, populated, product)).toEqual([])
  })

  it('records a changed relationship as ids, not documents', () => {
    expect(diffDocuments(screw, { ...populated, category: { id: 4, name: 'Tools' }, tags: [{ id: 1 }] }, product)).toEqual([
      { path: 'category', before: 3, after: 4 },
      { path: 'tags', before: [1, 2], after: [1] },
    ])
  })

  it('keeps the collection of a polymorphic relationship', () => {
    const shape: Shape = { subject: { kind: 'relationship' } }
    const before = { subject: { relationTo: 'customers', value: 5 } }
    const after = { subject: { relationTo: 'orders', value: { id: 5, orderNumber: 'BO-1' } } }
    expect(diffDocuments(before, { subject: { relationTo: 'customers', value: { id: 5 } } }, shape)).toEqual([])
    expect(diffDocuments(before, after, shape)).toEqual([
      { path: 'subject', before: { relationTo: 'customers', value: 5 }, after: { relationTo: 'orders', value: 5 } },
    ])
  })
})

describe('array rows match by position and row id', () => {
  it('records an edit in place by the row index: basePrices.1.amount', () => {
    const after = update({ basePrices: [screw.basePrices[0], { ...screw.basePrices[1], amount: 40 }] })
    expect(diffDocuments(screw, after, product)).toEqual([{ path: 'basePrices.1.amount', before: 35, after: 40 }])
  })

  it('records an added row whole, its relationships as ids', () => {
    const after = update({ basePrices: [...screw.basePrices, { id: 'row-eur', currency: { id: 9, code: 'EUR' }, amount: 95 }] })
    expect(diffDocuments(screw, after, product)).toEqual([
      { path: 'basePrices.2', before: null, after: { id: 'row-eur', currency: 9, amount: 95 } },
    ])
  })

  it('records a removed row whole, and the rows that moved up as whole rows too', () => {
    const after = update({ basePrices: [screw.basePrices[1]] })
    expect(diffDocuments(screw, after, product)).toEqual([
      { path: 'basePrices.0', before: { id: 'row-usd', currency: 1, amount: 101 }, after: { id: 'row-kwd', currency: 2, amount: 35 } },
      { path: 'basePrices.1', before: { id: 'row-kwd', currency: 2, amount: 35 }, after: null },
    ])
  })

  it('treats rows without ids (not saved yet) as the same row at the same position', () => {
    const before = { basePrices: [{ currency: 1, amount: 101 }] }
    const after = { basePrices: [{ currency: 1, amount: 99 }] }
    expect(diffDocuments(before, after, product)).toEqual([{ path: 'basePrices.0.amount', before: 101, after: 99 }])
  })

  it('records a block whose type changed as a whole row, each side with its own fields', () => {
    const shape: Shape = {
      layout: {
        kind: 'blocks',
        blocks: { text: { body: { kind: 'value' } }, image: { media: { kind: 'relationship' } } },
      },
    }
    const before = { layout: [{ id: 'b1', blockType: 'text', body: 'Hello' }] }
    const after = { layout: [{ id: 'b1', blockType: 'image', media: { id: 12, filename: 'a.png' } }] }
    expect(diffDocuments(before, after, shape)).toEqual([
      { path: 'layout.0', before: { id: 'b1', blockType: 'text', body: 'Hello' }, after: { id: 'b1', blockType: 'image', media: 12 } },
    ])
    expect(diffDocuments(before, { layout: [{ id: 'b1', blockType: 'text', body: 'Bye' }] }, shape)).toEqual([
      { path: 'layout.0.body', before: 'Hello', after: 'Bye' },
    ])
  })
})

describe('values compare sensibly', () => {
  it('compares dates by instant and records them as ISO strings', () => {
    expect(diffDocuments(screw, update({ availableFrom: '2026-01-05T10:00:00Z' }), product)).toEqual([])
    expect(diffDocuments(screw, update({ availableFrom: new Date('2026-01-05T10:00:00.000Z') }), product)).toEqual([])
    expect(diffDocuments(screw, update({ availableFrom: new Date(Date.UTC(2026, 0, 6, 9, 30)) }), product)).toEqual([
      { path: 'availableFrom', before: '2026-01-05T10:00:00.000Z', after: '2026-01-06T09:30:00.000Z' },
    ])
  })

  it('treats undefined, null and the empty string as the same "no value"', () => {
    expect(diffDocuments(screw, update({ description: '' }), product)).toEqual([])
    expect(diffDocuments({ ...screw, description: undefined }, update({ description: null }), product)).toEqual([])
    expect(diffDocuments(screw, update({ description: 'M4 × 30' }), product)).toEqual([
      { path: 'description', before: null, after: 'M4 × 30' },
    ])
  })

  it('treats an empty list like no value (hasMany relationships and values)', () => {
    expect(diffDocuments({ ...screw, tags: null }, update({ tags: [] }), product)).toEqual([])
    expect(diffDocuments(null, { sku: 'NUT', tags: [] }, product)).toEqual([{ path: 'sku', before: null, after: 'NUT' }])
    expect(diffDocuments(screw, update({ tags: [] }), product)).toEqual([{ path: 'tags', before: [1, 2], after: null }])
  })

  it('compares json values whole, ignoring key order', () => {
    const shape: Shape = { settings: { kind: 'value' } }
    expect(diffDocuments({ settings: { a: 1, b: { c: [1, 2] } } }, { settings: { b: { c: [1, 2] }, a: 1 } }, shape)).toEqual([])
    expect(diffDocuments({ settings: { a: 1, b: { c: [1, 2] } } }, { settings: { a: 1, b: { c: [2, 1] } } }, shape)).toEqual([
      { path: 'settings', before: { a: 1, b: { c: [1, 2] } }, after: { a: 1, b: { c: [2, 1] } } },
    ])
  })

  it('does not count a field missing from the saved document (not selected, not readable) as cleared', () => {
    const { name: _name, dimensions: _dimensions, ...partial } = update({ status: 'draft' })
    expect(diffDocuments(screw, partial, product)).toEqual([{ path: 'status', before: 'active', after: 'draft' }])
  })

  it('compares only the fields the shape names, not keys Payload adds (an auth document’s `collection`)', () => {
    expect(diffDocuments(null, { email: 'a@b.c', collection: 'users' }, { email: { kind: 'value' } })).toEqual([
      { path: 'email', before: null, after: 'a@b.c' },
    ])
  })
})

describe('fields that are never recorded', () => {
  const user: Shape = {
    email: { kind: 'value' },
    hash: { kind: 'value' },
    apiKey: { kind: 'value' },
    profile: { kind: 'group', fields: { password: { kind: 'value' }, nickname: { kind: 'value' } } },
    basePrices: product.basePrices,
  }
  const exclude = ['hash', 'apiKey', 'password', 'basePrices.amount']
  const before = { email: 'a@b.c', hash: 'h1', apiKey: 'k1', profile: { password: 'p1', nickname: 'al' }, basePrices: [] }

  it('leaves out excluded names at any depth, and excluded paths', () => {
    const after = { email: 'a@b.c', hash: 'h2', apiKey: 'k2', profile: { password: 'p2', nickname: 'al' }, basePrices: [] }
    expect(diffDocuments(before, after, user, { exclude })).toEqual([])
  })

  it('leaves them out of whole rows and of created documents too', () => {
    const after = { ...before, basePrices: [{ id: 'r1', currency: 1, amount: 100 }] }
    expect(diffDocuments(before, after, user, { exclude })).toEqual([{ path: 'basePrices.0', before: null, after: { id: 'r1', currency: 1 } }])
    expect(diffDocuments(null, before, user, { exclude })).toEqual([
      { path: 'email', before: null, after: 'a@b.c' },
      { path: 'profile.nickname', before: null, after: 'al' },
    ])
  })

  it('never records ignored (hidden, virtual, join) fields', () => {
    expect(diffDocuments(screw, update({ searchVector: 'bolt' }), product)).toEqual([])
  })
})

describe('created and deleted documents', () => {
  const small = { id: 1, name: 'Acme', code: null, parent: { id: 2, name: 'Acme Holding' }, createdAt: 'x', updatedAt: 'x' }
  const customer: Shape = { name: { kind: 'value' }, code: { kind: 'value' }, parent: { kind: 'relationship' } }

  it('records every field with a value of a created document, in field order, without id and timestamps', () => {
    expect(diffDocuments(null, small, customer)).toEqual([
      { path: 'name', before: null, after: 'Acme' },
      { path: 'parent', before: null, after: 2 },
    ])
  })

  it('records every field with a value of a deleted document as gone', () => {
    expect(diffDocuments(small, null, customer)).toEqual([
      { path: 'name', before: 'Acme', after: null },
      { path: 'parent', before: 2, after: null },
    ])
  })

  it('records the rows of a created document one by one', () => {
    expect(diffDocuments(null, { sku: 'NUT', basePrices: [{ id: 'r1', currency: { id: 1 }, amount: 5 }] }, product)).toEqual([
      { path: 'sku', before: null, after: 'NUT' },
      { path: 'basePrices.0', before: null, after: { id: 'r1', currency: 1, amount: 5 } },
    ])
  })
})

describe('jsonEqual', () => {
  it('is deep, order-insensitive for object keys and order-sensitive for arrays', () => {
    expect(jsonEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true)
    expect(jsonEqual([1, 2], [2, 1])).toBe(false)
    expect(jsonEqual({ a: null }, {})).toBe(false)
    expect(jsonEqual(1, '1')).toBe(false)
  })
})
