import { describe, expect, it } from 'vitest'

import { FingerprintedCache } from '../../src/kit/fingerprinted-cache'

describe('FingerprintedCache', () => {
  it('keeps what the database sent under its fingerprint and serves it while the fingerprint holds', () => {
    const cache = new FingerprintedCache<{ rate: string }>(4)
    expect(cache.held('US|NY')).toBeUndefined()
    expect(cache.settle('US|NY', undefined, '3.17', () => ({ rate: '4.5' }))).toEqual({ rate: '4.5' })
    const held = cache.held('US|NY')
    expect(held?.fingerprint).toBe('3.17')
    // the database sent nothing: the fingerprints matched, the copy answers
    expect(cache.settle('US|NY', held, '3.17', null)).toEqual({ rate: '4.5' })
    // rows changed elsewhere: new rows, new fingerprint
    expect(cache.settle('US|NY', held, '3.-9', () => ({ rate: '5.5' }))).toEqual({ rate: '5.5' })
    expect(cache.held('US|NY')?.fingerprint).toBe('3.-9')
  })

  it('answers a read from the copy it sent, even when another request of the process replaced it meanwhile', () => {
    const cache = new FingerprintedCache<string>(4)
    cache.settle('active', undefined, 'old', () => 'old rows')
    const sentByA = cache.held('active') // request A's read is under way with the old fingerprint (an older snapshot)
    cache.settle('active', cache.held('active'), 'new', () => 'new rows') // request B saw the change first
    expect(cache.settle('active', sentByA, 'old', null)).toBe('old rows')
    expect(cache.held('active')?.fingerprint).toBe('new')
  })

  it('never answers a copy held under another fingerprint', () => {
    const cache = new FingerprintedCache<number[]>(4)
    cache.settle('active', undefined, 'a', () => [1])
    expect(() => cache.settle('active', cache.held('active'), 'b', null)).toThrow(/not at its fingerprint/)
    expect(() => cache.settle('other', undefined, 'a', null)).toThrow(/not at its fingerprint/)
  })

  it('freezes a copy, so no request can change it for the next', () => {
    const cache = new FingerprintedCache<Array<{ used: number }>>(1)
    const copy = cache.settle('active', undefined, 'a', () => [{ used: 1 }])
    expect(() => {
      copy[0].used = 2
    }).toThrow(TypeError)
    expect(() => copy.push({ used: 3 })).toThrow(TypeError)
  })

  it('holds at most its number of keys, dropping the least recently used', () => {
    const cache = new FingerprintedCache<string>(2)
    cache.settle('DE|', undefined, 'x', () => 'de')
    cache.settle('FR|', undefined, 'x', () => 'fr')
    cache.held('DE|') // DE used again: FR is now the oldest
    cache.settle('US|NY', undefined, 'x', () => 'ny')
    expect(cache.held('FR|')).toBeUndefined()
    expect(cache.held('DE|')?.fingerprint).toBe('x')
    expect(cache.held('US|NY')?.fingerprint).toBe('x')
  })
})
