import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'

/** Manufacturers and brands products are sold under; storefronts filter by `brand`. */
export const Brands: CollectionConfig = {
  slug: 'brands',
  defaultPopulate: { name: true, code: true },
  admin: { useAsTitle: 'name', defaultColumns: ['code', 'name'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true },
    { name: 'name', type: 'text', required: true, index: true },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'website', type: 'text' },
  ],
}
