import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Config, Plugin } from 'payload'
import { describe, expect, it } from 'vitest'

import {
  CalculationError,
  changedCalculationFields,
  customerFactsJson,
  getRegistry,
  readCalculationInput,
  registerCalculationInput,
  registerCalculationStage,
  registerCustomerFact,
  registerLineLoader,
  verifyRegistry,
  type LineLoader,
  type StageRegistration,
} from '../../src/kit'
import type { PayloadRequest } from 'payload'

const stage = (name: string, replaces?: string): StageRegistration<PayloadRequest> => ({ stage: 'shipping', name, replaces, run: () => null })
const loader: LineLoader = async () => ({ currency: { code: 'USD', minorDigits: 2 }, rounding: 'row', products: [] })
const fresh = (): Config => ({}) as Config

describe('registering calculation stages', () => {
  it('refuses a second handler with a used name', () => {
    const config = fresh()
    registerCalculationStage(config, stage('shipping:method-rate'))
    expect(() => registerCalculationStage(config, stage('shipping:method-rate'))).toThrowError(/already registered; set `replaces: 'shipping:method-rate'`/)
  })

  it('accepts it when it says it replaces that name, and only the replacement runs', () => {
    const config = fresh()
    registerCalculationStage(config, stage('shipping:method-rate'))
    registerCalculationStage(config, stage('shipping:method-rate', 'shipping:method-rate'))
    registerLineLoader(config, loader)
    verifyRegistry(config)
    expect(getRegistry(config).resolvedStages).toHaveLength(1)
    expect(getRegistry(config).resolvedStages?.[0].replaces).toBe('shipping:method-rate')
  })

  it('fails the boot on a `replaces` naming no handler', () => {
    const config = fresh()
    registerLineLoader(config, loader)
    registerCalculationStage(config, stage('acme:zones', 'shipping:typo'))
    expect(() => verifyRegistry(config)).toThrowError(/replaces "shipping:typo", but no stage has that name/)
  })

  it('fails the boot when stages exist but nothing loads the lines', () => {
    const config = fresh()
    registerCalculationStage(config, stage('acme:zones'))
    expect(() => verifyRegistry(config)).toThrowError(/no line loader/)
  })

  it('fails the real config build on a duplicate, naming it', async () => {
    process.env.PAYLOAD_SECRET ??= 'unit'
    process.env.DATABASE_URI ??= 'postgres://127.0.0.1:1/none'
    const duplicate: Plugin = (config) => {
      registerCalculationStage(config, stage('shipping:method-rate'))
      return config
    }
    const { buildBureauConfig } = await import('../../src/config')
    await expect(buildBureauConfig({ extraPlugins: [duplicate] })).rejects.toThrowError(/"shipping:method-rate" is already registered/)
  })
})

describe('calculation inputs plugins declare', () => {
  const coupons = {
    name: 'shippingMethod' as const,
    plugin: 'test',
    orderField: 'method',
    read: (value: unknown, path: string) => {
      if (value === undefined) return undefined
      if (typeof value !== 'string') throw new CalculationError('must be a code', path)
      return value
    },
  }

  it('refuses an input two plugins declare', () => {
    const config = fresh()
    registerCalculationInput(config, coupons)
    expect(() => registerCalculationInput(config, { ...coupons, plugin: 'other' })).toThrowError(/"shippingMethod", already declared by "test"/)
  })

  it('reads core fields and every declared input from a body or an order (populated relationships too)', () => {
    const input = readCalculationInput(
      { currency: ' usd ', customer: { id: 7, name: 'Acme' }, method: 'ground', lines: [{ product: { id: 3 }, variant: null, quantity: 2 }], grandTotal: 1 },
      [coupons],
    )
    expect(input).toEqual({ currency: 'USD', website: null, customer: 7, shippingMethod: 'ground', lines: [{ product: 3, variant: null, quantity: 2, unit: null }] })
  })

  it('names the field of a malformed value', () => {
    expect(() => readCalculationInput({ currency: 'USD', lines: [{ product: 1, quantity: 1 }], method: 5 }, [coupons])).toThrowError(
      expect.objectContaining({ field: 'method' }),
    )
    expect(() => readCalculationInput({ currency: 'USD', lines: [{ quantity: 1 }] }, [])).toThrowError(expect.objectContaining({ field: 'lines.0.product' }))
    expect(() => readCalculationInput({ currency: 'USD', lines: 'x' }, [])).toThrowError(expect.objectContaining({ field: 'lines' }))
  })

  it('compares orders by value: ids and quantities as numbers or text are the same order', () => {
    const stored = readCalculationInput({ currency: 'USD', customer: 7, method: 'ground', lines: [{ product: 3, quantity: 2 }] }, [coupons])
    const resent = readCalculationInput({ currency: 'usd', customer: '7', method: 'ground', lines: [{ product: { id: '3' }, quantity: '2' }] }, [coupons])
    expect(changedCalculationFields(stored, resent, [coupons])).toEqual([])
    const changed = readCalculationInput({ currency: 'USD', customer: 7, method: 'express', lines: [{ product: 3, quantity: 3 }] }, [coupons])
    expect(changedCalculationFields(stored, changed, [coupons])).toEqual(['lines', 'method'])
  })
})

describe('registering customer facts', () => {
  const render = (query: SQL) => new PgDialect().sqlToQuery(query)

  it('selects every fact as one JSON object over the customer row, named by the fact', () => {
    const config = fresh()
    expect(render(customerFactsJson(config)).sql).toBe('json_build_object()')
    registerCustomerFact(config, { name: 'crm:account', plugin: 'crm', select: sql`c.account_id` })
    registerCustomerFact(config, { name: 'payments:term', plugin: 'payments', select: sql`c.payment_term_id` })
    expect(render(customerFactsJson(config))).toMatchObject({
      sql: 'json_build_object($1::text, c.account_id, $2::text, c.payment_term_id)',
      params: ['crm:account', 'payments:term'],
    })
  })

  it('refuses a name another plugin took', () => {
    const config = fresh()
    registerCustomerFact(config, { name: 'crm:account', plugin: 'crm', select: sql`c.account_id` })
    expect(() => registerCustomerFact(config, { name: 'crm:account', plugin: 'other', select: sql`c.id` })).toThrowError(/"other" registers the customer fact "crm:account", which "crm" already did/)
  })
})
