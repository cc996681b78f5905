'use client'
/**
 * On a product's edit view: the price a chosen customer would pay (item 7), asked of POST /api/commerce/price for this
 * product — the same answer the storefront and checkout get — at a quantity and currency staff choose.
 */
import { Button, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { problemOf, showUnitPrice, useMinorDigits } from './money'

type Customer = { id: number; name: string; code?: string }
type Priced = { lines: Array<{ unitPrice: string; priceList: number | string | null }>; currency: string }

export function CustomerPrice() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const digitsOf = useMinorDigits()
  const [search, setSearch] = useState('')
  const [customers, setCustomers] = useState<Customer[]>([])
  const [customer, setCustomer] = useState('')
  const [currency, setCurrency] = useState('USD')
  const [quantity, setQuantity] = useState('1')
  const [answer, setAnswer] = useState<string | null>(null)

  useEffect(() => {
    const query = new URLSearchParams({ limit: '20', sort: 'name', depth: '0', 'select[name]': 'true', 'select[code]': 'true' })
    if (search.trim()) query.set('where[name][like]', search.trim())
    void fetch(`/api/customers?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: Customer[] }>) : { docs: [] }))
      .then((body) => setCustomers(body.docs))
  }, [search])

  if (id === undefined || id === null) return null

  const ask = async () => {
    setAnswer(null)
    const response = await fetch('/api/commerce/price', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ customer: customer ? Number(customer) : undefined, currency: currency.trim().toUpperCase(), lines: [{ product: Number(id), quantity: Number(quantity) }] }),
    })
    if (!response.ok) {
      setAnswer(await problemOf(response))
      return
    }
    const priced = (await response.json()) as Priced
    const line = priced.lines[0]
    const chosen = customers.find((candidate) => String(candidate.id) === customer)
    setAnswer(
      `${chosen ? chosen.name : 'An anonymous visitor'} pays ${showUnitPrice(line.unitPrice, priced.currency, digitsOf(priced.currency), i18n.language)} each` +
        (line.priceList === null ? ' (base price: no list prices it)' : ` (price list ${line.priceList})`),
    )
  }

  return (
    <div className="field-type pricing-customer-price" style={{ marginBottom: '1.5rem' }}>
      <h4>Price for a customer</h4>
      <input aria-label="Find a customer" name="customer-price-search" placeholder="Find a customer…" value={search} onChange={(event) => setSearch(event.target.value)} style={{ width: '100%' }} />
      <select aria-label="Customer" name="customer-price-customer" value={customer} onChange={(event) => setCustomer(event.target.value)} style={{ width: '100%', margin: '0.25rem 0' }}>
        <option value="">Anonymous visitor</option>
        {customers.map((candidate) => (
          <option key={candidate.id} value={String(candidate.id)}>
            {candidate.name}
            {candidate.code ? ` (${candidate.code})` : ''}
          </option>
        ))}
      </select>
      <div style={{ display: 'flex', gap: '0.25rem' }}>
        <input aria-label="Quantity" name="customer-price-quantity" value={quantity} onChange={(event) => setQuantity(event.target.value)} style={{ width: '5rem' }} />
        <input aria-label="Currency" name="customer-price-currency" value={currency} onChange={(event) => setCurrency(event.target.value)} style={{ width: '4rem' }} />
        <Button buttonStyle="secondary" size="small" onClick={() => void ask()}>
          Price it
        </Button>
      </div>
      {answer ? <p role="status" className="pricing-customer-price__answer">{answer}</p> : null}
    </div>
  )
}
