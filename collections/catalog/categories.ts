import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'
import { DEFAULT_LOCALE_REQUIRED, requiredInDefaultLocale } from '../../src/kit/localized'
import { serverComputed } from '../../src/kit/fields'
import { placeCategoryInTree, repathDescendantsOnMove } from './hooks/place-category'
import { refuseDeletingCategoryWithChildren } from './hooks/refuse-deleting-used'

/**
 * The category tree. Each category keeps its ancestors (root first: the breadcrumbs, titles by populating them in
 * the request's locale) and its slug path, both maintained by hooks (rules/category-tree.ts):
 * - a subtree is one query: `where[or][0][id][equals]=5&where[or][1][ancestors][equals]=5`;
 * - a category is found by URL: `where[path][equals]=tools/power-tools`.
 */
export const Categories: CollectionConfig = {
  slug: 'categories',
  // What a product shows of its categories when populated: no description, no children join (a query per category).
  defaultPopulate: { title: true, slug: true, path: true, level: true, parent: true },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'path', 'sortOrder', 'updatedAt'], group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  defaultSort: 'path',
  hooks: {
    beforeChange: [placeCategoryInTree],
    afterChange: [repathDescendantsOnMove],
    beforeDelete: [refuseDeletingCategoryWithChildren],
  },
  fields: [
    { name: 'title', type: 'text', localized: true, validate: requiredInDefaultLocale('title'), admin: { description: DEFAULT_LOCALE_REQUIRED } },
    {
      name: 'slug',
      type: 'text',
      index: true,
      admin: { description: 'URL segment; derived from the title when left empty' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'categories',
      index: true,
      // Never offers the category itself; the hook also refuses its descendants.
      filterOptions: ({ id }) => (id === undefined ? true : { id: { not_equals: id } }),
      admin: { position: 'sidebar', description: 'Empty for a top-level category' },
    },
    { name: 'sortOrder', type: 'number', defaultValue: 0, index: true, admin: { position: 'sidebar', description: 'Order among siblings' } },
    { name: 'description', type: 'richText', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media' },
    serverComputed({
      name: 'ancestors',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      index: true,
      admin: { position: 'sidebar', description: 'Breadcrumbs, top-level first' },
    }),
    serverComputed({ name: 'path', type: 'text', unique: true, index: true, admin: { position: 'sidebar' } }),
    serverComputed({ name: 'level', type: 'number', index: true, admin: { position: 'sidebar', description: '0 for a top-level category' } }),
    { name: 'children', type: 'join', collection: 'categories', on: 'parent', defaultSort: 'sortOrder', admin: { defaultColumns: ['title', 'path'] } },
  ],
}
