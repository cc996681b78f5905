/**
 * Server-computed fields are not validated (src/kit/fields.ts): on the real, sanitized config, after every plugin and
 * the kit's validator wrappers (strict numbers, secured references), an order's computed amounts, rows and
 * references carry no validator, so Payload neither validates them nor deep-merges the document for them, while
 * every field a caller writes keeps its validator.
 */
import type { FlattenedField, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

let config: SanitizedConfig

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ??= 'unit'
  process.env.DATABASE_URI ??= 'postgres://127.0.0.1:1/none'
  const { buildBureauConfig } = await import('../../src/config')
  config = await buildBureauConfig()
})

function fieldAt(slug: string, path: string): FlattenedField {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  let fields = collection?.flattenedFields ?? []
  let found: FlattenedField | undefined
  for (const name of path.split('.')) {
    found = fields.find((field) => field.name === name)
    if (!found) throw new Error(`${slug} has no field ${path}`)
    fields = 'flattenedFields' in found ? found.flattenedFields : []
  }
  return found!
}

const validatorOf = (slug: string, path: string) => (fieldAt(slug, path) as { validate?: unknown }).validate

describe('server-computed fields', () => {
  it('have no validator, after every plugin and validator wrapper', () => {
    for (const path of ['orderNumber', 'placedAt', 'grandTotal', 'taxTotal', 'lines.amount', 'lines.unitPrice', 'lines.total', 'appliedPromotions.amount', 'taxes.rate']) {
      expect(validatorOf('orders', path), path).toBe(false)
    }
  })

  it('leave every field a caller writes validated', () => {
    for (const path of ['customer', 'currency', 'lines.product', 'lines.variant', 'lines.quantity', 'shippingAddress.country']) {
      expect(typeof validatorOf('orders', path), path).toBe('function')
    }
    // a number a caller writes still refuses a string Payload turned into NaN (strict numbers)
    const quantity = validatorOf('orders', 'lines.quantity') as (value: unknown, options: unknown) => unknown
    expect(quantity(Number.NaN, { required: true })).toBe('Must be a number')
  })
})
