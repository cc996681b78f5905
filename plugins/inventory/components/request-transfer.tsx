'use client'
/**
 * "Request transfer" on the low-stock list: creates a requested transfer into the low warehouse (POST
 * /api/stock-transfers, the staff user's own access) and opens it, where the source warehouse is chosen — left empty
 * it is a purchase request.
 */
import { Button } from '@payloadcms/ui'
import { useState } from 'react'

type Props = { adminRoute: string; product: number | null; variant: number | null; toWarehouse: number | null; quantity: string }
type Answer = { doc?: { id: number }; errors?: Array<{ message?: string }> }

export function RequestTransferButton({ adminRoute, product, variant, toWarehouse, quantity }: Props) {
  const [problem, setProblem] = useState<string | null>(null)
  const request = async () => {
    setProblem(null)
    const response = await fetch('/api/stock-transfers', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ product, variant, toWarehouse, quantity: Number(quantity), note: 'Requested from the low-stock list' }),
    })
    const answer = (await response.json().catch(() => ({}))) as Answer
    if (response.ok && answer.doc) {
      window.location.assign(`${adminRoute}/collections/stock-transfers/${answer.doc.id}`)
      return
    }
    setProblem(answer.errors?.[0]?.message ?? `Failed (${response.status})`)
  }
  return (
    <>
      <Button buttonStyle="secondary" size="small" className="low-stock__request" onClick={() => void request()}>
        Request transfer of {quantity}
      </Button>
      {problem ? <span role="alert">{problem}</span> : null}
    </>
  )
}
