import { APIError, type CollectionBeforeChangeHook } from 'payload'

import {
  calculate,
  changedCalculationFields,
  formatDecimal,
  getRegistry,
  PRICE_SCALE,
  readCalculationInput,
  toSafeNumber,
  withDomainErrors,
  type CalculationInput,
  type CalculationInputDefinition,
} from '../../../src/kit'
import { isEditableStatus } from '../rules/order-workflow'

type OrderData = Record<string, unknown> & { lines?: Array<Record<string, unknown>>; status?: string }

/** The stored order's input; an order that no longer reads as one (a field since removed) counts as changed. */
function storedInput(doc: unknown, definitions: readonly CalculationInputDefinition[]): CalculationInput | null {
  try {
    return readCalculationInput(doc, definitions)
  } catch {
    return null
  }
}

/** The priced fields of a line, which only the calculation writes. */
const PRICED_LINE_FIELDS = ['sku', 'name', 'unitPrice', 'priceList', 'amount', 'discount', 'tax', 'total']

/** Lines resent unchanged (rows without ids are new rows to Payload) keep the prices they were placed with. */
function keepingPrices(data: OrderData, stored: OrderData): OrderData {
  if (!Array.isArray(data.lines)) return data
  const storedLines = stored.lines ?? []
  return {
    ...data,
    lines: data.lines.map((line, index) => ({
      ...line,
      ...Object.fromEntries(PRICED_LINE_FIELDS.map((field) => [field, storedLines[index]?.[field]])),
    })),
  }
}

/**
 * Prices an order through the calculation pipeline. On create always; on update only when what was ordered changed
 * (compared by value with the stored order, so a status change never re-prices), and only while the order is
 * editable: afterwards such a change answers 409 naming the field. Clients cannot send prices: the price fields are
 * not writable through the API, and this hook sets them from the pipeline.
 */
export const calculateOrderTotals: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const definitions = getRegistry(req.payload.config).calculationInputs
  const order: OrderData = { ...(originalDoc ?? {}), ...data }
  const input = await withDomainErrors(async () => readCalculationInput(order, definitions), 'orders')
  if (operation === 'update') {
    const before = storedInput(originalDoc, definitions)
    const changed = before ? changedCalculationFields(before, input, definitions) : ['lines']
    if (changed.length === 0) return keepingPrices(data, originalDoc as OrderData)
    const status = String((originalDoc as OrderData | undefined)?.status ?? '')
    if (!isEditableStatus(status)) {
      throw new APIError(`A ${status} order can no longer change its ${changed[0]}`, 409, { errors: [{ path: changed[0], message: `Not editable while ${status}` }] }, true)
    }
  }
  const result = await withDomainErrors(() => calculate(req, input, { placing: operation === 'create' }), 'orders')
  const lines = order.lines ?? []
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
        priceList: calculated.priceList === null ? null : String(calculated.priceList),
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
    shippingDiscount: toSafeNumber(result.shippingDiscount),
    pricesIncludeTax: result.pricesIncludeTax,
    appliedPromotions: result.appliedPromotions.map((applied) => ({
      promotion: String(applied.id),
      name: applied.name,
      coupon: applied.coupon,
      amount: toSafeNumber(applied.amount),
    })),
    taxes: result.taxes.map((tax) => ({ code: tax.code, rate: tax.rate, amount: toSafeNumber(tax.amount) })),
  }
}
