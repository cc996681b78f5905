/**
 * Webhook signatures (pure, node:crypto only): `x-test-gateway-signature: sha256=<hex HMAC-SHA256(secret, raw body)>`,
 * the scheme GitHub and many gateways use. Compared in constant time; any other shape is refused.
 */
import crypto from 'node:crypto'

export const SIGNATURE_HEADER = 'x-test-gateway-signature'

export const sign = (secret: string, rawBody: string): string => `sha256=${crypto.createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`

export function verifySignature(secret: string, rawBody: string, header: string | null | undefined): boolean {
  if (!secret || typeof header !== 'string' || !/^sha256=[0-9a-f]{64}$/.test(header)) return false
  const expected = Buffer.from(sign(secret, rawBody))
  const given = Buffer.from(header)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
