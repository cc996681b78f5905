import { describe, expect, it } from 'vitest'

import { paymentStatus, paymentTotals, type LedgerRow } from '../../rules/payment-status'

const row = (kind: LedgerRow['kind'], amount: number, status: LedgerRow['status'] = 'succeeded'): LedgerRow => ({ kind, amount, status })

describe('paymentTotals', () => {
  it('counts succeeded rows only: 100.00 authorized, 30.00 + 20.00 captured, a failed 99.99 capture ignored, 5.00 refunded', () => {
    const rows = [row('authorize', 10000), row('capture', 3000), row('capture', 2000), row('capture', 9999, 'failed'), row('refund', 500)]
    expect(paymentTotals(rows)).toEqual({ authorized: 10000, captured: 5000, refunded: 500 })
  })

  it('a void takes back what it released: 100.00 authorized, 40.00 captured, 60.00 voided → 40.00 held', () => {
    expect(paymentTotals([row('authorize', 10000), row('capture', 4000), row('void', 6000)])).toEqual({ authorized: 4000, captured: 4000, refunded: 0 })
  })

  it('a pending authorization (card under review) holds nothing yet', () => {
    expect(paymentTotals([row('authorize', 10000, 'pending')]).authorized).toBe(0)
  })
})

describe('paymentStatus', () => {
  const status = (rows: LedgerRow[], grandTotal = 10000) => paymentStatus(paymentTotals(rows), grandTotal)
  it('unpaid with no rows, with only a failed or a pending authorization', () => {
    expect(status([])).toBe('unpaid')
    expect(status([row('authorize', 10000, 'failed')])).toBe('unpaid')
    expect(status([row('authorize', 10000, 'pending')])).toBe('unpaid')
  })
  it('authorized when 100.00 is held and nothing captured', () => expect(status([row('authorize', 10000)])).toBe('authorized'))
  it('partiallyPaid at 99.99 captured of 100.00', () => expect(status([row('authorize', 10000), row('capture', 9999)])).toBe('partiallyPaid'))
  it('paid at 60.00 + 40.00 captured of 100.00', () => expect(status([row('authorize', 10000), row('capture', 6000), row('capture', 4000)])).toBe('paid'))
  it('partiallyRefunded at 0.01 refunded of 100.00 captured', () => expect(status([row('authorize', 10000), row('capture', 10000), row('refund', 1)])).toBe('partiallyRefunded'))
  it('refunded when 30.00 captured and 30.00 refunded, even below the grand total', () =>
    expect(status([row('authorize', 10000), row('capture', 3000), row('refund', 1000), row('refund', 2000)])).toBe('refunded'))
  it('unpaid again after a full void', () => expect(status([row('authorize', 10000), row('void', 10000)])).toBe('unpaid'))
})
