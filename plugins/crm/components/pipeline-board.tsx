'use client'
/** The pipeline above the opportunities list: open opportunities by stage with totals (`GET /api/crm/pipeline`). */
import { showMoney } from './money'
import { useCrmJson } from './use-crm-json'

type Total = { currency: string; minorDigits: number; count: number; amount: number; weighted: number }
type Pipeline = { stages: { stage: string; probability: number | null; count: number; totals: Total[] }[]; totals: Total[] }

const cell = { padding: '0.25rem 0.75rem', textAlign: 'left', borderTop: '1px solid var(--theme-elevation-150)' } as const

const amounts = (totals: Total[], pick: 'amount' | 'weighted') =>
  totals.length === 0 ? '—' : totals.map((total) => showMoney({ ...total, amount: total[pick] })).join(' · ')

export const PipelineBoard = () => {
  const state = useCrmJson<Pipeline>('/crm/pipeline')
  if (state.status === 'loading') return <p>Loading the pipeline…</p>
  if (state.status === 'failed') return <p>The pipeline could not be loaded ({state.message}).</p>
  const { stages, totals } = state.data
  return (
    <section className="crm-pipeline" style={{ marginBottom: '1.5rem' }}>
      <h3>Pipeline (open opportunities)</h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {['Stage', 'Probability', 'Opportunities', 'Amount', 'Weighted'].map((title) => (
              <th key={title} style={cell}>{title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.stage} data-stage={stage.stage}>
              <td style={cell}>{stage.stage}</td>
              <td style={cell}>{stage.probability === null ? 'not configured' : `${stage.probability} %`}</td>
              <td style={cell}>{stage.count}</td>
              <td style={cell}>{amounts(stage.totals, 'amount')}</td>
              <td style={cell}>{amounts(stage.totals, 'weighted')}</td>
            </tr>
          ))}
          <tr data-stage="total" style={{ fontWeight: 600 }}>
            <td style={cell}>Total</td>
            <td style={cell} />
            <td style={cell}>{totals.reduce((sum, total) => sum + total.count, 0)}</td>
            <td style={cell}>{amounts(totals, 'amount')}</td>
            <td style={cell}>{amounts(totals, 'weighted')}</td>
          </tr>
        </tbody>
      </table>
    </section>
  )
}
