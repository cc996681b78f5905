import type { GlobalConfig } from 'payload'

import { administratorsOnly, selectOptions, staffOnly } from '../../../src/kit'
import { settingsVersionEndpoints } from '../endpoints/settings-versions'
import { ALLOCATION_MODES } from '../rules/allocation'

export const INVENTORY_SETTINGS_SLUG = 'inventory-settings'

/** System-wide inventory behaviour (Oro keeps these in system configuration). */
export const InventorySettings: GlobalConfig = {
  slug: INVENTORY_SETTINGS_SLUG,
  admin: { group: 'Inventory' },
  access: { read: staffOnly, update: administratorsOnly },
  // a history of who changed the allocation mode; also, Payload's /versions routes answer 500 on a global without
  // versions (found by test/integration/fuzz.test.ts)
  versions: { max: 20 },
  endpoints: settingsVersionEndpoints,
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
