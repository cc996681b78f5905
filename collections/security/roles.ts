import type { CollectionConfig, PayloadRequest, SanitizedCollectionConfig, TextFieldSingleValidation } from 'payload'

import { administratorsOnly, staffOnly } from '../../src/kit/access'
import { ACCESS_ACTIONS, ACCESS_LEVEL_LABELS, ACCESS_LEVELS, type AccessAction } from '../../src/kit/access-levels'
import { dataFieldPaths } from '../../src/kit/field-paths'
import { FIELD_EFFECTS } from '../../src/kit/field-rules'
import { isSecured } from '../../src/kit/secured-collections'
import { checkFieldRulePath, checkPermissionCollection, type RowKey } from './rules/role-permissions'

const securedSlugs = (req: PayloadRequest) =>
  Object.values(req.payload.collections)
    .filter((collection) => isSecured(collection.config))
    .map((collection) => collection.config.slug)

/** The rows of the array `name` that come before the row being validated (path: permissions.<row>.collection). */
const earlierRows = (data: unknown, name: string, path: ReadonlyArray<number | string> | string): RowKey[] => {
  const rows = ((data as Record<string, unknown> | undefined)?.[name] as RowKey[] | undefined) ?? []
  const segments = (typeof path === 'string' ? path.split('.') : path).map(String)
  const row = Number(segments[segments.indexOf(name) + 1])
  return Number.isInteger(row) ? rows.slice(0, row) : []
}

const validatePermissionCollection: TextFieldSingleValidation = (value, { data, path, req }) =>
  checkPermissionCollection(value, securedSlugs(req), earlierRows(data, 'permissions', path))

const validateRuleCollection: TextFieldSingleValidation = (value, { req }) => checkPermissionCollection(value, securedSlugs(req), [])

const validateRulePath: TextFieldSingleValidation = (value, { data, path, req, siblingData }) => {
  const collection = (siblingData as RowKey).collection
  const collections = req.payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>
  const config = collection ? collections[collection]?.config : undefined
  return checkFieldRulePath(value, collection, config ? dataFieldPaths(config.fields) : [], earlierRows(data, 'fieldRules', path))
}

const ACTION_HELP: Record<AccessAction, string> = {
  read: 'Which records the role sees (lists, search, API, related records)',
  create: 'Whether the role creates records (any level but None)',
  update: 'Which records the role edits',
  delete: 'Which records the role deletes',
}

const LEVEL_HELP =
  'Own: records the user owns · Business unit: + their units’ records · Division: + records of the units below · ' +
  'Organization: + every unit under the same top unit, and records of no unit · Global: everything.'

/**
 * Staff roles. A role grants, per secured collection, an access level for each of read, create, update and delete
 * (a permission matrix, one row per collection), and may hide fields or make them read-only. A user's rights are
 * the union of their roles' rights. The administrator flag grants everything.
 */
export const Roles: CollectionConfig = {
  slug: 'roles',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'administrator'], group: 'Security' },
  access: { read: staffOnly, create: administratorsOnly, update: administratorsOnly, delete: administratorsOnly },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, admin: { width: '50%' } },
        { name: 'code', type: 'text', required: true, unique: true, index: true, admin: { width: '50%' } },
      ],
    },
    {
      name: 'administrator',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Full access to everything, including roles, users and the audit log; ignores the matrix below.' },
    },
    { name: 'description', type: 'textarea' },
    {
      name: 'permissions',
      type: 'array',
      labels: { singular: 'Permission', plural: 'Permissions' },
      admin: {
        initCollapsed: false,
        description: `One row per collection: the level of records the role reaches for each action. ${LEVEL_HELP}`,
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'collection',
              type: 'text',
              required: true,
              validate: validatePermissionCollection,
              admin: { width: '24%', placeholder: 'orders', description: 'Collection slug' },
            },
            ...ACCESS_ACTIONS.map((action) => ({
              name: action,
              type: 'select' as const,
              required: true,
              defaultValue: 'none',
              options: ACCESS_LEVELS.map((level) => ({ label: ACCESS_LEVEL_LABELS[level], value: level })),
              admin: { width: '19%', description: ACTION_HELP[action] },
            })),
          ],
        },
      ],
    },
    {
      name: 'fieldRules',
      type: 'array',
      labels: { singular: 'Field rule', plural: 'Field rules' },
      admin: {
        description:
          'Fields this role may not see (hidden) or not change (read-only). A field stays restricted for a user only ' +
          'if every role of theirs that grants the action on the collection restricts it.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'collection', type: 'text', required: true, validate: validateRuleCollection, admin: { width: '30%', placeholder: 'products' } },
            {
              name: 'field',
              type: 'text',
              required: true,
              validate: validateRulePath,
              admin: { width: '40%', placeholder: 'costPrice', description: 'Field path; a group or array covers its inner fields' },
            },
            {
              name: 'effect',
              type: 'select',
              required: true,
              defaultValue: 'hidden',
              options: FIELD_EFFECTS.map((effect) => ({ label: effect === 'hidden' ? 'Hidden' : 'Read-only', value: effect })),
              admin: { width: '30%' },
            },
          ],
        },
      ],
    },
  ],
}
