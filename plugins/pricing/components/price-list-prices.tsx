'use client'
/**
 * A price list's prices on its edit view (item 7): filter by SKU and currency, edit a value inline (Enter or leaving
 * the cell PATCHes /api/product-prices/:id, so the API's own checks and access apply and the combined lists
 * rebuild), and adjust the shown hand prices by a percentage (POST /api/price-lists/:id/adjust-prices).
 */
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { problemOf, showUnitPrice, useMinorDigits } from './money'

type Row = {
  id: number
  product: { id: number; sku: string } | number
  variant?: { id: number; sku: string } | number | null
  unit: string
  minQuantity: number
  currency: string
  value: string
  generated?: boolean
}

const PAGE = 50
const skuOf = (relation: Row['product'] | Row['variant']) => (relation && typeof relation === 'object' ? relation.sku : '')

function ValueCell({ row, onSaved }: { row: Row; onSaved: (message: string | null) => void }) {
  const [text, setText] = useState(row.value)
  useEffect(() => setText(row.value), [row.value])
  const save = async () => {
    if (text.trim() === row.value) return
    const response = await fetch(`/api/product-prices/${row.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: text.trim() }),
    })
    onSaved(response.ok ? null : await problemOf(response))
  }
  return (
    <input
      aria-label={`Value of ${skuOf(row.product)} ${row.unit} from ${row.minQuantity} in ${row.currency}`}
      name={`price-${row.id}-value`}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          void save()
        }
      }}
      style={{ width: '7rem' }}
    />
  )
}

export function PriceListPrices() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const digitsOf = useMinorDigits()
  const [sku, setSku] = useState('')
  const [currency, setCurrency] = useState('')
  const [page, setPage] = useState(1)
  const [rows, setRows] = useState<Row[]>([])
  const [total, setTotal] = useState(0)
  const [percent, setPercent] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const query = new URLSearchParams({ 'where[priceList][equals]': String(id), limit: String(PAGE), page: String(page), sort: 'id', depth: '1' })
    query.set('populate[products][sku]', 'true')
    query.set('populate[product-variants][sku]', 'true')
    if (sku.trim()) query.set('where[product.sku][like]', sku.trim())
    if (currency.trim()) query.set('where[currency][equals]', currency.trim().toUpperCase())
    const response = await fetch(`/api/product-prices?${query}`, { credentials: 'include' })
    if (!response.ok) {
      setMessage(await problemOf(response))
      return
    }
    const body = (await response.json()) as { docs: Row[]; totalDocs: number }
    setRows(body.docs)
    setTotal(body.totalDocs)
  }, [id, page, sku, currency])

  useEffect(() => {
    void load()
  }, [load])

  if (id === undefined || id === null) return <p>Save the list first, then add or import its prices.</p>

  const adjust = async () => {
    setMessage(null)
    const response = await fetch(`/api/price-lists/${id}/adjust-prices`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ percent: percent.trim(), sku: sku.trim() || undefined, currency: currency.trim() || undefined }),
    })
    setMessage(response.ok ? `${((await response.json()) as { updated: number }).updated} prices adjusted by ${percent} %` : await problemOf(response))
    await load()
  }

  return (
    <div className="field-type pricing-list-prices" style={{ marginTop: '2rem' }}>
      <h3>Prices</h3>
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', marginBottom: '0.75rem' }}>
        <input aria-label="Filter by SKU" name="prices-filter-sku" placeholder="SKU contains…" value={sku} onChange={(event) => { setPage(1); setSku(event.target.value) }} />
        <input aria-label="Filter by currency" name="prices-filter-currency" placeholder="Currency" value={currency} onChange={(event) => { setPage(1); setCurrency(event.target.value) }} style={{ width: '6rem' }} />
        <span>{total} prices</span>
        <span style={{ flex: 1 }} />
        <input aria-label="Adjust by percent" name="prices-adjust-percent" placeholder="± %" value={percent} onChange={(event) => setPercent(event.target.value)} style={{ width: '5rem' }} />
        <Button buttonStyle="secondary" size="small" onClick={() => void adjust()} disabled={!percent.trim()}>
          Adjust the filtered prices
        </Button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      <table className="table" style={{ width: '100%' }}>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Variant</th>
            <th>Unit</th>
            <th>From qty</th>
            <th>Price</th>
            <th>Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-price={row.id}>
              <td>{skuOf(row.product)}</td>
              <td>{skuOf(row.variant ?? null)}</td>
              <td>{row.unit}</td>
              <td>{row.minQuantity}</td>
              <td>{showUnitPrice(row.value, row.currency, digitsOf(row.currency), i18n.language)}{row.generated ? ' (rule)' : ''}</td>
              <td>
                <ValueCell row={row} onSaved={(problem) => { setMessage(problem ?? 'Saved'); void load() }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > PAGE ? (
        <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
          <Button buttonStyle="secondary" size="small" disabled={page === 1} onClick={() => setPage(page - 1)}>Previous</Button>
          <span>Page {page} of {Math.ceil(total / PAGE)}</span>
          <Button buttonStyle="secondary" size="small" disabled={page * PAGE >= total} onClick={() => setPage(page + 1)}>Next</Button>
        </div>
      ) : null}
    </div>
  )
}
