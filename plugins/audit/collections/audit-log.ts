import type { CollectionConfig } from 'payload'

import { administratorsOnly, selectOptions, STAFF_COLLECTION } from '../../../src/kit'

export const AUDIT_LOG_SLUG = 'audit-log'
export const AUDIT_OPERATIONS = ['create', 'update', 'delete'] as const

const nobody = () => false

/**
 * One entry per created, updated or deleted document: who, when, what, and the changed fields' values before and
 * after. Written only by the plugin's hooks (local API, overrideAccess) in the change's own transaction; through
 * REST, GraphQL and the admin it is read-only, and readable by administrators only.
 */
export const auditLogCollection = (slug: string = AUDIT_LOG_SLUG): CollectionConfig => ({
  slug,
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries' },
  typescript: { interface: 'AuditEntry' },
  admin: {
    group: 'Security',
    defaultColumns: ['createdAt', 'operation', 'collection', 'documentTitle', 'documentId', 'user'],
    description: 'Every change to every document, recorded in the change’s own transaction. Read-only.',
    disableCopyToLocale: true,
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  lockDocuments: false,
  access: { read: administratorsOnly, create: nobody, update: nobody, delete: nobody },
  // "History of this document" is the common query.
  indexes: [{ fields: ['collection', 'documentId'] }],
  fields: [
    {
      name: 'operation',
      type: 'select',
      required: true,
      index: true,
      options: selectOptions(AUDIT_OPERATIONS),
      admin: { readOnly: true },
    },
    { name: 'collection', type: 'text', required: true, admin: { readOnly: true, description: 'Slug of the changed collection' } },
    { name: 'documentId', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'documentTitle', type: 'text', admin: { readOnly: true, description: 'The document’s title at the time of the change' } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: STAFF_COLLECTION,
      index: true,
      admin: { readOnly: true, description: 'Empty for changes made by the system (local API without a user)' },
    },
    {
      name: 'userEmail',
      type: 'text',
      admin: { readOnly: true, description: 'Kept when the user is deleted later' },
    },
    {
      name: 'changes',
      type: 'json',
      admin: {
        readOnly: true,
        description: 'Changed fields: [{ path, before, after }]',
        // a read-only table instead of Payload's code editor, which loads Monaco from a CDN (components/changes-field.tsx)
        components: { Field: '/plugins/audit/components/changes-field#ChangesField' },
      },
      // Types the generated interface as rules/diff.ts FieldChange[] instead of unknown JSON.
      typescriptSchema: [
        () => ({
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'before', 'after'],
            properties: { path: { type: 'string' }, before: {}, after: {} },
          },
        }),
      ],
    },
  ],
})
