/**
 * Walking a collection's fields by data path — the dotted path a value has in the document (`basePrices.amount`,
 * never a row index). Rows, collapsibles, unnamed groups and unnamed tabs only arrange the admin form, so they
 * add nothing to the path; named groups, named tabs and arrays do. Blocks are addressed as a whole: their inner
 * fields differ per block type. Used to attach role field rules to fields and to check the paths roles name.
 */
import type { Field, UIField } from 'payload'

/** A field that holds data under its name (UI fields have a name but hold nothing). */
export type DataField = Exclude<Extract<Field, { name: string }>, UIField>

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

/**
 * Returns `fields` with `visit` applied to every field that holds data (inner fields first, so `visit` sees a
 * group or array with its inner fields already visited).
 */
export function mapDataFields(fields: readonly Field[], visit: (field: DataField, path: string) => Field, prefix = ''): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? { ...tab, fields: mapDataFields(tab.fields, visit, join(prefix, tab.name)) }
            : { ...tab, fields: mapDataFields(tab.fields, visit, prefix) },
        ),
      }
    }
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: mapDataFields(field.fields, visit, prefix) }
    if (field.type === 'group' && !('name' in field && field.name)) return { ...field, fields: mapDataFields(field.fields, visit, prefix) }
    if (field.type === 'ui' || !('name' in field) || !field.name) return field
    const path = join(prefix, field.name)
    if (field.type === 'group' || field.type === 'array') {
      return visit({ ...field, fields: mapDataFields(field.fields, visit, path) } as DataField, path)
    }
    return visit(field as DataField, path)
  })
}

/** Every data path of `fields`, in form order, each container before its contents. */
export function dataFieldPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => dataFieldPaths(tab.fields, 'name' in tab && tab.name ? join(prefix, tab.name) : prefix))
    }
    if (field.type === 'row' || field.type === 'collapsible') return dataFieldPaths(field.fields, prefix)
    if (field.type === 'group' && !('name' in field && field.name)) return dataFieldPaths(field.fields, prefix)
    if (field.type === 'ui' || !('name' in field) || !field.name) return []
    const path = join(prefix, field.name)
    return field.type === 'group' || field.type === 'array' ? [path, ...dataFieldPaths(field.fields, path)] : [path]
  })
}
