import { describe, expect, it } from 'vitest'

import { testGatewayAdapter } from '../../gateway/test-gateway/adapter'
import { SIGNATURE_HEADER, sign, verifySignature } from '../../gateway/test-gateway/signature'
import { cardOutcome, simulate, TEST_CARDS } from '../../gateway/test-gateway/simulator'
import { resolveWebhook } from '../../rules/webhook-resolution'

describe('webhook signature: HMAC-SHA256 of the raw body', () => {
  const body = '{"id":"evt_1","kind":"authorize","status":"succeeded","reference":"tg_review_0123456789abcdef","amount":1000,"currency":"USD"}'
  it('matches a known vector (secret "s3cret", body "{}")', () =>
    expect(sign('s3cret', '{}')).toBe('sha256=adbde1ce40c89c14215687d5d762a47df6dfaefcfad61e2e86718ffc8498571b'))
  it('accepts the signature of the exact body', () => expect(verifySignature('s3cret', body, sign('s3cret', body))).toBe(true))
  it('refuses a body changed by one character, another secret, a missing or malformed header', () => {
    expect(verifySignature('s3cret', body.replace('1000', '1001'), sign('s3cret', body))).toBe(false)
    expect(verifySignature('other', body, sign('s3cret', body))).toBe(false)
    expect(verifySignature('s3cret', body, null)).toBe(false)
    expect(verifySignature('s3cret', body, 'sha256=zz')).toBe(false)
    expect(verifySignature('', body, sign('', body))).toBe(false)
  })
  it('the adapter reads a signed event and refuses an unsigned one', async () => {
    const adapter = testGatewayAdapter({ secret: () => 's3cret', url: () => undefined })
    const signed = new Headers({ [SIGNATURE_HEADER]: sign('s3cret', body) })
    expect(await adapter.webhook({ rawBody: body, headers: signed })).toMatchObject({ id: 'evt_1', kind: 'authorize', status: 'succeeded', amount: 1000 })
    expect(await adapter.webhook({ rawBody: body, headers: new Headers() })).toBeNull()
    expect(await testGatewayAdapter({ secret: () => undefined }).webhook({ rawBody: body, headers: signed })).toBeNull()
  })
})

describe('test gateway simulator: outcomes by card number', () => {
  it('approves 4242…, declines 4000 0000 0000 0002, reviews 4000 0000 0000 9995', () => {
    expect(cardOutcome(TEST_CARDS.approve)).toBe('approve')
    expect(cardOutcome(TEST_CARDS.decline)).toBe('decline')
    expect(cardOutcome(TEST_CARDS.review)).toBe('review')
    expect(cardOutcome('not a card')).toBeNull()
  })
  it('answers authorize with succeeded / failed / pending and a reference', () => {
    const authorize = (cardNumber: string) => simulate('authorize', { amount: 1000, currency: 'USD', cardNumber }).body
    expect(authorize('4242 4242 4242 4242')).toMatchObject({ status: 'succeeded', reference: expect.stringMatching(/^tg_auth_/) })
    expect(authorize(TEST_CARDS.decline)).toMatchObject({ status: 'failed', error: 'Your card was declined' })
    expect(authorize(TEST_CARDS.review)).toMatchObject({ status: 'pending', reference: expect.stringMatching(/^tg_review_/) })
  })
  it('captures only authorizations it issued, refunds only captures, and wants amounts', () => {
    expect(simulate('capture', { amount: 500, currency: 'USD', reference: 'tg_auth_0123456789abcdef' }).body).toMatchObject({ status: 'succeeded', reference: expect.stringMatching(/^tg_cap_/) })
    expect(simulate('capture', { amount: 500, currency: 'USD', reference: 'elsewhere' }).httpStatus).toBe(400)
    expect(simulate('refund', { amount: 500, currency: 'USD', reference: 'tg_auth_0123456789abcdef' }).httpStatus).toBe(400)
    expect(simulate('capture', { amount: 5.5, currency: 'USD', reference: 'tg_auth_0123456789abcdef' }).httpStatus).toBe(400)
  })
})

describe('resolveWebhook: once per event and per pending row', () => {
  const pending = { kind: 'authorize' as const, status: 'pending' as const, amount: 1010, currency: 'USD', gatewayReference: 'tg_review_1' }
  const facts = { kind: 'authorize' as const, reference: 'tg_review_1', amount: 1010, currency: 'USD' }
  it('applies an event that resolves a pending row', () => expect(resolveWebhook([pending], { ...facts, eventKey: 'test:evt_1' })).toEqual({ apply: true }))
  it('skips the same event delivered again', () =>
    expect(resolveWebhook([pending, { ...pending, status: 'succeeded', eventKey: 'test:evt_1' }], { ...facts, eventKey: 'test:evt_1' })).toEqual({ apply: false, reason: 'duplicate' }))
  it('skips another event for a row already resolved', () =>
    expect(resolveWebhook([pending, { ...pending, status: 'failed', eventKey: 'test:evt_1' }], { ...facts, eventKey: 'test:evt_2' })).toEqual({ apply: false, reason: 'resolved' }))
  it('refuses an event whose amount (10.11) or currency (EUR) is not the pending row’s 10.10 USD', () => {
    expect(resolveWebhook([pending], { ...facts, amount: 1011, eventKey: 'test:evt_4' })).toEqual({ apply: false, reason: 'mismatch' })
    expect(resolveWebhook([pending], { ...facts, currency: 'EUR', eventKey: 'test:evt_5' })).toEqual({ apply: false, reason: 'mismatch' })
  })
  it('ignores a reference with no pending row', () => expect(resolveWebhook([], { ...facts, reference: 'tg_x', eventKey: 'test:evt_3' })).toEqual({ apply: false, reason: 'unknown' }))
})
