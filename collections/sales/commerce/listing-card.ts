/**
 * What each product of the commerce listing carries (docs/DECISIONS.md "The commerce listing answers listing cards"):
 * by default a *listing card* — the product fields a storefront card shows — not the whole document, as storefront
 * listings do in Vendure (`search` over a flat index), Oro (the website search index) and Medusa (`fields`). A
 * request's `select` (Payload's own syntax, as `/api/products` takes it) asks for other or more fields; the app's
 * `commerce.listingSelect` option changes the default.
 */
import type { SelectType } from 'payload'

import { isRecord } from './request-values'

/**
 * The default listing card: what a storefront product card shows and filters on (the id always comes). Relations
 * come as ids (`depth: 0`); `price` and `availability` are added for the buyer whatever the select.
 */
export const LISTING_CARD_SELECT = {
  sku: true,
  name: true,
  type: true,
  unit: true,
  status: true,
  brand: true,
  images: true,
  categories: true,
} as const satisfies SelectType

export type CommerceOptions = {
  /**
   * The product fields the commerce listing answers when the request names no `select`, in Payload's select syntax
   * (`{ sku: true, name: true }` includes, `{ description: false }` excludes); `false` answers whole documents.
   * @default LISTING_CARD_SELECT
   */
  listingSelect?: SelectType | false
}

/** The fields the listing extensions read on every product (ListedProduct), selected even when the answer omits them. */
const NEEDED_BY_EXTENSIONS = ['sku', 'type', 'unit'] as const

export type ListingSelect = {
  /** what the product find selects */
  select: SelectType
  /** fields selected only for the extensions, removed from each answered doc */
  strip: readonly string[]
}

const isIncludeMode = (select: SelectType) => Object.values(select).some((value) => value === true || isRecord(value))

/**
 * The find's select for a listing: the request's (REST strings `'true'`/`'false'` already turned into booleans), else
 * the configured default. The product's own virtual `availability` (inventory plugin, for no website) is never
 * selected: the listing's `availability` for the buyer's website replaces it, and computing both cost two more
 * queries per page (measured).
 */
export function listingSelectOf(requested: SelectType | undefined, configured: SelectType | false): ListingSelect {
  const chosen = requested ?? (configured === false ? {} : configured)
  if (!isIncludeMode(chosen)) return { select: { ...chosen, availability: false }, strip: [] }
  const { availability: _ownAvailability, ...included } = chosen as Record<string, SelectType[string]>
  const strip = NEEDED_BY_EXTENSIONS.filter((field) => !(field in included))
  return { select: { ...included, ...Object.fromEntries(strip.map((field) => [field, true])) } as SelectType, strip }
}
