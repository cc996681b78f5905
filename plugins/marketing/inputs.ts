/** The calculation input this plugin adds: the coupon codes the buyer entered (case-insensitive). */
import { CalculationError, type CalculationInputDefinition } from '../../src/kit'
import { normalizeCode } from './rules/coupon-codes'

declare module '../../src/kit' {
  interface CalculationInputs {
    /** coupon codes, normalized (trimmed, upper case), each at most once */
    coupons?: string[]
  }
}

/** At most this many codes per cart: more is a client bug, not a bigger discount. */
export const MAX_COUPONS = 10

export const couponsInput: CalculationInputDefinition<'coupons'> = {
  name: 'coupons',
  plugin: 'marketing',
  read: (value, path) => {
    if (value === null || value === undefined) return undefined
    if (!Array.isArray(value)) throw new CalculationError('coupons must be a list of codes', path)
    if (value.length > MAX_COUPONS) throw new CalculationError(`at most ${MAX_COUPONS} coupons`, path)
    const codes = value.map((code, index) => {
      if (typeof code !== 'string' || !code.trim() || code.length > 64) throw new CalculationError('a coupon code must be text of 1 to 64 characters', `${path}.${index}`)
      return normalizeCode(code)
    })
    const repeated = codes.findIndex((code, index) => codes.indexOf(code) !== index)
    if (repeated >= 0) throw new CalculationError(`coupon ${codes[repeated]} is entered twice`, `${path}.${repeated}`)
    return codes.length ? codes : undefined
  },
}
