/**
 * Request-level guards in front of Payload's REST and GraphQL route handlers. Payload parses bodies itself and
 * answers 500 for much of what a client can send: a body that is not JSON under a JSON content type it tolerates,
 * but `null`, `123`, a bare string, a JSON array, a body nested thousands deep (stack overflow in its traversals),
 * `text/plain` or XML bodies, and a `_payload` form field that is not JSON all end in 500. The guard answers these
 * before Payload runs, with the status that is the truth: 413 too large, 415 unsupported type, 400 bad JSON (in
 * Payload's ValidationError shape, naming `body` or the offending path), so nothing is written.
 *
 * Query strings are checked here for what is independent of the collection (`limit`, `page`, `depth` bounds);
 * collection-aware checks (ids, `where` values, field types) live in src/kit/input-guard.ts.
 */
import { INPUT_BOUNDS } from '../kit/input-bounds'

type IssueAnswer = { status: number; path: string; message: string }

/** 400 (or another 4xx) in Payload's ValidationError shape, so clients parse one shape for every bad input. */
export function validationResponse({ status, path, message }: IssueAnswer): Response {
  const name = status === 400 ? 'ValidationError' : status === 413 ? 'PayloadTooLarge' : 'UnsupportedMediaType'
  return Response.json(
    { errors: [{ name, message: `The following field is invalid: ${path}`, data: { errors: [{ path, message }] } }] },
    { status },
  )
}

/** The nesting depth of a parsed JSON value, stopping as soon as it passes `limit`. */
export function exceedsDepth(value: unknown, limit: number): string | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }]
  while (stack.length) {
    const item = stack.pop()!
    if (item.value === null || typeof item.value !== 'object') continue
    if (item.depth >= limit) return item.path || 'body'
    for (const [key, inner] of Object.entries(item.value as Record<string, unknown>)) {
      stack.push({ value: inner, depth: item.depth + 1, path: item.path ? `${item.path}.${key}` : key })
    }
  }
  return null
}

/**
 * Checks the nesting depth of JSON text before parsing it: JSON.parse itself copes with deep input, but Payload's
 * recursive traversals of the parsed value overflow the stack. Counting brackets outside strings is linear.
 */
export function jsonTextTooDeep(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index)
    if (inString) {
      if (char === 92 /* \ */) index += 1
      else if (char === 34 /* " */) inString = false
    } else if (char === 34) inString = true
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      depth += 1
      if (depth > limit) return true
    } else if (char === 125 || char === 93) depth -= 1
  }
  return false
}

/** Reads at most `limit` bytes of the body; null when it is larger. */
async function readBounded(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** The JSON a client sent, checked: valid UTF-8, parseable, not too deep, and (for REST) an object. */
function checkJsonText(text: string, requireObject: boolean): IssueAnswer | { data: unknown } {
  if (text.trim() === '') return { data: {} }
  if (jsonTextTooDeep(text, INPUT_BOUNDS.jsonDepth)) {
    return { status: 400, path: 'body', message: `JSON may nest at most ${INPUT_BOUNDS.jsonDepth} levels` }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { status: 400, path: 'body', message: 'The body is not valid JSON' }
  }
  if (requireObject && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    return { status: 400, path: 'body', message: 'The body must be a JSON object' }
  }
  return { data }
}

const isIssue = (value: IssueAnswer | { data: unknown }): value is IssueAnswer => 'status' in value

const decoder = new TextDecoder('utf-8', { fatal: true })

function bodyMayBeSent(method: string) {
  return method === 'POST' || method === 'PATCH' || method === 'PUT'
}

/** Query-string parameters whose values Payload passes to the database unchecked. */
function checkPagingParams(url: URL): IssueAnswer | null {
  const bounded: Array<[string, number, number]> = [
    ['limit', 0, INPUT_BOUNDS.maxLimit],
    ['page', 1, INPUT_BOUNDS.maxPage],
    ['depth', 0, INPUT_BOUNDS.maxDepth],
  ]
  for (const [name, min, max] of bounded) {
    for (const raw of url.searchParams.getAll(name)) {
      const value = Number(raw)
      if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
        return { status: 400, path: name, message: `${name} must be a whole number from ${min} to ${max}` }
      }
    }
  }
  return null
}

