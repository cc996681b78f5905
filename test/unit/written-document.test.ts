/**
 * The stored shape of a written document (src/kit/written-document.ts), worked against what the PostgreSQL adapter's
 * read transform gives for each column kind (@payloadcms/drizzle transform/read/traverseFields).
 */
import { describe, expect, it } from 'vitest'

import { differingPaths, storedShape, writtenDocumentSupport, type StoredField } from '../../src/kit/written-document'

const numericIds = () => 'number' as const

const address: StoredField = { name: 'address', type: 'group', flattenedFields: [{ name: 'city', type: 'text' }, { name: 'country', type: 'select' }] }
const lines: StoredField = {
  name: 'lines',
  type: 'array',
  flattenedFields: [
    { name: 'product', type: 'relationship', relationTo: 'products' },
    { name: 'quantity', type: 'number' },
    { name: 'unitPrice', type: 'text' },
  ],
}
const fields: StoredField[] = [
  { name: 'orderNumber', type: 'text' },
  { name: 'customer', type: 'relationship', relationTo: 'customers' },
  { name: 'grandTotal', type: 'number' },
  { name: 'pricesIncludeTax', type: 'checkbox' },
  { name: 'placedAt', type: 'date' },
  { name: 'claims', type: 'json' },
  { name: 'coupons', type: 'text', hasMany: true },
  { name: 'payments', type: 'join' },
  { name: 'summary', type: 'text', virtual: true },
  address,
  lines,
]

describe('the stored shape of a written document', () => {
  it('reads back each value as its column returns it, and a value never written as null', () => {
    const shaped = storedShape(
      fields,
      {
        orderNumber: 'BO-1',
        customer: '20',
        grandTotal: '13302',
        placedAt: '2026-11-25T10:00:00+01:00',
        claims: { a: 1, gone: undefined },
        coupons: ['SAVE10'],
        summary: 'not stored',
        address: { city: 'New York' },
        lines: [{ id: 'row1', product: { id: 7, name: 'Drill' }, quantity: 3, unitPrice: '1.0100' }],
      },
      numericIds,
    )
    expect(shaped).toEqual({
      orderNumber: 'BO-1',
      customer: 20, // an integer column holds the id
      grandTotal: 13302, // numeric, parsed as the read parses it
      pricesIncludeTax: null,
      placedAt: '2026-11-25T09:00:00.000Z', // timestamptz, as an ISO instant
      claims: { a: 1 }, // through jsonb: undefined members are not stored
      coupons: ['SAVE10'],
      address: { city: 'New York', country: null },
      lines: [{ id: 'row1', product: 7, quantity: 3, unitPrice: '1.0100' }],
    })
    expect(shaped).not.toHaveProperty('payments')
    expect(shaped).not.toHaveProperty('summary')
  })

  it('reads no array rows and no hasMany values as empty lists, and text ids as text', () => {
    expect(storedShape(fields, {}, () => 'text')).toMatchObject({ lines: [], coupons: [], address: { city: null, country: null }, customer: null })
    expect(storedShape(fields, { customer: 20 }, () => 'text')).toMatchObject({ customer: '20' })
  })

  it('gives up on an array row without an id: only the adapter knows the one it makes', () => {
    expect(storedShape(fields, { lines: [{ product: 7, quantity: 1 }] }, numericIds)).toBeNull()
  })

  it('writes a non-string text value as the adapter does: JSON for a text field', () => {
    expect(storedShape([{ name: 'note', type: 'text' }], { note: { a: 1 } }, numericIds)).toEqual({ note: '{"a":1}' })
    expect(storedShape([{ name: 'note', type: 'textarea' }], { note: 12 }, numericIds)).toEqual({ note: '12' })
  })
})

describe('which collections can skip the re-read', () => {
  it('supports the shapes above and names the first field that needs a read', () => {
    expect(writtenDocumentSupport(fields, true)).toBeNull()
    expect(writtenDocumentSupport([...fields, { name: 'layout', type: 'blocks' }], false)).toBe('layout: blocks fields are stored apart')
    expect(writtenDocumentSupport([{ ...lines, flattenedFields: [{ name: 'tags', type: 'select', hasMany: true }] }], false)).toBe('lines.tags: hasMany select values are stored apart')
    expect(writtenDocumentSupport([{ name: 'owner', type: 'relationship', relationTo: ['users', 'customers'] }], false)).toBe('owner: polymorphic relationships are stored apart')
    expect(writtenDocumentSupport([{ name: 'title', type: 'text', localized: true }], true)).toBe('title: localized')
    // without localization in the config a localized flag changes nothing
    expect(writtenDocumentSupport([{ name: 'title', type: 'text', localized: true }], false)).toBeNull()
  })
})

describe('differing paths', () => {
  it('compares as JSON: undefined members and key order do not count, values do', () => {
    expect(differingPaths({ a: 1, b: undefined, c: [1, { d: 2 }] }, { c: [1, { d: 2 }], a: 1 })).toEqual([])
    expect(differingPaths({ a: 1, c: [1, { d: 2 }] }, { a: '1', c: [1, { d: 3 }] })).toEqual(['a: 1 ≠ "1"', 'c.1.d: 2 ≠ 3'])
  })
})
