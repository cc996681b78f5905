'use client'
/**
 * A stock adjustment as an action with a reason, on a level's edit view: never a raw edit of on hand. Posts to
 * POST /api/inventory-levels/:id/adjust and reloads the document to show the new figures and ledger row.
 */
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Problem = { errors?: Array<{ message?: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

export function AdjustStock() {
  const { id } = useDocumentInfo()
  const [quantity, setQuantity] = useState('')
  const [reason, setReason] = useState('')
  const [kind, setKind] = useState<'adjustment' | 'receipt'>('adjustment')
  const [message, setMessage] = useState<string | null>(null)
  if (id === undefined || id === null) return <p>Save the level first; its opening stock is booked as a receipt.</p>
  const submit = async () => {
    setMessage(null)
    const response = await fetch(`/api/inventory-levels/${id}/adjust`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quantity, reason, kind }),
    })
    if (response.ok) {
      window.location.reload()
      return
    }
    const problem = (await response.json().catch(() => ({}))) as Problem
    const first = problem.errors?.[0]
    setMessage(first?.data?.errors?.map((error) => `${error.path}: ${error.message}`).join('; ') || first?.message || `Failed (${response.status})`)
  }
  return (
    <div className="field-type inventory-adjust" style={{ marginBottom: '1.5rem' }}>
      <h4>Adjust stock</h4>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
        <select aria-label="Kind" value={kind} onChange={(event) => setKind(event.target.value === 'receipt' ? 'receipt' : 'adjustment')}>
          <option value="adjustment">Adjustment (±)</option>
          <option value="receipt">Goods received (+)</option>
        </select>
        <input aria-label="Quantity" name="adjust-quantity" placeholder="e.g. -3" value={quantity} onChange={(event) => setQuantity(event.target.value)} style={{ width: '8rem' }} />
        <input aria-label="Reason" name="adjust-reason" placeholder="Reason (required)" value={reason} onChange={(event) => setReason(event.target.value)} style={{ flex: 1, minWidth: '12rem' }} />
        <Button buttonStyle="secondary" size="small" onClick={() => void submit()}>
          Book movement
        </Button>
      </div>
      {message ? <p role="alert" className="inventory-adjust__error">{message}</p> : null}
    </div>
  )
}
