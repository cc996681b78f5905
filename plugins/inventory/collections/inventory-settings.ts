import type { GlobalConfig } from 'payload'

import { administratorsOnly, selectOptions, staffOnly } from '../../../src/kit'
import { ALLOCATION_MODES } from '../rules/allocation'

export const INVENTORY_SETTINGS_SLUG = 'inventory-settings'

/** System-wide inventory behaviour (Oro keeps these in system configuration). */
export const InventorySettings: GlobalConfig = {
  slug: INVENTORY_SETTINGS_SLUG,
  admin: { group: 'Inventory' },
  access: { read: staffOnly, update: administratorsOnly },
  // a history of who changed the allocation mode
  versions: { max: 20 },
  fields: [
    {
      name: 'allocation',
      type: 'select',
      defaultValue: 'prioritySplit',
      options: selectOptions(ALLOCATION_MODES),
      admin: { description: 'prioritySplit (default): warehouses in priority order, a line split when needed; shipComplete: one warehouse per line' },
    },
  ],
}