/**
 * Returns an answer for a request that must not reach Payload, or a request to hand on (its body re-created from
 * the bytes read, since a stream can be read only once).
 */
export async function guardRestRequest(request: Request): Promise<Response | Request> {
  const url = new URL(request.url)
  if (url.search.includes('%00')) {
    return validationResponse({ status: 400, path: 'query', message: 'The query string may not contain NUL bytes' })
  }
  const paging = checkPagingParams(url)
  if (paging) return validationResponse(paging)
  if (!bodyMayBeSent(request.method)) return request

  const bytes = await readBounded(request, INPUT_BOUNDS.bodyBytes)
  if (bytes === null) {
    return validationResponse({ status: 413, path: 'body', message: `The body may be at most ${INPUT_BOUNDS.bodyBytes} bytes` })
  }
  const [contentType = ''] = (request.headers.get('content-type') ?? '').split(';', 1)
  const type = contentType.trim().toLowerCase()
  const methodOverride = request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  // A consumed request cannot be copied with `new Request(request)`: build a new one from its parts.
  const rebuilt = (body: BodyInit | null) =>
    new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal, ...(body ? { duplex: 'half' } : {}) } as RequestInit)

  if (bytes.byteLength === 0) return rebuilt(null)
  let text: string
  if (type === 'application/json' || (type === 'application/x-www-form-urlencoded' && methodOverride === 'GET')) {
    try {
      text = decoder.decode(bytes)
    } catch {
      return validationResponse({ status: 400, path: 'body', message: 'The body is not valid UTF-8' })
    }
    if (text.includes('\u0000') && type !== 'application/json') {
      return validationResponse({ status: 400, path: 'body', message: 'The body may not contain NUL bytes' })
    }
    if (type === 'application/json') {
      const checked = checkJsonText(text, true)
      if (isIssue(checked)) return validationResponse(checked)
    }
    return rebuilt(text)
  }
  if (type === 'multipart/form-data') {
    // The admin sends its forms this way: the document as JSON in a `_payload` field, files beside it.
    let form: FormData
    try {
      form = await new Request(request.url, { method: 'POST', headers: request.headers, body: bytes as BodyInit }).formData()
    } catch {
      return validationResponse({ status: 400, path: 'body', message: 'The multipart body could not be read' })
    }
    const document = form.get('_payload')
    if (typeof document === 'string') {
      const checked = checkJsonText(document, true)
      if (isIssue(checked)) return validationResponse({ ...checked, path: checked.path === 'body' ? '_payload' : checked.path })
    }
    return rebuilt(bytes as BodyInit)
  }
  return validationResponse({
    status: 415,
    path: 'body',
    message: 'Send the body as application/json (or multipart/form-data with a `_payload` field for uploads)',
  })
}

/** The same guard for GraphQL: a JSON object with a string `query` (Payload answers 500 to anything else). */
export async function guardGraphQLRequest(request: Request): Promise<Response | Request> {
  if (request.method !== 'POST') return request
  const bytes = await readBounded(request, INPUT_BOUNDS.bodyBytes)
  if (bytes === null) {
    return validationResponse({ status: 413, path: 'body', message: `The body may be at most ${INPUT_BOUNDS.bodyBytes} bytes` })
  }
  const [contentType = ''] = (request.headers.get('content-type') ?? '').split(';', 1)
  if (contentType.trim().toLowerCase() !== 'application/json') {
    return validationResponse({ status: 415, path: 'body', message: 'Send GraphQL requests as application/json' })
  }
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return validationResponse({ status: 400, path: 'body', message: 'The body is not valid UTF-8' })
  }
  const checked = checkJsonText(text, true)
  if (isIssue(checked)) return validationResponse(checked)
  const { query, variables } = checked.data as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string' || query.length === 0) {
    return validationResponse({ status: 400, path: 'query', message: 'A GraphQL request needs a `query` string' })
  }
  if (query.length > INPUT_BOUNDS.graphQLQueryChars) {
    return validationResponse({ status: 400, path: 'query', message: `A GraphQL query may be at most ${INPUT_BOUNDS.graphQLQueryChars} characters` })
  }
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    return validationResponse({ status: 400, path: 'variables', message: 'GraphQL variables must be a JSON object' })
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: text, signal: request.signal, duplex: 'half' } as RequestInit)
}
