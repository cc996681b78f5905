import { describe, expect, it } from 'vitest'

import { generateCodes, normalizeCode, patternCapacity, toCsv } from '../../rules/coupon-codes'

/** A repeatable "random" source: cycles through 0, 1, 2… */
const counter = () => {
  let n = 0
  return (size: number) => n++ % size
}

describe('normalizeCode', () => {
  it('makes codes case-insensitive: " welcome10 " is WELCOME10', () => expect(normalizeCode(' welcome10 ')).toBe('WELCOME10'))
})

describe('generateCodes', () => {
  it('fills # with digits and ? with letters, skipping codes already taken', () => {
    const codes = generateCodes('spring-#?', 3, new Set(['SPRING-2A']), counter())
    expect(codes).toHaveLength(3)
    expect(codes).not.toContain('SPRING-2A')
    expect(codes.every((code) => /^SPRING-[2-9][A-Z]$/.test(code))).toBe(true)
  })
  it('refuses a pattern without placeholders, or too small for the count', () => {
    expect(() => generateCodes('FIXED', 1, new Set(), counter())).toThrow(/at least one/)
    expect(patternCapacity('X-##')).toBe(64)
    expect(() => generateCodes('X-##', 40, new Set(), counter())).toThrow(/cannot give 40/)
  })
})

describe('toCsv', () => {
  it('quotes cells with commas or quotes (RFC 4180)', () => {
    expect(toCsv(['code', 'note'], [['A1', 'a, "b"'], ['B2', null]])).toBe('code,note\r\nA1,"a, ""b"""\r\nB2,\r\n')
  })
})
