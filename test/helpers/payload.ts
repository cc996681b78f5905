/**
 * Boots Payload for an integration test file on the file's own database, and gives the three doors users go
 * through: the local API (`payload`), REST (`rest`) and GraphQL (`graphql`). REST and GraphQL requests go through
 * the same Next.js route handlers the app serves under /api, called with real Request objects.
 */
import crypto from 'node:crypto'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildBureauConfig, type BureauConfigOptions } from '../../src/config'
import { closePayload } from '../../src/db/close-payload'
import type { LoginResponse } from './api-types'
import { graphQLRoute, restRoutes } from '../../src/http/routes'
import { createDatabase, databaseUri, dropDatabase, TEST_DATABASE_PREFIX } from './databases'

/** `body` is the parsed JSON (or the raw text when not JSON); the test names the shape it reads through `T`. */
export type ApiResponse<T = unknown> = { status: number; body: T; headers: Headers }
type RequestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }
/** A request sent as it is: the body as raw text (or bytes), any content type or none. */
type RawOptions = { body?: string | Uint8Array; token?: string; headers?: Record<string, string> }
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

// The cast is the one place a response body gets its type: the caller states what the endpoint answers.
async function toApiResponse<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: body as T, headers: response.headers }
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
  const send = async <T>(method: Method, request: Request) => {
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    return toApiResponse<T>(await routes[method](request, { params: Promise.resolve({ slug }) }))
  }
  const call = <T>(method: Method, path: string, options: RequestOptions = {}) =>
    send<T>(method, buildRequest(method, `http://localhost:3000/api${path}`, options))
  const raw = <T = unknown>(method: Method, path: string, options: RawOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    return send<T>(method, new Request(`http://localhost:3000/api${path}`, { method, headers, body: options.body as BodyInit | undefined }))
  }
  return {
    get: <T = unknown>(path: string, options?: RequestOptions) => call<T>('GET', path, options),
    post: <T = unknown>(path: string, options?: RequestOptions) => call<T>('POST', path, options),
    patch: <T = unknown>(path: string, options?: RequestOptions) => call<T>('PATCH', path, options),
    put: <T = unknown>(path: string, options?: RequestOptions) => call<T>('PUT', path, options),
    delete: <T = unknown>(path: string, options?: RequestOptions) => call<T>('DELETE', path, options),
    raw,
  }
}

export function graphqlClient(config: Promise<SanitizedConfig>) {
  const route = graphQLRoute(config)
  const client = async <T = unknown>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const request = buildRequest('POST', 'http://localhost:3000/api/graphql', { body: { query, variables }, token })
    return toApiResponse<T>(await route(request))
  }
  /** a GraphQL request with a raw body */
  client.raw = async <T = unknown>(body: string, token?: string, contentType = 'application/json') => {
    const headers: Record<string, string> = { 'Content-Type': contentType }
    if (token) headers.Authorization = `JWT ${token}`
    return toApiResponse<T>(await route(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body })))
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
      const response = await rest.post<LoginResponse>(`/${collection}/login`, { body: { email, password } })
      if (response.status !== 200) throw new Error(`login failed (${response.status}): ${JSON.stringify(response.body)}`)
      return response.body.token
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
