/**
 * Fields only staff may read, filter or sort on: cost prices, ownership, internal recipients, CRM figures. Readable
 * collections (products, websites, customers) serve anonymous visitors and storefront customer users too, and
 * Payload's collection access cannot hide a single field; field access can, and Payload then also refuses `where`
 * and `sort` on the field (400 QueryError) and answers `null` for it over GraphQL.
 *
 * A field opts in where it is defined — `custom: { bureau: { staffOnly: true } }`, so a plugin marks its own fields
 * without the kit knowing them — or by the list the config passes (`{ websites: ['orderAlertRecipients'] }`, dotted
 * paths for nested fields) for fields defined in code the config does not own. Listed fields that are absent (their
 * plugin switched off) are skipped. Staff still pass their roles' field rules: apply this before
 * securedCollections, which wraps the access set here.
 */
import type { Config, FieldAccess, Plugin } from 'payload'

import { isStaff } from './access'
import { mapDataFields, type DataField } from './field-paths'

type BureauFieldCustom = { bureau?: { staffOnly?: boolean } }

/** Whether a field is marked staff-only where it is defined. */
export const isStaffOnlyField = (field: { custom?: unknown }): boolean =>
  (field.custom as BureauFieldCustom | undefined)?.bureau?.staffOnly === true

/** Staff, then the field's own access (if any). */
const staffThen =
  (original: FieldAccess | undefined): FieldAccess =>
  (args) =>
    isStaff(args.req) ? (original ? original(args) : true) : false

/**
 * Closes a field and, for a group or array, every field inside it: Payload checks `where` and `sort` against the
 * access of the field a path ends at (`costPrice.amount`), not of the group around it.
 */
const closeField = (field: DataField): DataField => {
  const access = field.access ?? {}
  const inner = 'fields' in field && Array.isArray(field.fields) ? { fields: mapDataFields(field.fields, closeField) } : {}
  return {
    ...field,
    ...inner,
    custom: { ...field.custom, bureau: { ...(field.custom as BureauFieldCustom | undefined)?.bureau, staffOnly: true } },
    access: { ...access, read: staffThen(access.read), create: staffThen(access.create), update: staffThen(access.update) },
  } as DataField
}

export type StaffOnlyFieldsOptions = {
  /** collection slug → field paths to close besides the fields marked `custom.bureau.staffOnly` */
  fields?: Readonly<Record<string, readonly string[]>>
}

export const staffOnlyFields =
  (options: StaffOnlyFieldsOptions = {}): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const listed = new Set(options.fields?.[collection.slug] ?? [])
      return {
        ...collection,
        fields: mapDataFields(collection.fields, (field, path) => (listed.has(path) || isStaffOnlyField(field) ? closeField(field) : field)),
      }
    }),
  })
