/**
 * The test gateway adapter. It talks HTTP to the simulator at `PAYMENTS_TEST_GATEWAY_URL` (`POST <url>/<operation>`
 * with JSON; the tests serve simulator.ts with node:http, test/helpers/test-gateway-server.ts). With no URL set — the
 * demo, a fresh checkout of the project — it calls the same simulator in process, so the demo needs no set-up.
 * Webhooks are signed with `PAYMENTS_TEST_GATEWAY_SECRET` (signature.ts); without a secret every webhook is refused.
 */
import { GatewayUnavailableError, type GatewayAdapter, type GatewayResult, type GatewayWebhookEvent } from '../contract'
import { SIGNATURE_HEADER, verifySignature } from './signature'
import { simulate, type SimulatorOperation, type SimulatorRequest } from './simulator'

export type TestGatewayOptions = {
  /** the simulator's base URL. @default process.env.PAYMENTS_TEST_GATEWAY_URL, else in process */
  url?: () => string | undefined
  /** the webhook secret. @default process.env.PAYMENTS_TEST_GATEWAY_SECRET */
  secret?: () => string | undefined
  /** how long one call may take. @default 10000 ms */
  timeoutMs?: number
}

const isResult = (value: unknown): value is GatewayResult =>
  !!value && typeof value === 'object' && ['succeeded', 'failed', 'pending'].includes((value as { status?: unknown }).status as string)

async function overHttp(url: string, operation: SimulatorOperation, body: SimulatorRequest, timeoutMs: number): Promise<GatewayResult> {
  let response: Response
  try {
    response = await fetch(`${url.replace(/\/$/, '')}/${operation}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw new GatewayUnavailableError(`test gateway unreachable: ${(error as Error).message}`)
  }
  const answer: unknown = await response.json().catch(() => null)
  if (response.ok && isResult(answer)) return answer
  const message = answer && typeof answer === 'object' && 'error' in answer ? String((answer as { error: unknown }).error) : `HTTP ${response.status}`
  if (response.status >= 400 && response.status < 500) return { status: 'failed', reference: null, error: message }
  throw new GatewayUnavailableError(`test gateway: ${message}`)
}

function inProcess(operation: SimulatorOperation, body: SimulatorRequest): GatewayResult {
  const answer = simulate(operation, body)
  return isResult(answer.body) ? answer.body : { status: 'failed', reference: null, error: 'error' in answer.body ? answer.body.error : 'refused' }
}

const WEBHOOK_KINDS = ['authorize', 'capture', 'refund', 'void'] as const

/** A signed webhook body, or null when any part is missing or of the wrong type. */
function readEvent(rawBody: string): GatewayWebhookEvent | null {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(rawBody) as Record<string, unknown>
  } catch {
    return null
  }
  const { id, kind, status, reference, amount, currency, error } = parsed ?? {}
  if (typeof id !== 'string' || !id || typeof reference !== 'string' || !reference || typeof currency !== 'string') return null
  if (!(WEBHOOK_KINDS as readonly unknown[]).includes(kind) || (status !== 'succeeded' && status !== 'failed')) return null
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return null
  return { id, kind: kind as GatewayWebhookEvent['kind'], status, reference, amount, currency, ...(typeof error === 'string' ? { error } : {}) }
}

export function testGatewayAdapter(options: TestGatewayOptions = {}): GatewayAdapter {
  const url = options.url ?? (() => process.env.PAYMENTS_TEST_GATEWAY_URL)
  const secret = options.secret ?? (() => process.env.PAYMENTS_TEST_GATEWAY_SECRET)
  const timeoutMs = options.timeoutMs ?? 10_000
  const call = (operation: SimulatorOperation, body: SimulatorRequest): Promise<GatewayResult> => {
    const base = url()
    return base ? overHttp(base, operation, body, timeoutMs) : Promise.resolve(inProcess(operation, body))
  }
  return {
    initiate: ({ amount, currency }) => call('initiate', { amount, currency }),
    authorize: ({ amount, currency, card, session }) => call('authorize', { amount, currency, cardNumber: card.cardNumber, session }),
    capture: ({ amount, currency, reference }) => call('capture', { amount, currency, reference }),
    void: ({ reference }) => call('void', { reference }),
    refund: ({ amount, currency, reference }) => call('refund', { amount, currency, reference }),
    status: ({ reference }) => call('status', { reference }),
    webhook: async ({ rawBody, headers }) => {
      const key = secret()
      if (!key || !verifySignature(key, rawBody, headers.get(SIGNATURE_HEADER))) return null
      return readEvent(rawBody)
    },
  }
}
