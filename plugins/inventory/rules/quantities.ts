/** Stock quantities are exact decimals with at most 3 places (CONTRACT), handled as bigint thousandths. */
import { formatDecimal, parseDecimal, QUANTITY_SCALE } from '../../../src/kit'

export const toThousandths = (value: unknown, field?: string): bigint => parseDecimal(value ?? 0, QUANTITY_SCALE, field)

/** "12.5" for 12500n: trailing zeros dropped, for messages and SQL parameters. */
export const quantityText = (value: bigint): string => formatDecimal(value, QUANTITY_SCALE).replace(/\.?0+$/, '') || '0'

export const positive = (value: bigint): bigint => (value > 0n ? value : 0n)
