/** Proves the ledger: every level equals the sum of its movements, and available = on hand − reserved. */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import type { SqlTransaction as Transaction } from '../../../src/kit'

export type LedgerMismatch = { level: number; onHand: string; reserved: string; available: string; ledgerOnHand: string; ledgerReserved: string }

export async function ledgerMismatches(payload: Payload): Promise<{ levels: number; mismatches: LedgerMismatch[] }> {
  const db = (payload.db as unknown as { drizzle: Transaction }).drizzle
  const result = await db.execute(sql`
    select l.id as level, l.on_hand::text as "onHand", l.reserved::text as reserved, l.available::text as available,
           coalesce(sum(m.on_hand_delta), 0)::text as "ledgerOnHand", coalesce(sum(m.reserved_delta), 0)::text as "ledgerReserved",
           (l.on_hand = coalesce(sum(m.on_hand_delta), 0) and l.reserved = coalesce(sum(m.reserved_delta), 0)
             and l.available = l.on_hand - l.reserved) as agrees
      from inventory_levels l left join stock_movements m on m.level_id = l.id
     group by l.id`)
  const rows = result.rows as Array<LedgerMismatch & { agrees: boolean }>
  return { levels: rows.length, mismatches: rows.filter((row) => !row.agrees).map(({ agrees: _agrees, ...row }) => ({ ...row, level: Number(row.level) })) }
}
