/**
 * One Bureau app process for multi-process tests, run as a child with `tsx`: Payload's REST route handlers (the
 * ones Next.js serves under /api) behind node:http on PORT, with their own Payload instance and connection pool,
 * and the claiming job runner an app process starts (src/jobs/in-app.ts, via instrumentation in Next.js) unless
 * BUREAU_JOBS_AUTORUN=false. Cheaper than `next start` (no build), same request path below the framework.
 * Prints `ready` once it serves.
 */
import http from 'node:http'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { buildBureauConfig } from '../../src/config'
import { startJobRunner } from '../../src/kit/job-claims'
import { runnerSettings } from '../../src/jobs/runner-settings'

const config = buildBureauConfig()
const payload = await getPayload({ config })
if (process.env.BUREAU_JOBS_AUTORUN !== 'false') startJobRunner(payload, runnerSettings())

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE } as const

const server = http.createServer(async (incoming, outgoing) => {
  try {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const method = (incoming.method ?? 'GET') as keyof typeof handlers
    const url = `http://127.0.0.1${incoming.url ?? '/'}`
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    const request = new Request(url, { method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
    const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const response = await handlers[method](config)(request, { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  } catch (error) {
    outgoing.writeHead(500).end(String(error))
  }
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'))
