/**
 * "Low stock" on the admin dashboard (a server component): the levels at or below their threshold that the staff
 * user may read (their roles' levels on warehouses apply), with warehouse, product, available and threshold, and a
 * button requesting a transfer into that warehouse. Payload renders dashboard components for whoever reaches the
 * page and the local API skips access by default, so it checks the user and reads with the user's own access.
 */
import type { Payload, TypedUser } from 'payload'

import { byUrgency, suggestedTransferQuantity } from '../rules/low-stock-list'
import { quantityText, toThousandths } from '../rules/quantities'
import { RequestTransferButton } from './request-transfer'

type Props = { payload: Payload; user?: TypedUser | null }
type Named = { id: number; name?: string | null; sku?: string | null; code?: string | null }
type Row = {
  id: number
  product?: Named | number | null
  variant?: Named | number | null
  warehouse?: Named | number | null
  available?: number | null
  lowStockThreshold?: number | null
  reorderQuantity?: number | null
}

const cell = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' as const }
const named = (value: Row['product']) => (value && typeof value === 'object' ? value : null)
const idOfRow = (value: Row['product']) => (value && typeof value === 'object' ? value.id : (value ?? null))

export async function LowStock({ payload, user }: Props) {
  if (!user || user.collection !== 'users') return null
  const principal = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!principal) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'inventory-levels',
    where: { lowStock: { equals: true } },
    select: { product: true, variant: true, warehouse: true, available: true, lowStockThreshold: true, reorderQuantity: true },
    populate: { products: { sku: true, name: true }, 'product-variants': { sku: true }, warehouses: { name: true, code: true } },
    depth: 1,
    limit: 100,
    overrideAccess: false,
    // a user whose roles reach no warehouse gets an empty list, not an error on the dashboard
    disableErrors: true,
    user: { ...principal, collection: 'users' },
  })
  if (totalDocs === 0) return null
  const levels = byUrgency(
    (docs as Row[]).map((row) => ({
      row,
      available: toThousandths(row.available ?? 0),
      threshold: toThousandths(row.lowStockThreshold ?? 0),
      reorderQuantity: toThousandths(row.reorderQuantity ?? 0),
    })),
  )
  const adminRoute = payload.config.routes.admin
  return (
    <section className="low-stock" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 12 }}>Low stock</h2>
      <table className="low-stock__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>Warehouse</th>
            <th style={cell}>Product</th>
            <th style={cell}>Available</th>
            <th style={cell}>Threshold</th>
            <th style={cell} />
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => {
            const { row } = level
            const product = named(row.product)
            const variant = named(row.variant)
            const warehouse = named(row.warehouse)
            return (
              <tr key={row.id} className="low-stock__row" data-level={row.id}>
                <td style={cell}>{warehouse ? <a href={`${adminRoute}/collections/warehouses/${warehouse.id}`}>{warehouse.name}</a> : '—'}</td>
                <td style={cell}>
                  <a href={`${adminRoute}/collections/inventory-levels/${row.id}`}>
                    {variant?.sku ?? product?.sku ?? ''} {product?.name ? `· ${product.name}` : ''}
                  </a>
                </td>
                <td style={cell}>{quantityText(level.available)}</td>
                <td style={cell}>{quantityText(level.threshold)}</td>
                <td style={cell}>
                  <RequestTransferButton
                    adminRoute={adminRoute}
                    product={idOfRow(row.product)}
                    variant={idOfRow(row.variant)}
                    toWarehouse={idOfRow(row.warehouse)}
                    quantity={quantityText(suggestedTransferQuantity(level))}
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {totalDocs > docs.length ? <p>{totalDocs - docs.length} more: see the levels list filtered by low stock.</p> : null}
    </section>
  )
}
