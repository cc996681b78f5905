'use client'
/**
 * The account's summary figures at the top of its 360° view: lifetime sales per currency (its customers' orders),
 * open pipeline (amount and weighted) and the last activity, from `GET /api/accounts/:id/summary`.
 */
import { useDocumentInfo } from '@payloadcms/ui'

import { showMoney } from './money'
import { useCrmJson } from './use-crm-json'

type Total = { currency: string; minorDigits: number; amount: number }
type Summary = {
  lifetimeSales: (Total & { orders: number })[]
  openPipeline: (Total & { count: number; weighted: number })[]
  lastActivity: { type: string; subject: string; occurredAt: string } | null
}

const box = { flex: '1 1 12rem', padding: '0.75rem 1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 } as const

export const AccountSummary = () => {
  const { id } = useDocumentInfo()
  const state = useCrmJson<Summary>(id ? `/accounts/${id}/summary` : null)
  if (!id) return null
  if (state.status === 'loading') return <p className="crm-summary">Loading the summary…</p>
  if (state.status === 'failed') return <p className="crm-summary">The summary could not be loaded ({state.message}).</p>
  const { lifetimeSales, openPipeline, lastActivity } = state.data
  return (
    <div className="crm-summary" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', marginBottom: '1.5rem' }}>
      <div style={box} data-figure="lifetime-sales">
        <h4>Lifetime sales</h4>
        {lifetimeSales.length === 0 ? <p>No orders yet</p> : lifetimeSales.map((sale) => <p key={sale.currency}>{showMoney(sale)} · {sale.orders} {sale.orders === 1 ? 'order' : 'orders'}</p>)}
      </div>
      <div style={box} data-figure="open-pipeline">
        <h4>Open pipeline</h4>
        {openPipeline.length === 0 ? (
          <p>No open opportunities</p>
        ) : (
          openPipeline.map((total) => (
            <p key={total.currency}>
              {showMoney(total)} ({total.count}) · weighted {showMoney({ ...total, amount: total.weighted })}
            </p>
          ))
        )}
      </div>
      <div style={box} data-figure="last-activity">
        <h4>Last activity</h4>
        {lastActivity ? (
          <p>
            {new Date(lastActivity.occurredAt).toLocaleDateString()} · {lastActivity.type}: {lastActivity.subject}
          </p>
        ) : (
          <p>None yet</p>
        )}
      </div>
    </div>
  )
}
