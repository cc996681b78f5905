import type { Plugin } from 'payload'

import { addRelatedPanel, extendCollection, followParentAccess, registerDemoSeed, registerProductListingExtension, registerReadAhead, subscribeToDomainEvent } from '../../src/kit'
import { INVENTORY_LEVELS_SLUG, InventoryLevels } from './collections/inventory-levels'
import { InventorySettings } from './collections/inventory-settings'
import { STOCK_MOVEMENTS_SLUG, StockMovements } from './collections/stock-movements'
import { STOCK_TRANSFERS_SLUG, StockTransfers } from './collections/stock-transfers'
import { WAREHOUSES_SLUG, Warehouses } from './collections/warehouses'
import { seedInventoryDemo } from './demo/seed'
import { STOCK_LOW } from './events'
import { availabilityOnProductReads } from './hooks/availability-on-product-reads'
import { reserveStockForOrder } from './hooks/reserve-stock-for-order'
import { candidatesReadAhead } from './hooks/stock-candidates'
import { stockFollowsOrder } from './hooks/stock-follows-order'
import { availabilityFor } from './listing/availability'
import { AVAILABILITY_STATUSES } from './rules/availability'
import { alertManagersOnStockLow } from './subscribers/alert-managers-on-stock-low'
import { createTaskOnStockLow } from './subscribers/create-task-on-stock-low'
import { replenishOnStockLow } from './subscribers/replenish-on-stock-low'
import { selectOptions } from '../../src/kit'

export type InventoryPluginOptions = {
  /**
   * false removes the plugin: no inventory collections, no reservation on orders, no availability.
   * @default true
   */
  enabled?: boolean
  /**
   * How often a failed low-stock alert (email, SMS) is retried by the job runner.
   * @default 5
   */
  alertRetries?: number
  /**
   * Whether a level going low requests a transfer or a purchase for levels set to `replenish`.
   * @default true
   */
  replenishment?: boolean
}

/**
 * Warehouses, stock levels and their ledger, stock transfers; reserves stock in every order's transaction and moves
 * it as the order and its lines change status; `stock.low` alerts, tasks and replenishment; availability for the
 * storefront (README.md).
 */
export const inventoryPlugin =
  (options: InventoryPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    let config = extendCollection(incoming, 'inventory', 'orders', {
      hooks: { afterChange: [reserveStockForOrder, stockFollowsOrder] },
    })
    // the reservation's stock candidates come with the placed order's calculation (one statement fewer per order)
    registerReadAhead(config, candidatesReadAhead)
    config = extendCollection(config, 'inventory', 'products', {
      fields: [
        {
          name: 'availability',
          type: 'select',
          virtual: true,
          options: selectOptions(AVAILABILITY_STATUSES),
          admin: { readOnly: true, position: 'sidebar', description: 'From the inventory levels (never stored)' },
        },
      ],
      hooks: { afterOperation: [availabilityOnProductReads] },
    })
    config = extendCollection(config, 'inventory', 'websites', {
      fields: [{ name: 'showStockQuantities', type: 'checkbox', defaultValue: false, admin: { description: 'Storefront listings show exact available quantities' } }],
    })
    config.collections = [...(config.collections ?? []), Warehouses, InventoryLevels, StockMovements, StockTransfers]
    config.globals = [...(config.globals ?? []), InventorySettings]
    config = addRelatedPanel(config, 'inventory', 'products', { name: 'inventoryLevels', label: 'Inventory', collection: 'inventory-levels', on: 'product', defaultColumns: ['warehouse', 'variant', 'onHand', 'reserved', 'available', 'lowStock'] })
    config = addRelatedPanel(config, 'inventory', 'products', { name: 'stockMovements', label: 'Stock ledger', collection: 'stock-movements', on: 'product', defaultColumns: ['createdAt', 'kind', 'warehouse', 'quantity', 'reason'], defaultLimit: 20, allowCreate: false })
    registerProductListingExtension(config, {
      field: 'availability',
      plugin: 'inventory',
      resolve: async (req, buyer, products) => {
        const { byProduct } = await availabilityFor(req, products.map((product) => product.id), buyer.website)
        return new Map([...byProduct].map(([id, availability]) => [id, availability.status]))
      },
    })
    registerProductListingExtension(config, {
      field: 'stockQuantity',
      plugin: 'inventory',
      resolve: async (req, buyer, products) => {
        // the same one query as `availability` (per request), which also reads the website's showStockQuantities
        const { byProduct, showsQuantities } = await availabilityFor(req, products.map((product) => product.id), buyer.website)
        if (!showsQuantities) return new Map()
        return new Map([...byProduct].map(([id, availability]) => [id, availability.quantity]))
      },
    })
    subscribeToDomainEvent(config, { event: STOCK_LOW, name: 'inventory:alert-managers', effects: 'external', retries: options.alertRetries ?? 5, handler: alertManagersOnStockLow })
    subscribeToDomainEvent(config, { event: STOCK_LOW, name: 'inventory:create-task', handler: createTaskOnStockLow })
    if (options.replenishment !== false) subscribeToDomainEvent(config, { event: STOCK_LOW, name: 'inventory:replenish', handler: replenishOnStockLow })
    registerDemoSeed(config, { name: 'inventory:warehouses', plugin: 'inventory', seed: seedInventoryDemo })
    // the low-stock list on the dashboard (components/low-stock.tsx)
    config.admin = {
      ...config.admin,
      components: {
        ...config.admin?.components,
        beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/plugins/inventory/components/low-stock#LowStock'],
      },
    }
    // Warehouses are secured (owner, business unit, role levels); what is kept in one follows the warehouse's access,
    // so rows the system writes (movements, automatic transfers) are reached by whoever reaches their warehouse. A
    // transfer is reached through either end, so the source's staff can ship what the destination's asked for; a
    // write must keep its destination in reach (asking names a source out of reach on purpose), and which end may
    // ship or receive is checked by the status hook (hooks/move-stock-with-transfer.ts).
    return followParentAccess({
      [INVENTORY_LEVELS_SLUG]: { parent: WAREHOUSES_SLUG, paths: ['warehouse'] },
      [STOCK_MOVEMENTS_SLUG]: { parent: WAREHOUSES_SLUG, paths: ['warehouse'] },
      [STOCK_TRANSFERS_SLUG]: { parent: WAREHOUSES_SLUG, paths: ['toWarehouse', 'fromWarehouse'], writePaths: ['toWarehouse'] },
    })(config)
  }
