/**
 * Boots Payload for an integration test file on the file's own database, and gives the three doors users go
 * through: the local API (`payload`), REST (`rest`) and GraphQL (`graphql`). REST and GraphQL requests go through
 * the same Next.js route handlers the app serves under /api, called with real Request objects.
 */
import crypto from 'node:crypto'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildBureauConfig, type BureauConfigOptions } from '../../src/config'
import { closePayload } from '../../src/db/close-payload'
import type { LoginResponse } from './api-types'
import { createDatabase, databaseUri, dropDatabase, TEST_DATABASE_PREFIX } from './databases'

/** `body` is the parsed JSON (or the raw text when not JSON); the test names the shape it reads through `T`. */
export type ApiResponse<T = unknown> = { status: number; body: T; headers: Headers }
type RequestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

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
  const call = async <T>(method: keyof typeof handlers, path: string, options: RequestOptions = {}) => {
    const url = `http://localhost:3000/api${path}`
    const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    const response = await handlers[method](config)(buildRequest(method, url, options), { params: Promise.resolve({ slug }) })
    return toApiResponse<T>(response)
  }
  return {
    get: <T = unknown>(path: string, options?: RequestOptions) => call<T>('GET', path, options),
    post: <T = unknown>(path: string, options?: RequestOptions) => call<T>('POST', path, options),
    patch: <T = unknown>(path: string, options?: RequestOptions) => call<T>('PATCH', path, options),
    delete: <T = unknown>(path: string, options?: RequestOptions) => call<T>('DELETE', path, options),
  }
}

export function graphqlClient(config: Promise<SanitizedConfig>) {
  return async <T = unknown>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const request = buildRequest('POST', 'http://localhost:3000/api/graphql', { body: { query, variables }, token })
    return toApiResponse<T>(await GRAPHQL_POST(config)(request))
  }
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
