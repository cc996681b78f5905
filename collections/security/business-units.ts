import type { CollectionConfig } from 'payload'

import { administratorsOnly, staffOnly } from '../../src/kit/access'
import { BUSINESS_UNITS_SLUG } from '../../src/kit/staff-permissions'
import { keepUnitsWithChildren, rejectUnitCycles } from './hooks/business-unit-tree'

/**
 * The organization chart: business units in a tree (a unit may have a parent unit). Staff users belong to one or
 * more units; every secured document belongs to one. The root of a tree is an organization: the "organization"
 * access level reaches every unit under the same root. Only administrators change the chart.
 */
export const BusinessUnits: CollectionConfig = {
  slug: BUSINESS_UNITS_SLUG,
  labels: { singular: 'Business unit', plural: 'Business units' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'parent'], group: 'Security' },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  hooks: { beforeChange: [rejectUnitCycles], beforeDelete: [keepUnitsWithChildren] },
  fields: [
    { name: 'name', type: 'text', required: true, index: true },
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: BUSINESS_UNITS_SLUG,
      index: true,
      admin: { description: 'The unit this one belongs to; leave empty for the top of an organization.' },
    },
    { name: 'description', type: 'textarea' },
  ],
}
