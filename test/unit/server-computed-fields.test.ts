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

  it('give their rows an unvalidated id field of their own, as Payload’s would be otherwise', () => {
    for (const path of ['appliedPromotions.id', 'taxes.id', 'statusHistory.id']) {
      expect(validatorOf('orders', path), path).toBe(false)
      expect(fieldAt('orders', path), path).toMatchObject({ type: 'text', admin: { hidden: true } })
    }
    // rows a caller writes keep Payload's validated id
    expect(typeof validatorOf('orders', 'lines.id')).toBe('function')
  })
})

describe('fields whose validator would always pass (src/kit/no-op-validations.ts)', () => {
  it('skip it: groups, joins and virtual fields without a validator of their own', () => {
    for (const path of ['shippingAddress', 'billingAddress', 'statusReason', 'statusNote', 'tasks']) {
      expect(validatorOf('orders', path), path).toBe(false)
    }
  })

  it('keep every validator that checks something: the group’s own fields, and a virtual or group field’s own validator', async () => {
    expect(typeof validatorOf('orders', 'shippingAddress.country')).toBe('function')
    const { passesAlways } = await import('../../src/kit/no-op-validations')
    const own = () => true as const
    expect(passesAlways({ name: 'address', type: 'group', fields: [] })).toBe(true)
    expect(passesAlways({ name: 'address', type: 'group', fields: [], validate: own })).toBe(false)
    expect(passesAlways({ name: 'label', type: 'text', virtual: true })).toBe(true)
    expect(passesAlways({ name: 'label', type: 'text', virtual: true, validate: own })).toBe(false)
    expect(passesAlways({ name: 'label', type: 'text' })).toBe(false)
    expect(passesAlways({ type: 'row', fields: [] })).toBe(false)
  })
})

describe('texts only their length could fail (src/kit/text-lengths.ts)', () => {
  it('are checked once per save: an order’s address texts; its required and select fields keep their validators', () => {
    for (const name of ['street', 'street2', 'city', 'region', 'phone']) expect(validatorOf('orders', `shippingAddress.${name}`), name).toBe(false)
    expect(typeof validatorOf('orders', 'shippingAddress.country')).toBe('function')
    // an address book entry's street and city are required: Payload checks them
    expect(typeof validatorOf('addresses', 'street')).toBe('function')
    expect(typeof validatorOf('addresses', 'city')).toBe('function')
    expect(validatorOf('addresses', 'street2')).toBe(false)
    expect(validatorOf('addresses', 'label')).toBe(false)
  })
})
