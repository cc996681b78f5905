'use client'
/**
 * The order's history as a timeline, newest first: when, who (or "the lines" / the system code), what moved (the
 * order, or a line by SKU), from and to, and why. Read through REST with the editor's session (who made a change is
 * a populated staff user), so a reader sees exactly what the API lets them see.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { labelOf } from '../../../src/kit/select-options'

type Row = { id?: string; at: string; by?: { name?: string | null; email?: string | null } | number | null; source: string; actor?: string | null; from?: string | null; to: string; lineId?: string | null; sku?: string | null; reason?: string | null; note?: string | null }

function who(row: Row): string {
  if (row.source === 'system') return `system (${row.actor ?? 'unnamed'})`
  const person = typeof row.by === 'object' && row.by ? (row.by.name ?? row.by.email ?? 'a staff member') : row.by ? `user ${row.by}` : 'a storefront or the system'
  return row.source === 'lines' ? `${person}, by the lines` : person
}

export function OrderTimeline() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (id === undefined || id === null) return
    const query = 'depth=1&select[statusHistory]=true'
    fetch(`${config.routes.api}/orders/${id}?${query}`, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        setRows(((await response.json()) as { statusHistory?: Row[] }).statusHistory ?? [])
      })
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
  }, [id, config.routes.api, lastUpdateTime])
  if (id === undefined || id === null) return null
  return (
    <div className="order-timeline field-type" style={{ marginBottom: '1.5rem' }}>
      <h4>Timeline</h4>
      {problem ? <p role="alert">The history could not be read ({problem}).</p> : null}
      {rows === null && !problem ? <p>Loading…</p> : null}
      <ol className="order-timeline__rows" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {[...(rows ?? [])].reverse().map((row, index) => (
          <li key={row.id ?? index} className="order-timeline__row" style={{ borderLeft: '3px solid var(--theme-elevation-250)', padding: '0.25rem 0 0.5rem 0.75rem' }}>
            <div style={{ fontSize: '0.85em', opacity: 0.75 }}>
              {new Date(row.at).toLocaleString(i18n.language)} · {who(row)}
            </div>
            <div>
              <strong>{row.lineId ? `Line ${row.sku ?? row.lineId}` : 'Order'}</strong>: {row.from ? labelOf(row.from) : 'placed'} → {labelOf(row.to)}
              {row.reason ? ` · ${labelOf(row.reason)}` : ''}
              {row.note ? ` — ${row.note}` : ''}
            </div>
          </li>
        ))}
      </ol>
    </div>
  )
}
