/**
 * One measurement: a request checked once for the right answer, a short warm-up (JIT, connection pools, caches),
 * then autocannon for a fixed duration with a fixed number of connections.
 */
import autocannon from 'autocannon'

export type Target = {
  name: string
  url: string
  /** several servers to spread the connections over round-robin (autocannon does it); `url` is still checked first */
  urls?: string[]
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** changes each request before it is sent (a new body or header per request, e.g. an Idempotency-Key) */
  setupRequest?: (request: { body?: string; headers: Record<string, string> }) => { body?: string; headers: Record<string, string> }
  /** seconds before a request counts as timed out (default 10): a slow write path should show its latency, not 0 */
  timeoutS?: number
  /** throws when a response is not what the target should answer, so we never benchmark an error page */
  verify: (status: number, body: string) => void
}

export type LoadSettings = { connections: number; durationS: number; warmupS: number }

export type Measurement = {
  target: string
  method: string
  url: string
  requestsPerSec: number
  /** ms */
  p50: number
  /** ms */
  p99: number
  requests: number
  non2xx: number
  errors: number
  timeouts: number
  elapsedMs: number
}

function run(target: Target, connections: number, durationS: number) {
  return autocannon({
    // autocannon takes an array of URLs and spreads the connections over them; @types/autocannon only knows a string
    url: (target.urls ?? target.url) as string,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    connections,
    ...(target.setupRequest ? { requests: [{ setupRequest: target.setupRequest as never }] } : {}),
    duration: durationS,
    timeout: target.timeoutS ?? 10,
  })
}

export async function measure(target: Target, settings: LoadSettings): Promise<Measurement> {
  const started = Date.now()
  const response = await fetch(target.url, {
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    signal: AbortSignal.timeout(30_000),
  })
  target.verify(response.status, await response.text())

  if (settings.warmupS > 0) await run(target, settings.connections, settings.warmupS)
  const result = await run(target, settings.connections, settings.durationS)
  return {
    target: target.name,
    method: target.method ?? 'GET',
    url: target.url,
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    elapsedMs: Date.now() - started,
  }
}
