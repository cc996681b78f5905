/**
 * The ceiling: a bare Node `http` server answering one fixed small JSON document, in its own process like the app.
 * Benchmarked with the same autocannon settings, it shows what this machine, this Node and this load generator can
 * do at best, so the app's figures can be read as a fraction of it.
 */
import type { ChildProcess } from 'node:child_process'
import http from 'node:http'

import { stopGroup } from '../src/scripts/processes'
import { isMain, spawnTs } from './child'

export type Ceiling = { url: string; stop: () => Promise<void> }

const BODY = JSON.stringify({ docs: [{ id: 1, sku: 'SCR-000001', name: 'Hex screw M4 × 20 mm' }], totalDocs: 1 })

export async function startCeiling(): Promise<Ceiling> {
  const { child, message } = spawnTs<{ port: number }>(import.meta.url, [], { detached: true, timeoutMs: 30_000 })
  const { port } = await message
  return { url: `http://127.0.0.1:${port}`, stop: () => stopGroup(child as ChildProcess) }
}

if (isMain(import.meta.url)) {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(BODY) })
    response.end(BODY)
  })
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    if (address && typeof address === 'object') process.send?.({ port: address.port })
  })
  process.on('SIGTERM', () => server.close(() => process.exit(0)))
  // If the run dies without stopping us, the IPC channel closes: do not linger as an orphan.
  process.on('disconnect', () => process.exit(0))
}
