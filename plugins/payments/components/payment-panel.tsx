'use client'
/**
 * The order's Payment panel (a ui field in the sidebar): status and amounts as money, the ledger, and capture / refund
 * / void asking the amount (empty: all that is left). Posts to POST /api/orders/:id/<action> with the editor's session
 * and reloads, so the form shows the new derived fields.
 */
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { readMajorAmount, showMoney } from './money-text'

type Summary = { currency: string; paymentStatus?: string | null; amountAuthorized?: number | null; amountCaptured?: number | null; amountRefunded?: number | null; grandTotal?: number | null }
type Row = { id: number; createdAt: string; kind: string; status: string; amount: number; gatewayReference?: string | null; error?: string | null; reason?: string | null }
type Problem = { errors?: Array<{ message?: string; data?: { errors?: Array<{ path: string; message: string; left?: number }> } }> }
type Action = 'capture' | 'refund' | 'void'

/** The refusal as staff read it; a limit's room (`left`, minor units) in money. */
const problemText = (problem: Problem, status: number, money: (minor: number) => string) => {
  const first = problem.errors?.[0]
  const issues = first?.data?.errors?.map((error) => (error.left === undefined ? `${error.path}: ${error.message}` : `${error.path}: more than is left — at most ${money(error.left)}`))
  return issues?.join('; ') || first?.message || `Failed (${status})`
}

/** `partiallyPaid` → "Partially paid", as the orders list labels it. */
const statusLabel = (status: string) => status.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, (first) => first.toUpperCase())

export function PaymentPanel() {
  const { id } = useDocumentInfo()
  const [summary, setSummary] = useState<Summary | null>(null)
  const [rows, setRows] = useState<Row[]>([])
  const [digits, setDigits] = useState(2)
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const order = (await (await fetch(`/api/orders/${id}?depth=0`, { credentials: 'include' })).json()) as Summary
    const ledger = (await (await fetch(`/api/payment-transactions?where[order][equals]=${id}&sort=id&limit=100&depth=0`, { credentials: 'include' })).json()) as { docs?: Row[] }
    const currencies = (await (await fetch(`/api/currencies?where[code][equals]=${encodeURIComponent(order.currency)}&limit=1&depth=0`, { credentials: 'include' })).json()) as { docs?: Array<{ minorDigits?: number }> }
    setDigits(currencies.docs?.[0]?.minorDigits ?? 2)
    setSummary(order)
    setRows(ledger.docs ?? [])
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  if (id === undefined || id === null) return null
  if (!summary) return <div className="field-type payment-panel">Loading payment…</div>
  const money = (value: number | null | undefined) => showMoney(value ?? 0, summary.currency, digits)

  const run = async (action: Action) => {
    setMessage(null)
    const parsed = readMajorAmount(action === 'void' ? '' : amount, digits)
    if (!parsed.ok) return setMessage(`amount: ${parsed.message}`)
    setBusy(true)
    const response = await fetch(`/api/orders/${id}/${action}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...(parsed.value === null ? {} : { amount: parsed.value }), ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    })
    setBusy(false)
    if (response.ok) {
      window.location.reload()
      return
    }
    setMessage(problemText((await response.json().catch(() => ({}))) as Problem, response.status, money))
    await load()
  }

  return (
    <div className="field-type payment-panel" style={{ marginBottom: '1.5rem' }}>
      <h4>Payment</h4>
      <dl className="payment-panel__summary" style={{ display: 'grid', gridTemplateColumns: 'auto auto', gap: '0.25rem 1rem' }}>
        <dt>Status</dt>
        <dd data-testid="payment-status">{statusLabel(summary.paymentStatus ?? 'unpaid')}</dd>
        <dt>Authorized</dt>
        <dd data-testid="payment-authorized">{money(summary.amountAuthorized)}</dd>
        <dt>Captured</dt>
        <dd data-testid="payment-captured">{money(summary.amountCaptured)}</dd>
        <dt>Refunded</dt>
        <dd data-testid="payment-refunded">{money(summary.amountRefunded)}</dd>
      </dl>
      <table className="payment-panel__ledger" style={{ width: '100%', fontSize: '0.85em' }}>
        <thead>
          <tr>
            <th align="left">When</th>
            <th align="left">Kind</th>
            <th align="left">Status</th>
            <th align="right">Amount</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} title={[row.gatewayReference, row.reason, row.error].filter(Boolean).join(' · ')}>
              <td>{new Date(row.createdAt).toLocaleString()}</td>
              <td>{row.kind}</td>
              <td>{row.status}</td>
              <td align="right">{money(row.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ display: 'flex', flexDirection: 'column', gap: '0.5rem', marginTop: '0.75rem' }}>
        <input aria-label="Payment amount" name="payment-amount" placeholder={`Amount in ${summary.currency} (empty: all that is left)`} value={amount} onChange={(event) => setAmount(event.target.value)} />
        <input aria-label="Payment reason" name="payment-reason" placeholder="Reason (required for a refund)" value={reason} onChange={(event) => setReason(event.target.value)} />
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void run('capture')}>
            Capture
          </Button>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void run('refund')}>
            Refund
          </Button>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void run('void')}>
            Void
          </Button>
        </div>
      </div>
      {message ? (
        <p role="alert" className="payment-panel__error">
          {message}
        </p>
      ) : null}
    </div>
  )
}
