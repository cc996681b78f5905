'use client'
/**
 * Above the promotion list: the preview. Pick a customer, products with quantities and coupons; it asks
 * POST /api/marketing/preview and shows what the pipeline applies, and why each promotion applied or not.
 */
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { OptionSelect } from './option-select'

type Option = { id: number; name: string; sku?: string }
type Row = { product: string; quantity: string }
type Explanation = { promotion: number; name: string; coupon: string | null; status: string; amount?: number; why: string[] }
type Preview = {
  calculation: { currency: string; subtotal: number; discountTotal: number; grandTotal: number; appliedPromotions: Array<{ id: number; name: string; coupon: string | null; amount: number }>; lines: Array<{ sku: string; amount: number; discount: number; total: number }> }
  stacking: { strategy: string; lineDiscounts: string } | null
  promotions: Explanation[]
}

/** Minor units as text without floats (the preview's currencies have 2 decimals). */
const money = (minor: number) => `${minor < 0 ? '-' : ''}${Math.trunc(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`

async function list(url: string): Promise<Option[]> {
  const response = await fetch(url, { credentials: 'include' })
  return response.ok ? ((await response.json()) as { docs: Option[] }).docs : []
}

export function PromotionPreview() {
  const [open, setOpen] = useState(false)
  const [customers, setCustomers] = useState<Option[]>([])
  const [products, setProducts] = useState<Option[]>([])
  const [customer, setCustomer] = useState('')
  const [currency, setCurrency] = useState('USD')
  const [coupons, setCoupons] = useState('')
  const [rows, setRows] = useState<Row[]>([{ product: '', quantity: '1' }])
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!open) return
    void list('/api/customers?limit=200&depth=0&sort=name&select[name]=true').then(setCustomers)
    void list('/api/products?limit=200&depth=0&sort=sku&select[name]=true&select[sku]=true').then(setProducts)
  }, [open])

  const run = async () => {
    setProblem(null)
    const body = {
      currency,
      customer: customer ? Number(customer) : undefined,
      lines: rows.filter((row) => row.product).map((row) => ({ product: Number(row.product), quantity: Number(row.quantity) })),
      coupons: coupons.split(/[\s,]+/).filter(Boolean),
    }
    let response: Response
    try {
      response = await fetch('/api/marketing/preview', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    } catch {
      setProblem('The server could not be reached')
      return
    }
    const answer = (await response.json()) as Preview & { errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }
    if (!response.ok) {
      const detail = answer.errors?.[0]?.data?.errors?.[0]
      setPreview(null)
      setProblem(detail ? `${detail.path}: ${detail.message}` : (answer.errors?.[0]?.message ?? `Error ${response.status}`))
      return
    }
    setPreview(answer)
  }

  const setRow = (index: number, change: Partial<Row>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)))

  return (
    <div className="marketing-preview" style={{ margin: '0 0 1.5rem' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => setOpen(!open)}>
        Preview promotions on a cart
      </Button>
      {open && (
        <div style={{ display: 'grid', gap: '0.5rem', maxWidth: '48rem', marginTop: '0.75rem' }}>
          <OptionSelect label="Customer" name="customer" value={customer} empty="A visitor" options={customers} onChange={setCustomer} />
          <label>
            Currency
            <input name="currency" value={currency} onChange={(event) => setCurrency(event.target.value)} />
          </label>
          {rows.map((row, index) => (
            <div key={index} style={{ display: 'flex', gap: '0.5rem' }}>
              <select name={`product-${index}`} value={row.product} onChange={(event) => setRow(index, { product: event.target.value })}>
                <option value="">Product…</option>
                {products.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.sku} · {option.name}
                  </option>
                ))}
              </select>
              <input name={`quantity-${index}`} type="number" min={0.001} step="any" value={row.quantity} onChange={(event) => setRow(index, { quantity: event.target.value })} />
            </div>
          ))}
          <div>
            <Button size="small" buttonStyle="secondary" onClick={() => setRows([...rows, { product: '', quantity: '1' }])}>
              Add a product
            </Button>
          </div>
          <label>
            Coupons
            <input name="coupons" value={coupons} placeholder="WELCOME10, …" onChange={(event) => setCoupons(event.target.value)} />
          </label>
          <div>
            <Button size="small" onClick={() => void run()}>
              Preview
            </Button>
          </div>
          {problem && <p className="marketing-preview__problem">{problem}</p>}
          {preview && (
            <div className="marketing-preview__result">
              <p>
                Subtotal {money(preview.calculation.subtotal)} · discounts {money(preview.calculation.discountTotal)} · total{' '}
                {money(preview.calculation.grandTotal)} {preview.calculation.currency}
                {preview.stacking && ` · stacking: ${preview.stacking.strategy}, line discounts ${preview.stacking.lineDiscounts}`}
              </p>
              <table style={{ width: '100%' }}>
                <thead>
                  <tr>
                    <th style={{ textAlign: 'left' }}>Promotion</th>
                    <th style={{ textAlign: 'left' }}>Coupon</th>
                    <th style={{ textAlign: 'left' }}>Outcome</th>
                    <th style={{ textAlign: 'right' }}>Amount</th>
                    <th style={{ textAlign: 'left' }}>Why</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.promotions.map((row) => (
                    <tr key={`${row.promotion}-${row.coupon ?? ''}`} className={`marketing-preview__row marketing-preview__row--${row.status.replaceAll(' ', '-')}`}>
                      <td>{row.name}</td>
                      <td>{row.coupon ?? ''}</td>
                      <td>{row.status}</td>
                      <td style={{ textAlign: 'right' }}>{row.amount === undefined ? '' : money(row.amount)}</td>
                      <td>{row.why.join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
