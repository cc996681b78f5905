'use client'
/**
 * The order's lines as a table (SKU, name, quantity, unit price, discount, tax, total, status; money as money in the
 * order's currency), the order's totals below them, and the line actions: tick lines, then allocate, ship, deliver, cancel or return them (the last
 * two ask for a reason). Only moves the workflow allows for every ticked line, in the order's status, are offered.
 */
import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { useCurrency, type CurrencyState } from '../../../src/kit/components/use-currency'
import { formatMoney, formatUnitPrice } from '../../../src/kit/money-format'
import { labelOf } from '../../../src/kit/select-options'
import { isLineStatus, isOrderStatus, LINE_ACTION_RULES, LINE_TRANSITIONS, nextLineStatuses, type LineStatus } from '../rules/order-workflow'
import { postTransition } from './post-transition'
import { ReasonPrompt, type ReasonChoice } from './reason-picker'

type Totals = { subtotal?: number | null; discountTotal?: number | null; shippingTotal?: number | null; taxTotal?: number | null; grandTotal?: number | null }
const TOTAL_ROWS: Array<[keyof Totals, string]> = [
  ['subtotal', 'Subtotal'],
  ['discountTotal', 'Discounts'],
  ['shippingTotal', 'Shipping'],
  ['taxTotal', 'Tax'],
  ['grandTotal', 'Grand total'],
]

type Line = { id?: string | null; sku?: string | null; name?: string | null; quantity?: number; unitPrice?: string | null; discount?: number | null; tax?: number | null; total?: number | null; status?: string | null }

/** One button per line action, named by the status it leads to. */
const LINE_ACTIONS: Array<{ to: LineStatus; label: string }> = [
  { to: 'allocated', label: 'Allocate' },
  { to: 'shipped', label: 'Ship' },
  { to: 'delivered', label: 'Deliver' },
  { to: 'cancelled', label: 'Cancel lines' },
  { to: 'returned', label: 'Return lines' },
]

const needsReason = (to: LineStatus) => LINE_TRANSITIONS.some((transition) => transition.to === to && LINE_ACTION_RULES[transition.action].reasonRequired)

/** Money as money; while the currency loads nothing, and an unknown currency shows the stored value with its code (never 690 as $690). */
function money(value: number | null | undefined, currency: CurrencyState, locale: string): string {
  if (value === null || value === undefined) return ''
  if (currency.status === 'ready') return formatMoney(value, currency.currency, locale)
  return currency.status === 'unknown' ? `${value} ${currency.key}` : ''
}

export function OrderLinesTable() {
  const { id, data, initialData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.status?.value)
  const code = useFormFields(([fields]) => fields.currency?.value)
  const currency = useCurrency(typeof code === 'string' && code ? { by: 'code', key: code } : undefined)
  const [ticked, setTicked] = useState<Set<string>>(new Set())
  const [asking, setAsking] = useState<LineStatus | null>(null)
  const [choice, setChoice] = useState<ReasonChoice>({ reason: '', note: '' })
  const [message, setMessage] = useState<string | null>(null)
  const order = ((data ?? initialData) ?? {}) as Totals & { lines?: Line[] }
  const lines = (order.lines ?? []).filter((line): line is Line & { id: string } => typeof line.id === 'string')
  if (id === undefined || id === null || !isOrderStatus(status)) return <p>The lines show here once the order is saved.</p>

  const chosen = lines.filter((line) => ticked.has(line.id))
  const allows = (to: LineStatus) => chosen.length > 0 && chosen.every((line) => isLineStatus(line.status) && nextLineStatuses(line.status, status).includes(to))
  const toggle = (lineId: string) => setTicked((previous) => {
    const next = new Set(previous)
    if (next.has(lineId)) next.delete(lineId)
    else next.add(lineId)
    return next
  })
  const move = async (to: LineStatus) => {
    setMessage(null)
    const reason = needsReason(to) ? { reason: choice.reason || undefined, note: choice.note || undefined } : {}
    const problem = await postTransition(config.routes.api, id, { lines: chosen.map((line) => ({ id: line.id, status: to })), ...reason })
    if (problem === null) window.location.reload()
    else setMessage(problem)
  }

  return (
    <div className="order-lines field-type" style={{ marginBottom: '1.5rem' }}>
      <h4>Lines</h4>
      <style>{'.order-lines__table th, .order-lines__table td { padding: 0.25rem 0.5rem; }'}</style>
      <table className="order-lines__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th />
            <th>SKU</th>
            <th>Name</th>
            <th style={{ textAlign: 'right' }}>Quantity</th>
            <th style={{ textAlign: 'right' }}>Unit price</th>
            <th style={{ textAlign: 'right' }}>Discount</th>
            <th style={{ textAlign: 'right' }}>Tax</th>
            <th style={{ textAlign: 'right' }}>Total</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} data-line-sku={line.sku ?? ''} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
              <td>
                <input type="checkbox" aria-label={`Select ${line.sku ?? line.id}`} checked={ticked.has(line.id)} onChange={() => toggle(line.id)} />
              </td>
              <td>{line.sku}</td>
              <td>{line.name}</td>
              <td style={{ textAlign: 'right' }}>{line.quantity}</td>
              <td style={{ textAlign: 'right' }}>{line.unitPrice && currency.status === 'ready' ? formatUnitPrice(line.unitPrice, currency.currency, i18n.language) : ''}</td>
              <td style={{ textAlign: 'right' }}>{money(line.discount, currency, i18n.language)}</td>
              <td style={{ textAlign: 'right' }}>{money(line.tax, currency, i18n.language)}</td>
              <td style={{ textAlign: 'right' }}>{money(line.total, currency, i18n.language)}</td>
              <td className="order-lines__status">{line.status ? labelOf(line.status) : ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="order-lines__totals">
          {TOTAL_ROWS.map(([name, label]) => (
            <tr key={name} style={name === 'grandTotal' ? { fontWeight: 600 } : undefined}>
              <td colSpan={7} style={{ textAlign: 'right' }}>
                {label}
              </td>
              <td style={{ textAlign: 'right' }} data-total={name}>
                {money(order[name], currency, i18n.language)}
              </td>
              <td />
            </tr>
          ))}
        </tfoot>
      </table>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', marginTop: '0.5rem' }}>
        <span>{chosen.length ? `${chosen.length} ticked:` : 'Tick lines to move them:'}</span>
        {LINE_ACTIONS.map(({ to, label }) => (
          <Button key={to} buttonStyle="secondary" size="small" margin={false} disabled={!allows(to)} onClick={() => (needsReason(to) ? setAsking(to) : void move(to))}>
            {label}
          </Button>
        ))}
      </div>
      {asking ? (
        <ReasonPrompt
          action={LINE_ACTIONS.find((action) => action.to === asking)?.label ?? ''}
          choice={choice}
          onChange={setChoice}
          onConfirm={() => void move(asking)}
          onBack={() => setAsking(null)}
        />
      ) : null}
      {message ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{message}</p> : null}
    </div>
  )
}
