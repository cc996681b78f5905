import type { GlobalConfig } from 'payload'

import { administratorsOnly, staffOnly } from '../../../src/kit'
import type { TaxSettings } from '../rules/settings'
import { taxSettingsFields } from './settings-fields'

export const TAX_SETTINGS_SLUG = 'tax-settings'

/** The system-wide tax settings (Oro's system configuration); websites override them (`websites.taxSettings`). */
export const taxSettingsGlobal = (defaults: TaxSettings): GlobalConfig => ({
  slug: TAX_SETTINGS_SLUG,
  label: 'Tax settings',
  admin: { group: 'Taxes', description: 'Defaults for every website; a website’s Tax settings tab overrides them' },
  access: { read: staffOnly, readVersions: staffOnly, update: administratorsOnly },
  // Who changed the tax settings and when.
  versions: { max: 50 },
  fields: taxSettingsFields(defaults),
})
