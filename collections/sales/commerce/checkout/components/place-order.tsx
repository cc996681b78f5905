'use client'
/**
 * Staff place an order for any customer through the storefront's own door, POST /api/commerce/checkout (so prices,
 * promotions, tax and stock follow the same rules), from the orders list. Lines are entered as product id × quantity.
 */
import { Button } from '@payloadcms/ui'
import { useMemo, useState } from 'react'

type Problem = { errors?: Array<{ message?: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

const parseLines = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [product, quantity = '1'] = entry.split(/\s*[x×]\s*/)
      return { product: Number(product), quantity: Number(quantity) }
    })

export function PlaceOrder() {
  const [open, setOpen] = useState(false)
  const [customer, setCustomer] = useState('')
  const [lines, setLines] = useState('')
  const [paymentMethod, setPaymentMethod] = useState('paymentTerm')
  const [message, setMessage] = useState<string | null>(null)
  const key = useMemo(() => `admin-${Date.now()}-${Math.random().toString(36).slice(2)}`, [])
  if (!open) {
    return (
      <div style={{ marginBottom: '1rem' }}>
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          Place order for a customer
        </Button>
      </div>
    )
  }
  const submit = async () => {
    setMessage(null)
    const response = await fetch('/api/commerce/checkout', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({ customer: Number(customer), lines: parseLines(lines), paymentMethod }),
    })
    const body = (await response.json().catch(() => ({}))) as Problem & { doc?: { id: number } }
    if (response.ok && body.doc) {
      window.location.href = `/admin/collections/orders/${body.doc.id}`
      return
    }
    const first = body.errors?.[0]
    setMessage(first?.data?.errors?.map((error) => `${error.path}: ${error.message}`).join('; ') || first?.message || `Failed (${response.status})`)
  }
  return (
    <div className="place-order" style={{ marginBottom: '1.5rem', display: 'grid', gap: '0.5rem', maxWidth: '40rem' }}>
      <h4>Place order</h4>
      <input aria-label="Customer id" name="place-order-customer" placeholder="Customer id" value={customer} onChange={(event) => setCustomer(event.target.value)} />
      <textarea aria-label="Lines" name="place-order-lines" placeholder="product id × quantity, one per line (e.g. 12 × 3)" value={lines} onChange={(event) => setLines(event.target.value)} rows={3} />
      <select aria-label="Payment method" value={paymentMethod} onChange={(event) => setPaymentMethod(event.target.value)}>
        <option value="paymentTerm">Payment term (invoice)</option>
        <option value="offline">Offline</option>
      </select>
      <div>
        <Button size="small" onClick={() => void submit()}>
          Place order
        </Button>
      </div>
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}
