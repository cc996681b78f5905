/**
 * The shipping and billing addresses as calculation inputs (tax jurisdictions, promotion conditions on the shipping
 * country, shipping zones read them). The core declares them, not a plugin, because several plugins read them and
 * orders keep them as a snapshot (a later edit of the address book never changes a placed order). A body sends the
 * address inline; the commerce endpoints first turn an address-book id into this shape (commerce/addresses.ts).
 */
import { CalculationError, type CalculationInputDefinition } from '../../../src/kit'
import { isCountryCode, normalizeCountryCode } from '../../customers/rules/countries'

export type AddressInput = {
  /** ISO 3166-1 alpha-2, upper case */
  country: string
  region?: string | null
  postalCode?: string | null
  city?: string | null
  street?: string | null
  street2?: string | null
  organization?: string | null
  firstName?: string | null
  lastName?: string | null
  phone?: string | null
}

declare module '../../../src/kit' {
  interface CalculationInputs {
    shippingAddress?: AddressInput | null
    billingAddress?: AddressInput | null
  }
}

export const ADDRESS_TEXT_FIELDS = ['region', 'postalCode', 'city', 'street', 'street2', 'organization', 'firstName', 'lastName', 'phone'] as const

/** Reads an inline address; an empty one (an order's group with no country) counts as absent. */
export function readAddress(value: unknown, path: string): AddressInput | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw new CalculationError('an address must be an object with at least a country', path)
  const raw = value as Record<string, unknown>
  const country = normalizeCountryCode(raw.country)
  const anyText = ADDRESS_TEXT_FIELDS.some((field) => typeof raw[field] === 'string' && raw[field] !== '')
  if ((country === null || country === undefined || country === '') && !anyText) return undefined
  if (!isCountryCode(country)) throw new CalculationError('country must be an ISO 3166-1 alpha-2 code, e.g. US or DE', `${path}.country`)
  const address: AddressInput = { country: country as string }
  for (const field of ADDRESS_TEXT_FIELDS) {
    const text = raw[field]
    if (text === null || text === undefined || text === '') continue
    if (typeof text !== 'string') throw new CalculationError(`${field} must be text`, `${path}.${field}`)
    if (text.length > 200) throw new CalculationError(`${field} is longer than 200 characters`, `${path}.${field}`)
    address[field] = text.trim()
  }
  return address
}

export const shippingAddressInput: CalculationInputDefinition<'shippingAddress'> = { name: 'shippingAddress', plugin: 'sales', read: readAddress }
export const billingAddressInput: CalculationInputDefinition<'billingAddress'> = { name: 'billingAddress', plugin: 'sales', read: readAddress }
