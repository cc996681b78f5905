import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { importEdges, layerViolations } from '../helpers/import-graph'

const root = path.resolve(import.meta.dirname, '../..')

describe('the layers hold in the source (ARCHITECTURE.md: arrows point down only)', () => {
  it('reads a real graph: the config reaches plugins, plugins reach the kit', () => {
    const edges = importEdges(root)
    expect(edges.length).toBeGreaterThan(200)
    expect(edges).toContainEqual({ from: 'src/plugins.ts', to: 'plugins/shipping/index.ts' })
    expect(edges).toContainEqual({ from: 'plugins/shipping/index.ts', to: 'src/kit/index.ts' })
  })

  it('has no arrow pointing the wrong way', () => {
    expect(layerViolations(importEdges(root))).toEqual([])
  })
})

describe('layerViolations names each wrong arrow', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['src/kit/calculate.ts', 'collections/catalog/rules/sellable.ts', /the kit imports outside itself/],
    ['src/kit/storefront.ts', 'plugins/audit/index.ts', /the kit imports outside itself/],
    ['src/kit/access.ts', 'src/config.ts', /the kit imports outside itself/],
    ['collections/sales/orders.ts', 'plugins/shipping/index.ts', /a collection imports a plugin/],
    ['plugins/shipping/index.ts', 'plugins/order-alerts/index.ts', /plugin "shipping" imports plugin "order-alerts"/],
    ['plugins/shipping/stages/method-rate.ts', 'src/kit/money.ts', /bypasses the kit's entry/],
    ['plugins/audit/index.ts', 'src/plugins.ts', /plugin "audit" imports the app/],
  ]
  it.each(cases)('%s → %s', (from, to, message) => {
    const [violation, ...rest] = layerViolations([{ from, to }])
    expect(violation).toMatch(message)
    expect(rest).toEqual([])
  })

  it('allows the arrows the layers draw', () => {
    expect(
      layerViolations([
        { from: 'src/config.ts', to: 'plugins/audit/index.ts' },
        { from: 'plugins/order-alerts/index.ts', to: 'collections/sales/order-events.ts' },
        { from: 'plugins/shipping/index.ts', to: 'src/kit/index.ts' },
        { from: 'plugins/shipping/index.ts', to: 'plugins/shipping/inputs.ts' },
        { from: 'collections/sales/orders.ts', to: 'src/kit/fields.ts' },
        { from: 'src/kit/index.ts', to: 'src/kit/money.ts' },
      ]),
    ).toEqual([])
  })
})
