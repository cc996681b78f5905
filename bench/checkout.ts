/**
 * The checkout target (issue 8, item 9): POST /api/commerce/checkout with 3 lines drawn at random from the stocked
 * products, each request with its own Idempotency-Key, through whatever price, promotion, tax and stock plugins the
 * build has. Before: a warehouse and a level per stocked product with its opening receipt; after: oversells counted
 * from the levels (available below minus the backorder limit) and the ledger check.
 */
import pg from 'pg'

import type { Target } from './load'

/** the buyers are drawn at random too: a storefront's checkouts come from many customers, not one */
export type CheckoutSamples = { token: string; customerIds: number[]; productIds: number[]; shippingAddress?: Record<string, string> }
export type OversellReport = { levels: number; oversoldLevels: number; oversoldUnits: number; ledgerMismatches: number }

const LINES = 3
/** units per stocked product: the run sells some products out, so refusals (409) and contention are part of it */
export const STOCK_PER_PRODUCT = 60

const auth = (token: string) => ({ 'content-type': 'application/json', authorization: `JWT ${token}` })

async function post(url: string, token: string, body: unknown): Promise<{ id: number }> {
  const response = await fetch(url, { method: 'POST', headers: auth(token), body: JSON.stringify(body) })
  if (response.status !== 201) throw new Error(`${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return ((await response.json()) as { doc: { id: number } }).doc
}

/**
 * Stocks every simple product in one warehouse (a configurable one sells only as a variant); returns their ids. The
 * warehouse is created through REST; its ~8,700 levels set-based, each with the opening receipt the inventory plugin
 * books through its ledger (hooks/record-initial-receipt.ts), so the ledger check holds from the start. Through REST
 * one level at a time, stocking took over 10 minutes on a loaded 2-core machine.
 */
export async function stockProducts(appUrl: string, token: string, databaseUri: string): Promise<number[]> {
  const warehouse = await post(`${appUrl}/api/warehouses`, token, { code: 'BENCH', name: 'Bench warehouse' })
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    const { rows } = await client.query<{ product_id: number }>(
      `with levels as (
         insert into inventory_levels (product_id, warehouse_id, on_hand, reserved, available, low_stock, low_stock_threshold, reorder_point,
           reorder_quantity, backorder_limit, tracked, replenish, updated_at, created_at)
         select p.id, $1, $2, 0, $2, false, 0, 0, 0, 0, true, false, now(), now() from products p where p.type = 'simple' order by p.id
         returning id, product_id)
       insert into stock_movements (level_id, product_id, warehouse_id, kind, quantity, on_hand_delta, reserved_delta, reason, user_id, updated_at, created_at)
       select levels.id, levels.product_id, $1, 'receipt', $2, $2, 0, 'Opening stock', (select id from users order by id limit 1), now(), now() from levels
       returning product_id`,
      [warehouse.id, STOCK_PER_PRODUCT],
    )
    await client.query('analyze inventory_levels; analyze stock_movements')
    return rows.map((row) => Number(row.product_id)).sort((a, b) => a - b)
  } finally {
    await client.end()
  }
}

export function checkoutTarget(appUrl: string, samples: CheckoutSamples): Target {
  let sequence = 0
  const body = () => {
    const picked = new Set<number>()
    while (picked.size < Math.min(LINES, samples.productIds.length)) picked.add(samples.productIds[Math.floor(Math.random() * samples.productIds.length)])
    const customer = samples.customerIds[Math.floor(Math.random() * samples.customerIds.length)]
    return JSON.stringify({ customer, lines: [...picked].map((product) => ({ product, quantity: 1 })), shippingAddress: samples.shippingAddress, paymentMethod: 'paymentTerm' })
  }
  const key = () => `bench-${process.pid}-${Date.now()}-${sequence++}`
  return {
    name: `REST POST /api/commerce/checkout (${LINES} random lines of ${samples.productIds.length} stocked products, ${samples.customerIds.length} buyers)`,
    timeoutS: 60,
    url: `${appUrl}/api/commerce/checkout`,
    method: 'POST',
    headers: { ...auth(samples.token), 'idempotency-key': key() },
    body: body(),
    // each request: other products, a new key (a repeated key would answer the stored order)
    setupRequest: (request) => ({ ...request, body: body(), headers: { ...request.headers, 'idempotency-key': key() } }),
    // 409 (sold out) is a correct answer under load; anything else is not
    verify: (status, text) => {
      if (status !== 201 && status !== 409) throw new Error(`checkout answered ${status}: ${text.slice(0, 300)}`)
    },
  }
}

export async function countOversells(appUrl: string, token: string): Promise<OversellReport> {
  const levels = await fetch(`${appUrl}/api/inventory-levels?limit=0&pagination=false&depth=0&select[available]=true&select[backorderLimit]=true`, { headers: auth(token) })
  const docs = ((await levels.json()) as { docs: Array<{ available: number; backorderLimit?: number | null }> }).docs
  const oversold = docs.filter((level) => level.available < -(level.backorderLimit ?? 0))
  const ledger = (await (await fetch(`${appUrl}/api/inventory-levels/ledger-check`, { headers: auth(token) })).json()) as { mismatches: unknown[] }
  return {
    levels: docs.length,
    oversoldLevels: oversold.length,
    oversoldUnits: oversold.reduce((sum, level) => sum + -(level.available + (level.backorderLimit ?? 0)), 0),
    ledgerMismatches: ledger.mismatches.length,
  }
}
