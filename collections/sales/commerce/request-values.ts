/** Reading the commerce endpoints' scalar arguments (query string, JSON body or GraphQL), each refused by name. */
import { CalculationError, type Id } from '../../../src/kit'

/** An optional record id: a positive integer (or its text); anything else is a 400 naming `field`. */
export function optionalId(value: unknown, field: string): Id | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value
  if (typeof value === 'string' && /^\d{1,15}$/.test(value) && Number(value) > 0) return Number(value)
  throw new CalculationError(`${field} must be an id`, field)
}

export function optionalText(value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') throw new CalculationError(`${field} must be text`, field)
  return value
}

/** An optional whole number within [min, max]. */
export function optionalInteger(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(number) || number < min || number > max) throw new CalculationError(`${field} must be a whole number from ${min} to ${max}`, field)
  return number
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
