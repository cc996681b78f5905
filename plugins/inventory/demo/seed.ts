/**
 * Demo: two warehouses (Main, East), a level for every product and variant, one product below its threshold in Main
 * with a transfer from East under way.
 */
import { grantDemoRole, type DemoContext, type Id } from '../../../src/kit'

const LOW_SKU_INDEX = 0

export async function seedInventoryDemo(context: DemoContext): Promise<void> {
  const { payload } = context
  const local = { overrideAccess: true, depth: 0 } as const
  // warehouses are under role access levels: the demo's clerks run them, sales sees where stock is
  await grantDemoRole(payload, 'warehouse-clerk', [{ collection: 'warehouses', read: 'organization', create: 'none', update: 'organization', delete: 'none' }])
  await grantDemoRole(payload, 'sales-manager', [{ collection: 'warehouses', read: 'organization', create: 'none', update: 'none', delete: 'none' }])
  const east = context.users.get('sales.east@bureau.local')
  const main = await payload.create({ collection: 'warehouses', data: { code: 'MAIN', name: 'Main warehouse', priority: 1, managers: [context.admin as number], address: { city: 'Seattle', country: 'US' } }, ...local })
  const eastWarehouse = await payload.create({
    collection: 'warehouses',
    data: { code: 'EAST', name: 'East warehouse', priority: 2, managers: east === undefined ? [] : [east as number], address: { city: 'New York', country: 'US' } },
    ...local,
  })
  const variantProducts = new Map<Id, Id>()
  for (const variant of context.variants.values()) {
    const doc = await payload.findByID({ collection: 'product-variants', id: variant, ...local, select: { product: true } })
    variantProducts.set(variant, (doc as { product: Id }).product)
  }
  const items: Array<{ product: Id; variant: Id | null }> = [
    ...[...context.products.values()].filter((product) => ![...variantProducts.values()].includes(product)).map((product) => ({ product, variant: null })),
    ...[...variantProducts].map(([variant, product]) => ({ product, variant })),
  ]
  for (const [index, item] of items.entries()) {
    const low = index === LOW_SKU_INDEX
    const level = { product: item.product as number, variant: item.variant as number | null, lowStockThreshold: 5, reorderPoint: 10, reorderQuantity: 20 }
    await payload.create({ collection: 'inventory-levels', data: { ...level, warehouse: main.id, onHand: low ? 3 : 100, replenish: low }, ...local })
    await payload.create({ collection: 'inventory-levels', data: { ...level, warehouse: eastWarehouse.id, onHand: 40 }, ...local })
  }
  const lowItem = items[LOW_SKU_INDEX]
  if (!lowItem) return
  const transfer = await payload.create({
    collection: 'stock-transfers',
    data: { product: lowItem.product as number, variant: lowItem.variant as number | null, fromWarehouse: eastWarehouse.id, toWarehouse: main.id, quantity: 20, note: 'Refill Main from East' },
    ...local,
  })
  await payload.update({ collection: 'stock-transfers', id: transfer.id, data: { status: 'shipped' }, ...local })
}
