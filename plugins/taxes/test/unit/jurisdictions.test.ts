import { describe, expect, it } from 'vitest'

import { inJurisdiction, zipEntryProblem, zipMatches } from '../../rules/jurisdictions'

describe('zipMatches', () => {
  it('matches an exact code, ignoring case and spaces', () => {
    expect(zipMatches('10001', '10001')).toBe(true)
    expect(zipMatches(' sw1a 1aa ', 'SW1A 1AA')).toBe(true)
    expect(zipMatches('10001', '10002')).toBe(false)
  })
  it('matches a numeric range inclusively, comparing numbers of the same length', () => {
    expect(zipMatches('10001-10292', '10001')).toBe(true)
    expect(zipMatches('10001-10292', '10292')).toBe(true)
    expect(zipMatches('10001-10292', '10150')).toBe(true)
    expect(zipMatches('10001-10292', '10293')).toBe(false)
    expect(zipMatches('10001-10292', '9999')).toBe(false)
  })
  it('matches a text range in text order (UK outward codes)', () => {
    expect(zipMatches('SW1-SW9', 'SW5')).toBe(true)
    expect(zipMatches('SW1-SW9', 'TW1')).toBe(false)
  })
  it('matches patterns: * any run, ? one character', () => {
    expect(zipMatches('104*', '10451')).toBe(true)
    expect(zipMatches('104*', '10551')).toBe(false)
    expect(zipMatches('SW1?', 'SW1A')).toBe(true)
    expect(zipMatches('SW1?', 'SW1AA')).toBe(false)
    expect(zipMatches('1.0*', '1x01')).toBe(false)
  })
  it('never matches a missing postal code', () => expect(zipMatches('10001-10292', '')).toBe(false))
})

describe('inJurisdiction', () => {
  const nyc = { country: 'US', region: 'NY', zipCodes: [{ zip: '10001-10292' }, { zip: '112*' }] }
  it('holds an address in the country, region and one of the ZIP entries', () => {
    expect(inJurisdiction(nyc, { country: 'us', region: 'ny', postalCode: '11201' })).toBe(true)
  })
  it('refuses another region, another country, or a ZIP outside every entry', () => {
    expect(inJurisdiction(nyc, { country: 'US', region: 'NJ', postalCode: '10001' })).toBe(false)
    expect(inJurisdiction(nyc, { country: 'CA', region: 'NY', postalCode: '10001' })).toBe(false)
    expect(inJurisdiction(nyc, { country: 'US', region: 'NY', postalCode: '12207' })).toBe(false)
    expect(inJurisdiction(nyc, { country: 'US', region: 'NY' })).toBe(false)
  })
  it('holds every address of the country when region and ZIP codes are empty', () => {
    expect(inJurisdiction({ country: 'DE', region: '', zipCodes: [] }, { country: 'DE', region: 'BY', postalCode: '80331' })).toBe(true)
    expect(inJurisdiction({ country: 'DE' }, { country: 'DE' })).toBe(true)
  })
})

describe('zipEntryProblem', () => {
  it('accepts codes, ranges and patterns', () => {
    for (const entry of ['10001', '10001-10292', '104*', 'SW1?', 'SW1A 1AA']) expect(zipEntryProblem(entry)).toBeNull()
  })
  it('refuses empty entries, odd characters and backwards ranges', () => {
    expect(zipEntryProblem(' ')).toMatch(/empty/)
    expect(zipEntryProblem('10001;drop')).toMatch(/letters, digits/)
    expect(zipEntryProblem('10292-10001')).toMatch(/starts after it ends/)
    expect(zipEntryProblem('1'.repeat(41))).toMatch(/at most 40/)
  })
})
