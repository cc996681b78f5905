'use client'
/** Above the coupon list: "Generate coupons" (N codes from a pattern for a promotion) and a CSV export of the batch. */
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { OptionSelect } from './option-select'

type Option = { id: number; name: string }
type Generated = { batch: string; count: number }

export function GenerateCoupons() {
  const [open, setOpen] = useState(false)
  const [promotions, setPromotions] = useState<Option[]>([])
  const [promotion, setPromotion] = useState('')
  const [pattern, setPattern] = useState('SPRING-####-??')
  const [count, setCount] = useState('10')
  const [usageLimit, setUsageLimit] = useState('1')
  const [message, setMessage] = useState<string | null>(null)
  const [generated, setGenerated] = useState<Generated | null>(null)

  useEffect(() => {
    if (!open) return
    void fetch('/api/promotions?limit=200&depth=0&sort=name&select[name]=true', { credentials: 'include' })
      .then((response) => response.json() as Promise<{ docs: Option[] }>)
      .then((found) => setPromotions(found.docs))
  }, [open])

  const generate = async () => {
    setMessage(null)
    const response = await fetch('/api/coupons/generate', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ promotion: Number(promotion), pattern, count: Number(count), usageLimit: Number(usageLimit) }),
    })
    const body = (await response.json()) as Generated & { errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }
    if (!response.ok) {
      const detail = body.errors?.[0]?.data?.errors?.[0]
      setMessage(detail ? `${detail.path}: ${detail.message}` : (body.errors?.[0]?.message ?? 'Could not generate'))
      return
    }
    setGenerated(body)
    setMessage(`Generated ${body.count} coupons (batch ${body.batch}). Reload the list to see them.`)
  }

  return (
    <div className="marketing-generate" style={{ margin: '0 0 1.5rem' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => setOpen(!open)}>
        Generate coupons
      </Button>
      {open && (
        <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-end', flexWrap: 'wrap', marginTop: '0.75rem' }}>
          <OptionSelect label="Promotion" name="promotion" value={promotion} empty="Choose…" options={promotions} onChange={setPromotion} />
          <label>
            Pattern (# digit, ? letter)
            <input name="pattern" value={pattern} onChange={(event) => setPattern(event.target.value)} />
          </label>
          <label>
            How many
            <input name="count" type="number" min={1} value={count} onChange={(event) => setCount(event.target.value)} />
          </label>
          <label>
            Uses per coupon
            <input name="usageLimit" type="number" min={1} value={usageLimit} onChange={(event) => setUsageLimit(event.target.value)} />
          </label>
          <Button size="small" onClick={() => void generate()} disabled={!promotion}>
            Generate
          </Button>
          {generated && (
            <a href={`/api/coupons/export?batch=${encodeURIComponent(generated.batch)}`} download>
              Export CSV
            </a>
          )}
        </div>
      )}
      {message && <p className="marketing-generate__message">{message}</p>}
    </div>
  )
}
