'use client'
/**
 * The order's actions instead of a raw status select: the moves the workflow allows from the current status
 * (confirm, start processing, hold, release, cancel, complete, close), asking for a reason where it needs one.
 * Line moves (ship, deliver, return…) are on the lines table. Each posts to /api/orders/:id/transition and reloads.
 */
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { findOrderTransition, isOrderStatus, nextOrderStatuses, type OrderStatus } from '../rules/order-workflow'
import { postTransition } from './post-transition'
import { ReasonPrompt, type ReasonChoice } from './reason-picker'

const ACTION_LABELS: Partial<Record<OrderStatus, string>> = {
  confirmed: 'Confirm',
  processing: 'Start processing',
  onHold: 'Hold',
  cancelled: 'Cancel order',
  completed: 'Complete',
  closed: 'Close',
}

const actionLabel = (from: OrderStatus, to: OrderStatus) => (from === 'onHold' && to !== 'cancelled' ? 'Release' : (ACTION_LABELS[to] ?? to))

export function OrderActions() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const status = useFormFields(([fields]) => fields.status?.value)
  const heldFrom = useFormFields(([fields]) => fields.heldFrom?.value)
  const [asking, setAsking] = useState<OrderStatus | null>(null)
  const [choice, setChoice] = useState<ReasonChoice>({ reason: '', note: '' })
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (id === undefined || id === null || !isOrderStatus(status)) return null
  const targets = nextOrderStatuses(status, isOrderStatus(heldFrom) ? heldFrom : null)

  const move = async (to: OrderStatus, withReason: boolean) => {
    setBusy(true)
    setMessage(null)
    const problem = await postTransition(config.routes.api, id, { status: to, ...(withReason ? { reason: choice.reason || undefined, note: choice.note || undefined } : {}) })
    setBusy(false)
    if (problem === null) window.location.reload()
    else setMessage(problem)
  }
  const start = (to: OrderStatus) => {
    if (findOrderTransition(status, to)?.reasonRequired) setAsking(to)
    else void move(to, false)
  }

  return (
    <div className="order-actions field-type" style={{ marginBottom: '1.5rem' }}>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <strong>Actions</strong>
        {targets.length === 0 ? <span>None: the order is {status}.</span> : null}
        {targets.map((to) => (
          <Button key={to} buttonStyle={to === 'cancelled' ? 'error' : 'secondary'} size="small" margin={false} disabled={busy} onClick={() => start(to)}>
            {actionLabel(status, to)}
          </Button>
        ))}
      </div>
      {asking ? (
        <ReasonPrompt
          className="order-actions__reason"
          intro={`${actionLabel(status, asking)} because`}
          action={actionLabel(status, asking)}
          choice={choice}
          onChange={setChoice}
          busy={busy}
          onConfirm={() => void move(asking, true)}
          onBack={() => setAsking(null)}
        />
      ) : null}
      {message ? <p role="alert" className="order-actions__error" style={{ color: 'var(--theme-error-500)' }}>{message}</p> : null}
    </div>
  )
}
