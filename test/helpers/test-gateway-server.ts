/**
 * The payments plugin's test gateway over HTTP: the pure simulator (plugins/payments/gateway/test-gateway/simulator.ts)
 * served by node:http, so the adapter is exercised through a real network round trip as a real gateway would be.
 * Records what arrived (operation and body) so tests can assert what the gateway saw.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { SIMULATOR_OPERATIONS, simulate, type SimulatorOperation, type SimulatorRequest } from '../../plugins/payments/gateway/test-gateway/simulator'

export type GatewayCall = { operation: string; body: SimulatorRequest }
export type TestGatewayServer = { url: string; calls: GatewayCall[]; close: () => Promise<void> }

export async function startTestGatewayServer(): Promise<TestGatewayServer> {
  const calls: GatewayCall[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const operation = (request.url ?? '/').replace(/^\//, '')
      let body: SimulatorRequest = {}
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SimulatorRequest
      } catch {
        // an empty or broken body: the simulator refuses it
      }
      calls.push({ operation, body })
      const known = request.method === 'POST' && SIMULATOR_OPERATIONS.includes(operation as SimulatorOperation)
      const answer = known ? simulate(operation as SimulatorOperation, body) : { httpStatus: 404, body: { error: 'no such operation' } }
      response.writeHead(answer.httpStatus, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}
