/**
 * Fuzz: malformed requests against every collection and every endpoint the running config mounts (enumerated from
 * it, so collections and endpoints added later are covered without editing this file), through REST and GraphQL,
 * as an administrator and as a storefront customer user. Asserts: no 5xx, every REST 400 names a field in Payload's
 * ValidationError shape, and no collection gains or loses a row.
 *
 * Reproducible: the seed is printed; `BUREAU_FUZZ_SEED=<n>` replays a run, `BUREAU_FUZZ_RUNS=<n>` sizes it.
 */
import fc from 'fast-check'
import type { Field, Payload, SanitizedCollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCustomerWorld, PASSWORD as STOREFRONT_PASSWORD } from '../helpers/customer-world'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import { graphQLNames } from '../helpers/graphql-names'
import { drainJobs } from '../helpers/drain-jobs'
import { startTestApp, type ApiResponse, type TestApp } from '../helpers/payload'

const SEED = Number(process.env.BUREAU_FUZZ_SEED ?? 20261123)
const RUNS = Number(process.env.BUREAU_FUZZ_RUNS ?? 12)

/** Raw JSON texts no field of any type accepts as its value. */
const HUGE = JSON.stringify('x'.repeat(200_001))
const deep = (levels: number, open: string, close: string, inner = '1') => open.repeat(levels) + inner + close.repeat(levels)
const ALWAYS_BAD = [
  '"nul\\u0000byte"',
  HUGE,
  '1e309',
  '-1e309',
  '9223372036854775808',
  '-1e15',
  deep(40, '[', ']'),
  deep(40, '{"a":', '}'),
  '{"$where":"1"}',
  '["a\\u0000",{"b":[]}]',
]
/** Values wrong for most fields: sent where a write cannot create a row (updates, queries). */
const OFTEN_BAD = [...ALWAYS_BAD, '1.5', '-1', '0', 'true', '"abc"', '[]', '{}', 'null', '""', '"2026-13-45"', '[1.5,"x"]']
/** Ids that are not ids, as path segments and in `where`. */
const BAD_IDS = ['abc', '9223372036854775808', '1.5', '-1', '0', '1e309', '%2e%2e', 'NaN', '%F0%9F%92%A9', '2147483648', '99999999']
/** Bodies that are not a JSON object, with their content types. */
const BAD_BODIES: Array<[string | undefined, string]> = [
  ['application/json', 'null'],
  ['application/json', 'true'],
  ['application/json', '123'],
  ['application/json', '"a string"'],
  ['application/json', '[1,2]'],
  ['application/json', '{"name": "trunc'],
  ['application/json', deep(3000, '{"a":', '}')],
  ['text/plain', '{"name":"x"}'],
  ['application/x-www-form-urlencoded', 'name=x&sku=y'],
  ['application/xml', '<product><name>x</name></product>'],
  ['multipart/form-data; boundary=zzz', '--zzz\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name":\r\n--zzz--\r\n'],
  [undefined, '{"name":"x"}'],
]
const BAD_QUERIES = [
  'limit=1e309',
  'limit=-1',
  'page=0',
  'page=abc',
  'depth=1e9',
  'where[id][equals]=9223372036854775808',
  'where[id][in]=1,abc',
  'where[id][equals]=1.5',
  'where[id][greater_than]=1e309',
  'sort=%00',
  'where[nope][equals]=1',
  'where[or][0][id][like]=%25',
]

type Target = { field: string; wrap: (value: string) => string; type: string }

/** Every writable data field as a body template: `{"a":{"b":[{"c": <value>}]}}` for nested ones. */
function targetsOf(fields: readonly Field[], wrap = (value: string) => value, type = 'object'): Target[] {
  return fields.flatMap((field): Target[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => targetsOf(tab.fields, 'name' in tab && tab.name ? (v) => wrap(`{"${tab.name}":${v}}`) : wrap))
    if (field.type === 'row' || field.type === 'collapsible') return targetsOf(field.fields, wrap)
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') return []
    const name = field.name
    const here = (value: string) => wrap(`{"${name}":${value}}`)
    if (field.type === 'group') return targetsOf(field.fields, here)
    if (field.type === 'array') return [{ field: name, wrap: here, type: 'array' }, ...targetsOf(field.fields, (v) => here(`[${v}]`))]
    if (field.type === 'json' || field.type === 'richText' || field.type === 'blocks') return []
    return [{ field: name, wrap: here, type: field.type }]
  })
}

