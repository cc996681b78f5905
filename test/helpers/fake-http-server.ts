/**
 * A local HTTP server standing in for an outside provider (SMS, webhooks, payment gateways): it records every request
 * it receives and answers with what the test scripted (200 `{}` by default), so tests assert what arrived.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string; form: URLSearchParams }
export type ScriptedAnswer = { status: number; body?: unknown; headers?: Record<string, string> }

export type FakeHttpServer = {
  url: string
  received: ReceivedRequest[]
  /** the answer to the next requests, in order; when none is left, `fallback` answers */
  answerNext: (...answers: ScriptedAnswer[]) => void
  fallback: (request: ReceivedRequest) => ScriptedAnswer
  /** resolves once `count` requests have arrived (rejects after `timeoutMs`) */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedRequest[]>
  close: () => Promise<void>
}

export async function startFakeHttpServer(): Promise<FakeHttpServer> {
  const queue: ScriptedAnswer[] = []
  const received: ReceivedRequest[] = []
  const fake: FakeHttpServer = {
    url: '',
    received,
    answerNext: (...answers: ScriptedAnswer[]) => void queue.push(...answers),
    fallback: (): ScriptedAnswer => ({ status: 200, body: {} }),
    waitFor: async () => [],
    close: async () => undefined,
  }
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const entry = { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers, body, form: new URLSearchParams(body) }
      received.push(entry)
      const answer = queue.shift() ?? fake.fallback(entry)
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {})
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
      response.end(text)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.waitFor = async (count, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs
    while (received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} requests at the fake server, got ${received.length}`)
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    return received.slice(0, count)
  }
  fake.close = () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  return fake
}
