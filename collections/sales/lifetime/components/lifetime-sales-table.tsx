'use client'
/**
 * The customer view's "Lifetime sales": one line per currency with the customer's own figure and the figure with its
 * subsidiaries, shown as money in that currency (`$1,234.56`), never as raw minor units.
 */
import { FieldLabel, useFormFields, useTranslation } from '@payloadcms/ui'

import { useCurrency } from '../../../../src/kit/components/use-currency'
import { formatMoney } from '../../../../src/kit/money-format'

type Row = { currency?: string; own?: number; withSubsidiaries?: number }

const ROW_PATH = /^lifetimeSales\.(\d+)\.(currency|own|withSubsidiaries)$/

function CurrencyLine({ row, locale }: { row: Row; locale: string }) {
  const state = useCurrency(row.currency ? { by: 'code', key: row.currency } : undefined)
  if (state.status !== 'ready') return <li>{row.currency} …</li>
  const show = (amount: number | undefined) => formatMoney(amount ?? 0, state.currency, locale)
  return (
    <li data-currency={row.currency}>
      <strong>{show(row.own)}</strong> own · <strong>{show(row.withSubsidiaries)}</strong> with subsidiaries
    </li>
  )
}

export function LifetimeSalesTable() {
  const { i18n } = useTranslation()
  const rows = useFormFields(([fields]) => {
    const found: Row[] = []
    for (const [path, state] of Object.entries(fields)) {
      const match = ROW_PATH.exec(path)
      if (!match) continue
      const row = (found[Number(match[1])] ??= {})
      ;(row as Record<string, unknown>)[match[2]] = state?.value
    }
    return found.filter(Boolean)
  })
  return (
    <div className="field-type lifetime-sales" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label="Lifetime sales" />
      {rows.length === 0 ? (
        <p>No sales yet</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row) => (
            <CurrencyLine key={row.currency} row={row} locale={i18n.language} />
          ))}
        </ul>
      )}
    </div>
  )
}