/** A body from 1–3 targets: nested templates are merged by sending only the first's shape for the rest. */
const bodyOf = (targets: Target[], values: string[]) => {
  const parts = targets.map((target, index) => target.wrap(values[index % values.length]).slice(1, -1))
  return `{${[...new Set(parts)].join(',')}}`
}

const statusHistogram = new Map<number, number>()
const failures: string[] = []
const created: string[] = []
let requests = 0

/** A 400 names the field: ValidationError's `data.errors[].path`, or QueryError's `data[].path` (a bad `where` path). */
const names = (items: unknown) => Array.isArray(items) && items.some((item: { path?: unknown } | null) => typeof item?.path === 'string' && item.path !== '')
type FuzzedErrors = { errors?: Array<{ data?: { errors?: unknown } | unknown[]; extensions?: { statusCode?: number } } | null> }
const FIELD_NAMED = (body: unknown) => {
  const errors = (body as FuzzedErrors | null)?.errors
  return Array.isArray(errors) && errors.some((error) => names((error?.data as { errors?: unknown } | undefined)?.errors) || names(error?.data))
}

function record(label: string, response: ApiResponse, rest: boolean) {
  requests += 1
  statusHistogram.set(response.status, (statusHistogram.get(response.status) ?? 0) + 1)
  if (response.status === 201) created.push(label)
  if (response.status >= 500) failures.push(`${label} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`)
  else if (rest && response.status === 400 && !FIELD_NAMED(response.body)) {
    failures.push(`${label} → 400 without a field: ${JSON.stringify(response.body).slice(0, 200)}`)
  }
  if (!rest) {
    const internal = ((response.body as FuzzedErrors | null)?.errors ?? []).find((error) => (error?.extensions?.statusCode ?? 0) >= 500)
    if (internal) failures.push(`${label} → GraphQL internal error: ${JSON.stringify(internal).slice(0, 200)}`)
  }
}

async function rowCounts(payload: Payload, collections: readonly SanitizedCollectionConfig[]) {
  const counts: Record<string, number> = {}
  for (const collection of collections) {
    counts[collection.slug] = (await payload.count({ collection: collection.slug as never, overrideAccess: true })).totalDocs
  }
  return counts
}

/** `:id`, `:key`, `:id?` → a value. */
const fillPath = (path: string, value: string) => path.replace(/:[A-Za-z]+\??/g, value)

let app: TestApp
let callers: Array<[string, string]>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  await createCommerceBasics(app.payload)
  const world = await createCustomerWorld(app.payload)
  callers = [
    ['admin', await app.login(ADMIN.email, ADMIN.password)],
    ['storefront', await app.login(world.users.northwindAdmin.email, STOREFRONT_PASSWORD, 'customer-users')],
  ]
})

afterAll(async () => {
  await app?.close()
})

