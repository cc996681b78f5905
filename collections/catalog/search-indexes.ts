/**
 * Trigram indexes for the catalog's text search. Storefronts search with Payload's `like` (ILIKE '%word%' per word)
 * on SKU and name; a B-tree index cannot serve a match in the middle of a text, a pg_trgm GIN index can. pg_trgm
 * ships with PostgreSQL and is a trusted extension (a database owner may create it); the adapter creates it at
 * connect (`extensions: ['pg_trgm']`), before the schema push or the migrations.
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/** table → text columns searched with `like` */
const SEARCHED = { products: ['sku'], products_locales: ['name'], product_variants: ['sku'], product_variants_locales: ['name'] }

export const catalogSearchIndexes: SchemaHook = ({ schema, extendTable }) => {
  for (const [tableName, columns] of Object.entries(SEARCHED)) {
    const table = schema.tables[tableName]
    if (!table) continue
    extendTable({
      table,
      extraConfig: (self) =>
        Object.fromEntries(columns.map((column) => [`${tableName}_${column}_trgm_idx`, index(`${tableName}_${column}_trgm_idx`).using('gin', self[column].op('gin_trgm_ops'))])),
    })
  }
  return schema
}
