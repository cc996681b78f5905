/**
 * Boots Payload for an integration test file on the file's own database, and gives the three doors users go
 * through: the local API (`payload`), REST (`rest`) and GraphQL (`graphql`). REST and GraphQL requests go through
 * the same Next.js route handlers the app serves under /api, called with real Request objects.
 */
import crypto from 'node:crypto'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildBureauConfig, type BureauConfigOptions } from '../../src/config'
import { closePayload } from '../../src/db/close-payload'
import { graphQLRoute, restRoutes } from '../../src/http/routes'
import { createDatabase, databaseUri, dropDatabase, TEST_DATABASE_PREFIX } from './databases'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }
type RequestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }
/** A request sent as it is: the body as raw text (or bytes), any content type or none. */
type RawOptions = { body?: string | Uint8Array; token?: string; headers?: Record<string, string> }
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

async function toApiResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

function buildRequest(method: string, url: string, options: RequestOptions): Request {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  let body: BodyInit | undefined
  if (options.body instanceof FormData) body = options.body
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  return new Request(url, { method, headers, body })
}

export function restClient(config: Promise<SanitizedConfig>) {
  const routes = restRoutes(config)
  const send = async (method: Method, path: string, request: Request) => {
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    return toApiResponse(await routes[method](request, { params: Promise.resolve({ slug }) }))
  }
  const call = (method: Method, path: string, options: RequestOptions = {}) =>
    send(method, path, buildRequest(method, `http://localhost:3000/api${path}`, options))
  const raw = (method: Method, path: string, options: RawOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    return send(method, path, new Request(`http://localhost:3000/api${path}`, { method, headers, body: options.body as BodyInit | undefined }))
  }
  return {
    get: (path: string, options?: RequestOptions) => call('GET', path, options),
    post: (path: string, options?: RequestOptions) => call('POST', path, options),
    patch: (path: string, options?: RequestOptions) => call('PATCH', path, options),
    put: (path: string, options?: RequestOptions) => call('PUT', path, options),
    delete: (path: string, options?: RequestOptions) => call('DELETE', path, options),
    raw,
  }
}

export function graphqlClient(config: Promise<SanitizedConfig>) {
  const route = graphQLRoute(config)
  const client = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const request = buildRequest('POST', 'http://localhost:3000/api/graphql', { body: { query, variables }, token })
    return toApiResponse(await route(request))
  }
  /** a GraphQL request with a raw body */
  client.raw = async (body: string, token?: string, contentType = 'application/json') => {
    const headers: Record<string, string> = { 'Content-Type': contentType }
    if (token) headers.Authorization = `JWT ${token}`
    return toApiResponse(await route(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body })))
  }
  return client
}

export type TestApp = {
  payload: Payload
  rest: ReturnType<typeof restClient>
  graphql: ReturnType<typeof graphqlClient>
  /** logs a user of `collection` in through REST and returns the JWT */
  login: (email: string, password: string, collection?: string) => Promise<string>
  close: () => Promise<void>
}

type StartOptions = BureauConfigOptions & {
  /** boot on a new empty database (dropped on close) instead of the file's own, e.g. to compare configs */
  freshDatabase?: boolean
}

export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const { freshDatabase, ...configOptions } = options
  const server = process.env.BUREAU_TEST_SERVER_URI
  const fileDatabase = process.env.DATABASE_URI
  let extraDatabase: string | undefined
  if (freshDatabase && server) {
    extraDatabase = `${TEST_DATABASE_PREFIX}${crypto.randomBytes(6).toString('hex')}`
    await createDatabase(server, extraDatabase)
    process.env.DATABASE_URI = databaseUri(server, extraDatabase)
  }
  const config = buildBureauConfig(configOptions)
  if (extraDatabase) process.env.DATABASE_URI = fileDatabase
  const payload = await getPayload({ config })
  const rest = restClient(config)
  return {
    payload,
    rest,
    graphql: graphqlClient(config),
    login: async (email, password, collection = 'users') => {
      const response = await rest.post(`/${collection}/login`, { body: { email, password } })
      if (response.status !== 200) throw new Error(`login failed (${response.status}): ${JSON.stringify(response.body)}`)
      return response.body.token as string
    },
    // Close the pool before the per-file database is dropped, or the drop terminates live connections.
    close: async () => {
      await closePayload(payload)
      // getPayload caches the instance per process; the next startTestApp in this file must build a new one.
      ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
      if (extraDatabase && server) await dropDatabase(server, extraDatabase)
    },
  }
}