describe('fuzz', () => {
  // ~11,000 requests: about 50 s on a quiet 2-core machine; the margin is for a loaded one
  it('answers malformed REST and GraphQL requests without 5xx, naming the field, writing nothing', { timeout: 180_000 }, async () => {
    const started = Date.now()
    const { config } = app.payload
    // A staff user's own preferences are upserted by design by POST /payload-preferences/:key, whatever the key.
    // The job queue and the delivery ledger are left out too: an administrator's /payload-jobs/run among the fuzzed
    // requests runs the set-up's queued work (order.placed deliveries, price-list rebuilds, retries that come due
    // meanwhile), a legitimate write. Every domain write goes with its own collection's rows, which are counted.
    const uncounted = new Set(['payload-preferences', 'payload-jobs', 'event-deliveries'])
    const counted = config.collections.filter((collection) => !uncounted.has(collection.slug))
    // and the set-up's queued work is done first, so what it derives (combined price lists for the set-up's
    // customers) is counted before, not written by a fuzzed jobs run
    await drainJobs(app.payload)
    const before = await rowCounts(app.payload, counted)
    const existing: Record<string, string> = {}
    for (const collection of config.collections) {
      const { docs } = await app.payload.find({ collection: collection.slug as never, limit: 1, depth: 0, overrideAccess: true })
      if (docs[0]) existing[collection.slug] = String((docs[0] as { id: unknown }).id)
    }
    console.log(`[fuzz] seed ${SEED} (BUREAU_FUZZ_SEED), ${RUNS} runs per property (BUREAU_FUZZ_RUNS)`)

    const pick = <T,>(items: readonly T[]) => fc.constantFrom(...items)
    for (const collection of config.collections) {
      const slug = collection.slug
      const targets = targetsOf(collection.fields)
      if (targets.length === 0) continue
      const validId = existing[slug] ?? '1'
      await fc.assert(
        fc.asyncProperty(
          pick(callers),
          fc.subarray(targets, { minLength: 1, maxLength: Math.min(3, targets.length) }),
          fc.array(pick(ALWAYS_BAD), { minLength: 1, maxLength: 3 }),
          fc.array(pick(OFTEN_BAD), { minLength: 1, maxLength: 3 }),
          pick(BAD_IDS),
          pick(BAD_QUERIES),
          pick(BAD_BODIES),
          async ([who, token], chosen, alwaysBad, oftenBad, badId, badQuery, [contentType, badBody]) => {
            const json = { 'Content-Type': 'application/json' }
            const create = bodyOf(chosen, alwaysBad)
            // The first chosen field always gets a value no field accepts, so the whole update must fail, whatever
            // the others get (a refused update writes nothing, not even the fields that were fine).
            const update = bodyOf(chosen, [alwaysBad[0], ...oftenBad])
            const calls: Array<[string, () => Promise<ApiResponse>]> = [
              [`${who} POST /${slug} ${create.slice(0, 80)}`, () => app.rest.raw('POST', `/${slug}`, { token, body: create, headers: json })],
              [`${who} PATCH /${slug}/${validId} ${update.slice(0, 80)}`, () => app.rest.raw('PATCH', `/${slug}/${validId}`, { token, body: update, headers: json })],
              [`${who} PATCH /${slug}/${badId}`, () => app.rest.raw('PATCH', `/${slug}/${badId}`, { token, body: '{}', headers: json })],
              [`${who} GET /${slug}/${badId}`, () => app.rest.raw('GET', `/${slug}/${badId}`, { token })],
              [`${who} DELETE /${slug}/${badId}`, () => app.rest.raw('DELETE', `/${slug}/${badId}`, { token })],
              [`${who} GET /${slug}?${badQuery}`, () => app.rest.raw('GET', `/${slug}?${badQuery}`, { token })],
              [`${who} DELETE /${slug}?where[id][equals]=${badId}`, () => app.rest.raw('DELETE', `/${slug}?where[id][equals]=${badId}`, { token })],
              [`${who} POST /${slug} (${contentType}) ${badBody.slice(0, 40)}`, () => app.rest.raw('POST', `/${slug}`, { token, body: badBody, headers: contentType ? { 'Content-Type': contentType } : {} })],
            ]
            for (const [label, call] of calls) record(label, await call(), true)
          },
        ),
        { seed: SEED, numRuns: RUNS },
      )

      // GraphQL: the collection's list query with bad arguments, and its mutations with bad data.
      const names = graphQLNames(collection)
      if (!names) continue
      const { singular, plural } = names
      await fc.assert(
        fc.asyncProperty(pick(callers), fc.subarray(targets, { minLength: 1, maxLength: Math.min(2, targets.length) }), fc.array(pick(ALWAYS_BAD), { minLength: 1, maxLength: 2 }), pick(BAD_IDS), async ([who, token], chosen, values, badId) => {
          const data = bodyOf(chosen, values)
          const id = /^-?\d+$/.test(badId) ? badId : JSON.stringify(badId)
          const bodies = [
            `{"query":"query { ${plural}(where: { id: { equals: ${id.replaceAll('"', '\\"')} } }, limit: 5) { docs { id } } }"}`,
            `{"query":"mutation ($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }","variables":{"data":${data}}}`,
            `{"query":"mutation ($data: mutation${singular}UpdateInput!) { update${singular}(id: ${validId}, data: $data) { id } }","variables":{"data":${data}}}`,
            `{"query":"query { ${singular}(id: ${id.replaceAll('"', '\\"')}) { id } }"}`,
          ]
          for (const body of bodies) record(`${who} GraphQL ${body.slice(0, 120)}`, await app.graphql.raw(body, token), false)
        }),
        { seed: SEED, numRuns: Math.max(1, Math.floor(RUNS / 2)) },
      )
    }

    // Every endpoint the config mounts (root, collections, globals), with bad path params and bodies. Logging out
    // ends the caller's own session by design, whatever it sends; it is exercised elsewhere.
    const endpoints = [
      ...(config.endpoints || []).map((endpoint) => ({ base: '', endpoint })),
      ...config.collections.flatMap((collection) => (collection.endpoints || []).map((endpoint) => ({ base: `/${collection.slug}`, endpoint }))),
      ...config.globals.flatMap((global) => (global.endpoints || []).map((endpoint) => ({ base: `/globals/${global.slug}`, endpoint }))),
    ].filter(({ endpoint }) => !endpoint.path.endsWith('/logout'))
    await fc.assert(
      fc.asyncProperty(pick(callers), pick(endpoints), pick(BAD_IDS), pick(ALWAYS_BAD), pick(BAD_BODIES), async ([who, token], { base, endpoint }, badId, bad, [contentType, badBody]) => {
        const method = endpoint.method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
        if (!['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].includes(method)) return
        // DELETE with a valid filter would delete rows legitimately: only ids that cannot match are sent.
        const path = `${base}${fillPath(endpoint.path, badId)}`.replace(/\/$/, '') || '/'
        const query = method === 'DELETE' || method === 'PATCH' ? `?where[id][equals]=${badId}` : ''
        const withBody = method === 'POST' || method === 'PATCH' || method === 'PUT'
        const json = { 'Content-Type': 'application/json' }
        record(`${who} ${method} ${path}${query}`, await app.rest.raw(method, `${path}${query}`, { token, ...(withBody ? { body: `{"email":${bad},"password":${bad},"data":${bad},"value":${bad}}`, headers: json } : {}) }), true)
        if (withBody) {
          record(`${who} ${method} ${path} (${contentType})`, await app.rest.raw(method, `${path}${query}`, { token, body: badBody, headers: contentType ? { 'Content-Type': contentType } : {} }), true)
        }
      }),
      { seed: SEED, numRuns: endpoints.length * Math.max(1, Math.ceil(RUNS / 2)) },
    )

    const after = await rowCounts(app.payload, counted)
    const histogram = [...statusHistogram.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(', ')
    console.log(`[fuzz] seed ${SEED}: ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${histogram}`)
    const changed = Object.keys(before).filter((slug) => before[slug] !== after[slug])
    if (created.length) console.log(`[fuzz] created: ${created.join('\n')}`)
    if (changed.length) console.log(`[fuzz] row counts changed: ${changed.map((slug) => `${slug} ${before[slug]} → ${after[slug]}`).join(', ')}`)
    if (failures.length) console.log(`[fuzz] ${failures.length} failures, first:\n${failures.slice(0, 40).join('\n')}`)
    expect(after).toEqual(before)
    expect(failures.slice(0, 20)).toEqual([])
  })
})
