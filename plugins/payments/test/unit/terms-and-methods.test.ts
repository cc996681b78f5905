import { describe, expect, it } from 'vitest'

import { methodRefusal } from '../../rules/method-kinds'
import { dueDate, effectiveTerm } from '../../rules/payment-terms'

describe('effectiveTerm: the customer’s, else its group’s', () => {
  it('prefers the customer’s own term (Net 15) over the group’s (Net 30)', () => expect(effectiveTerm(15, 30)).toBe(15))
  it('falls back to the group’s', () => expect(effectiveTerm(null, 30)).toBe(30))
  it('none when neither has one', () => expect(effectiveTerm(undefined, null)).toBeNull())
})

describe('dueDate', () => {
  it('Net 30 from 2026-01-15 falls due 2026-02-14', () => expect(dueDate(new Date('2026-01-15T10:00:00Z'), 30).toISOString()).toBe('2026-02-14T10:00:00.000Z'))
  it('Net 60 across a leap day: 2028-01-31 → 2028-03-31', () => expect(dueDate(new Date('2028-01-31T00:00:00Z'), 60).toISOString().slice(0, 10)).toBe('2028-03-31'))
})

describe('methodRefusal', () => {
  it('a term method needs a term', () => {
    expect(methodRefusal({ kind: 'paymentTerm' }, 1, false)).toMatch(/no payment term/)
    expect(methodRefusal({ kind: 'paymentTerm' }, 1, true)).toBeNull()
  })
  it('an inactive method or one of another website is refused', () => {
    expect(methodRefusal({ kind: 'offline', active: false }, 1, false)).toMatch(/not active/)
    expect(methodRefusal({ kind: 'card', websites: [2, { id: 3 }] }, 1, false)).toMatch(/not offered/)
    expect(methodRefusal({ kind: 'card', websites: [2, { id: 1 }] }, 1, false)).toBeNull()
    expect(methodRefusal({ kind: 'offline', websites: [] }, null, false)).toBeNull()
  })
})
