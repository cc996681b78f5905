import type { CollectionBeforeChangeHook } from 'payload'

import { calculate } from '../../../src/kit/calculate'
import { withDomainErrors } from '../../../src/kit/errors'
import { formatDecimal, PRICE_SCALE, toSafeNumber } from '../../../src/kit/money'
import type { CalculationInput, Id } from '../../../src/kit/pipeline'

type OrderLine = { id?: string; product?: Id | { id: Id }; variant?: Id | { id: Id } | null; quantity?: number; status?: string; [key: string]: unknown }
type OrderData = Record<string, unknown> & { lines?: OrderLine[] }

/** Order fields the calculation reads; changing any of them recalculates the order. */
export const CALCULATION_INPUT_FIELDS = ['lines', 'currency', 'website', 'customer', 'shippingMethod', 'coupons']

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))

/**
 * Computes every price and total of an order through the calculation pipeline. Clients cannot send prices: the
 * price fields are not writable through the API (field access), and this hook sets them from the pipeline.
 */
export const calculateOrderTotals: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const changesInput = operation === 'create' || CALCULATION_INPUT_FIELDS.some((field) => field in data)
  if (!changesInput) return data
  const order: OrderData = { ...(originalDoc ?? {}), ...data }
  const lines = order.lines ?? []
  const input: CalculationInput = {
    currency: String(order.currency ?? ''),
    website: idOf(order.website) ?? null,
    customer: idOf(order.customer) ?? null,
    shippingMethod: idOf(order.shippingMethod) ?? null,
    lines: lines.map((line) => ({ product: idOf(line.product), variant: idOf(line.variant) ?? null, quantity: line.quantity })),
  }
  const result = await withDomainErrors(() => calculate(req, input), 'orders')
  return {
    ...data,
    currency: result.currency.code,
    lines: lines.map((line, index) => {
      const calculated = result.lines[index]
      return {
        ...line,
        sku: calculated.product.sku,
        name: calculated.product.name,
        unitPrice: formatDecimal(calculated.unitPrice ?? 0n, PRICE_SCALE),
        amount: toSafeNumber(calculated.amount),
        discount: toSafeNumber(calculated.discount),
        tax: toSafeNumber(calculated.tax),
        total: toSafeNumber(calculated.total),
      }
    }),
    subtotal: toSafeNumber(result.subtotal),
    discountTotal: toSafeNumber(result.discountTotal),
    shippingTotal: toSafeNumber(result.shippingTotal),
    taxTotal: toSafeNumber(result.taxTotal),
    grandTotal: toSafeNumber(result.grandTotal),
  }
}
