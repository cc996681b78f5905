/**
 * The gateway adapter contract, modelled on Medusa v2's payment provider (`AbstractPaymentProvider`: initiate,
 * authorize, capture, cancel, refund, status, webhook). An adapter only talks to its gateway and translates answers;
 * the plugin keeps the ledger, checks limits under a lock and derives the order's status. Register adapters through
 * the plugin options (`gateways: { name: adapter }`); a card payment method names its adapter.
 */

/** Card data as the buyer sent it at checkout: passed to the gateway, never stored or logged. */
export type CardInput = { cardNumber: string; expiry?: string; cvc?: string; holder?: string }

export type GatewayAmount = { amount: number; currency: string }

/** What every call answers: the gateway's own reference, and the outcome. `pending`: decided later (webhook). */
export type GatewayResult = { status: 'succeeded' | 'failed' | 'pending'; reference: string | null; error?: string }

/** An event the gateway sent to the webhook, already authenticated by the adapter. */
export type GatewayWebhookEvent = {
  /** the gateway's event id: a second delivery of the same id is applied once */
  id: string
  /** which ledger row the event resolves */
  kind: 'authorize' | 'capture' | 'refund' | 'void'
  status: 'succeeded' | 'failed'
  reference: string
  amount: number
  currency: string
  error?: string
}

export type WebhookInput = { rawBody: string; headers: Headers }

export type GatewayAdapter = {
  /** Starts a payment session (Medusa `initiatePayment`); gateways without sessions answer a local reference. */
  initiate(input: GatewayAmount & { orderReference: string }): Promise<GatewayResult>
  /** Holds `amount` on the card (Medusa `authorizePayment`). */
  authorize(input: GatewayAmount & { session: string | null; card: CardInput; orderReference: string }): Promise<GatewayResult>
  /** Takes `amount` (all or part) of an authorization. */
  capture(input: GatewayAmount & { reference: string }): Promise<GatewayResult>
  /** Releases what an authorization still holds (Medusa `cancelPayment`). */
  void(input: { reference: string }): Promise<GatewayResult>
  /** Gives `amount` (all or part) of a capture back. */
  refund(input: GatewayAmount & { reference: string }): Promise<GatewayResult>
  /** The gateway's view of a reference (Medusa `getPaymentStatus`). */
  status(input: { reference: string }): Promise<GatewayResult>
  /**
   * Authenticates and reads a webhook delivery (Medusa `getWebhookActionAndData`): null when the signature does not
   * hold (the endpoint answers 401 and applies nothing).
   */
  webhook(input: WebhookInput): Promise<GatewayWebhookEvent | null>
}

/** Thrown by an adapter when the gateway cannot be reached or answers nonsense (never for a decline). */
export class GatewayUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GatewayUnavailableError'
  }
}
