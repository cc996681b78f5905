/**
 * What the commerce listing selects (collections/sales/commerce/listing-card.ts): the card by default, the request's
 * select or the configured one otherwise; the fields the listing extensions read are selected and then stripped when
 * the answer does not ask for them; the product reads' own `availability` is never selected.
 */
import { describe, expect, it } from 'vitest'

import { LISTING_CARD_SELECT, listingSelectOf } from '../../collections/sales/commerce/listing-card'

describe('listingSelectOf', () => {
  it('selects the listing card as it is when the request names no select', () => {
    expect(listingSelectOf(undefined, LISTING_CARD_SELECT)).toEqual({ select: LISTING_CARD_SELECT, strip: [] })
  })

  it('selects sku, type and unit for the extensions when an include select leaves them out, and strips them', () => {
    expect(listingSelectOf({ weight: true }, LISTING_CARD_SELECT)).toEqual({ select: { weight: true, sku: true, type: true, unit: true }, strip: ['sku', 'type', 'unit'] })
    expect(listingSelectOf({ unit: true, name: true }, LISTING_CARD_SELECT)).toEqual({ select: { unit: true, name: true, sku: true, type: true }, strip: ['sku', 'type'] })
  })

  it('never selects the product reads’ availability: dropped from an include select, excluded from an exclusion', () => {
    expect(listingSelectOf({ sku: true, type: true, unit: true, availability: true }, LISTING_CARD_SELECT)).toEqual({ select: { sku: true, type: true, unit: true }, strip: [] })
    expect(listingSelectOf({ description: false }, LISTING_CARD_SELECT)).toEqual({ select: { description: false, availability: false }, strip: [] })
  })

  it('answers whole documents (but availability) when configured with false, and follows a configured default', () => {
    expect(listingSelectOf(undefined, false)).toEqual({ select: { availability: false }, strip: [] })
    expect(listingSelectOf(undefined, { sku: true, weight: true })).toEqual({ select: { sku: true, weight: true, type: true, unit: true }, strip: ['type', 'unit'] })
  })
})
