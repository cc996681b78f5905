/** Coupon codes (pure): one canonical form for case-insensitive uniqueness, generation from a pattern, CSV export. */

/** The stored and compared form of a code: trimmed, upper case ("welcome10 " → "WELCOME10"). */
export const normalizeCode = (code: string): string => code.trim().toUpperCase()

/** Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L). */
const LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ'
const DIGITS = '23456789'

/** How many distinct codes a pattern can produce: each `#` a digit, each `?` a letter, the rest literal. */
export const patternCapacity = (pattern: string): number =>
  [...pattern].reduce((capacity, char) => capacity * (char === '#' ? DIGITS.length : char === '?' ? LETTERS.length : 1), 1)

/**
 * `count` distinct codes from `pattern` ("SPRING-####-??" → "SPRING-4827-KX"), none of them in `taken` (normalized
 * codes already used). `random` returns an integer in [0, n): injected so tests are repeatable. Throws when the
 * pattern cannot give that many new codes.
 */
export function generateCodes(pattern: string, count: number, taken: ReadonlySet<string>, random: (n: number) => number): string[] {
  const normalized = normalizeCode(pattern)
  if (!/[#?]/.test(normalized)) throw new RangeError('the pattern needs at least one # (digit) or ? (letter)')
  if (patternCapacity(normalized) < (count + taken.size) * 2) throw new RangeError(`the pattern cannot give ${count} distinct new codes: add # or ?`)
  const codes = new Set<string>()
  while (codes.size < count) {
    const code = [...normalized].map((char) => (char === '#' ? DIGITS[random(DIGITS.length)] : char === '?' ? LETTERS[random(LETTERS.length)] : char)).join('')
    if (!taken.has(code)) codes.add(code)
  }
  return [...codes]
}

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows as CSV (RFC 4180: quoted when needed), header first. */
export const toCsv = (header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string =>
  [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
