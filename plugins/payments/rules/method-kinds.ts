/** The kinds of payment method; `paymentTerm` and `offline` are the core's own checkout kinds, `card` needs a gateway. */
export const PAYMENT_METHOD_KINDS = ['paymentTerm', 'offline', 'card'] as const
export type PaymentMethodKind = (typeof PAYMENT_METHOD_KINDS)[number]

export type MethodChoice = { kind: PaymentMethodKind; active?: boolean | null; websites?: ReadonlyArray<unknown> | null }

/** Why a method cannot pay this checkout (the 400's message), or null when it can. */
export function methodRefusal(method: MethodChoice, website: string | number | null, hasTerm: boolean): string | null {
  if (method.active === false) return 'This payment method is not active'
  const websites = (method.websites ?? []).map((entry) => String(entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : entry))
  if (websites.length > 0 && (website === null || !websites.includes(String(website)))) return 'This payment method is not offered on this website'
  if (method.kind === 'paymentTerm' && !hasTerm) return 'The buyer has no payment term: choose another payment method'
  return null
}
