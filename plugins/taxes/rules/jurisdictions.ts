/**
 * Which tax jurisdictions an address lies in (pure). A jurisdiction names a country, optionally a region (state,
 * Bundesland) and optionally ZIP codes: exact codes (`10001`), ranges (`10001-10292`) and patterns (`100*`, `SW1?`).
 * An address is in a jurisdiction when the country matches, the region matches when one is set, and the postal
 * code matches one of the ZIP entries when there are any. Comparisons ignore case and surrounding spaces.
 */

export type TaxAddress = { country: string; region?: string | null; postalCode?: string | null }

export type JurisdictionArea = {
  /** ISO 3166-1 alpha-2 */
  country: string
  /** empty: the whole country */
  region?: string | null
  /** empty: every postal code of the region or country */
  zipCodes?: ReadonlyArray<{ zip: string }> | null
}

const normal = (text: string | null | undefined) => (text ?? '').trim().toUpperCase()

/** A ZIP pattern as a regular expression: `*` is any run of characters, `?` exactly one; the rest is literal. */
const patternToRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)

// compiled once per pattern: a cart's tax facts test every ZIP entry of the address's state (a memo of a pure
// function, so it holds nothing another process could disagree with)
const compiledPatterns = new Map<string, RegExp>()
const PATTERNS_KEPT = 1000
function patternOf(zip: string): RegExp {
  let compiled = compiledPatterns.get(zip)
  if (!compiled) {
    if (compiledPatterns.size >= PATTERNS_KEPT) compiledPatterns.clear()
    compiled = patternToRegExp(zip)
    compiledPatterns.set(zip, compiled)
  }
  return compiled
}

/**
 * Whether `postalCode` matches one ZIP entry. A range `A-B` holds codes between A and B inclusive, in text order:
 * for digits of one length (US ZIPs) that is numeric order too, so "10001-10292" holds exactly 10001 to 10292.
 */
export function zipMatches(entry: string, postalCode: string): boolean {
  const zip = normal(entry)
  const code = normal(postalCode)
  if (!zip || !code) return false
  if (zip.includes('*') || zip.includes('?')) return patternOf(zip).test(code)
  const range = /^([^-\s]+)\s*-\s*([^-\s]+)$/.exec(zip)
  if (!range) return zip === code
  const [, from, to] = range
  return from <= code && code <= to
}

/** Whether `address` lies in `area`. */
export function inJurisdiction(area: JurisdictionArea, address: TaxAddress): boolean {
  if (normal(area.country) !== normal(address.country)) return false
  if (normal(area.region) && normal(area.region) !== normal(address.region)) return false
  const zips = (area.zipCodes ?? []).map((row) => row.zip).filter((zip) => normal(zip) !== '')
  if (zips.length === 0) return true
  return zips.some((zip) => zipMatches(zip, address.postalCode ?? ''))
}

/** A ZIP entry an editor may save: a code, a range `A-B` with A ≤ B, or a pattern with `*` / `?`. */
export function zipEntryProblem(entry: string): string | null {
  const zip = normal(entry)
  if (!zip) return 'a ZIP entry cannot be empty'
  if (zip.length > 40) return 'a ZIP entry is at most 40 characters'
  if (!/^[A-Z0-9 *?-]+$/.test(zip)) return 'a ZIP entry holds letters, digits, spaces, "-", "*" and "?" only'
  const range = /^([^-\s]+)\s*-\s*([^-\s]+)$/.exec(zip)
  if (range && !zip.includes('*') && !zip.includes('?')) {
    const [, from, to] = range
    const numeric = /^\d+$/.test(from) && /^\d+$/.test(to) && from.length === to.length
    if (numeric ? BigInt(from) > BigInt(to) : from > to) return `the range ${zip} starts after it ends`
  }
  return null
}
