/**
 * The files `npm run plugin:new -- <name>` writes. The scaffold is a working plugin that changes no database schema
 * (so the migrations stay in sync until you add a collection): a staff-only endpoint counting the orders the caller
 * may read by status, loaded with the caller's access, summarized by a pure rule. Replace it with your domain.
 */
export type PluginNames = { name: string; camel: string; pascal: string }

export function pluginNames(name: string): PluginNames {
  const camel = name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
  return { name, camel, pascal: camel[0].toUpperCase() + camel.slice(1) }
}

export const indexFile = ({ name, camel, pascal }: PluginNames) => `import type { Plugin } from 'payload'

import { ordersByStatusEndpoint } from './endpoints/orders-by-status'

export type ${pascal}PluginOptions = {
  /**
   * false removes the plugin: the config is handed back untouched.
   * @default true
   */
  enabled?: boolean
  /**
   * Statuses always listed in the summary, with 0 when no order has them.
   * @default ['pending']
   */
  alwaysList?: string[]
}

/** ${name}: what it adds, in one sentence (see README.md). */
export const ${camel}Plugin =
  (options: ${pascal}PluginOptions = {}): Plugin =>
  (config) => {
    if (options.enabled === false) return config
    const endpoint = ordersByStatusEndpoint('${name}', options.alwaysList ?? ['pending'])
    return { ...config, endpoints: [...(config.endpoints ?? []), endpoint] }
  }
`

export const ruleFile = () => `/** Counting orders by status (pure, no Payload import): the kind of rule a plugin keeps in rules/. */
export type StatusCount = { status: string; orders: number }

/** One row per status, most orders first, then by name; statuses in \`alwaysList\` appear even with no order. */
export function countByStatus(statuses: ReadonlyArray<string | null | undefined>, alwaysList: readonly string[] = []): StatusCount[] {
  const counts = new Map<string, number>(alwaysList.map((status) => [status, 0]))
  for (const status of statuses) {
    const key = status ?? 'unknown'
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([status, orders]) => ({ status, orders }))
    .sort((a, b) => b.orders - a.orders || a.status.localeCompare(b.status))
}
`

export const endpointFile = () => `import type { Endpoint } from 'payload'

import { isStaff } from '../../../src/kit'
import { countByStatus } from '../rules/count-by-status'

/**
 * \`GET /api/<plugin>/orders-by-status\`: the orders the caller may read, counted by status. Loaded with the caller's
 * own access (\`overrideAccess: false\`), so staff access levels apply (Payload answers 403 when the roles grant no
 * read); anyone but staff gets 403.
 */
export const ordersByStatusEndpoint = (plugin: string, alwaysList: readonly string[]): Endpoint => ({
  path: \`/\${plugin}/orders-by-status\`,
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req)) return Response.json({ errors: [{ message: 'Staff only' }] }, { status: 403 })
    const orders = await req.payload.find({
      collection: 'orders',
      select: { status: true },
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ statuses: countByStatus(orders.docs.map((order) => order.status), alwaysList) })
  },
})
`

export const unitTestFile = () => `import { describe, expect, it } from 'vitest'

import { countByStatus } from '../../rules/count-by-status'

describe('countByStatus', () => {
  it('counts each status, most orders first, then by name', () => {
    expect(countByStatus(['pending', 'completed', 'pending', null])).toEqual([
      { status: 'pending', orders: 2 },
      { status: 'completed', orders: 1 },
      { status: 'unknown', orders: 1 },
    ])
  })

  it('lists the statuses asked for even when no order has them', () => {
    expect(countByStatus([], ['pending'])).toEqual([{ status: 'pending', orders: 0 }])
  })
})
`

export const pluginTestFile = ({ name, camel }: PluginNames) => `import { describe, expect, it } from 'vitest'

import { expectAppends, expectDisabledLeavesConfig } from '../../../../test/helpers/plugin-config'
import { ${camel}Plugin } from '../../index'

describe('${camel}Plugin transforms the config', () => {
  it('appends its endpoint without clobbering', async () => {
    const config = await expectAppends(${camel}Plugin())
    expect(config.endpoints?.map((endpoint) => endpoint.path)).toContain('/${name}/orders-by-status')
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(${camel}Plugin({ enabled: false }))
  })
})
`

export const integrationTestFile = ({ name }: PluginNames) => `import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, CLERK, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'

let app: TestApp
let basics: Awaited<ReturnType<typeof createCommerceBasics>>

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
})
afterAll(() => app?.close())

describe('GET /api/${name}/orders-by-status', () => {
  it('counts the orders an administrator reads, by status', async () => {
    const token = await app.login(ADMIN.email, ADMIN.password)
    for (const quantity of [1, 2]) {
      const placed = await app.rest.post('/orders', { token, body: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity }] } })
      expect(placed.status).toBe(201)
    }
    const response = await app.rest.get('/${name}/orders-by-status', { token })
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ statuses: [{ status: 'pending', orders: 2 }] })
  })

  it('answers 403 to a staff user whose roles may not read orders (access levels apply)', async () => {
    const token = await app.login(CLERK.email, CLERK.password)
    expect((await app.rest.get('/${name}/orders-by-status', { token })).status).toBe(403)
  })

  it('answers 403 to anonymous visitors', async () => {
    expect((await app.rest.get('/${name}/orders-by-status')).status).toBe(403)
  })
})
`

export const readmeFile = ({ name, camel }: PluginNames) => `# ${name}

One paragraph: what this plugin is for, and which peer (Oro, Vendure, Medusa) it follows.

## What it adds
- \`GET /api/${name}/orders-by-status\` (staff only): the orders the caller may read, counted by status — the
  scaffold's example of load → pure rule (\`rules/count-by-status.ts\`) → answer. Replace it with your domain.

## Options
| option | default | meaning |
| --- | --- | --- |
| \`enabled\` | \`true\` | \`false\` hands the config back untouched |
| \`alwaysList\` | \`['pending']\` | statuses always listed, with 0 when no order has them |

Set them in \`src/plugins.ts\` callers: \`buildBureauConfig({ plugins: { '${name}': { alwaysList: [] } } })\`.

## Choices where peers differ
None yet. When Oro, Vendure and Medusa disagree on a behaviour, offer each as an option, name the default here.

## Extension points
What other plugins can hook into (stages it registers with names they can \`replaces\`, events it emits and their
data, typed callbacks with exported defaults).

## Needs from core
\`orders\` (read with the caller's access). Plugin: \`${camel}Plugin\`.
`
