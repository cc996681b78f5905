import type { GlobalConfig } from 'payload'

import { administratorsOnly, staffOnly } from '../../../src/kit'
import { DEFAULT_STAGES } from '../rules/opportunity'
import { percentField } from '../collections/percent'
import { CRM_SETTINGS } from '../collections/slugs'

/**
 * CRM settings (Oro keeps them in system configuration): the opportunity stages, in pipeline order. Versioned, so a
 * change of stages can be traced and reverted.
 */
export const CrmSettings: GlobalConfig = {
  slug: CRM_SETTINGS,
  admin: { group: 'CRM' },
  versions: { max: 20 },
  access: { read: staffOnly, readVersions: staffOnly, update: administratorsOnly },
  fields: [
    {
      name: 'stages',
      type: 'array',
      defaultValue: DEFAULT_STAGES.map((stage) => ({ ...stage })),
      admin: { description: 'Sales stages in pipeline order with their win probability; empty means the defaults' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true },
            percentField('probability', { required: true, description: 'Percent, a whole number' }),
          ],
        },
      ],
    },
  ],
}
