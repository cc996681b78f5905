'use client'
/**
 * A money field's list cell: `$6.90` / `6,90 €` from the stored minor units (or `$1.0149` from a unit price), in the
 * admin's language, with the currency the field's CurrencySource names in the row.
 */
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import type { MoneyComponentProps } from '../money-fields'
import { formatMoney, formatUnitPrice } from '../money-format'
import { currencyRefFromRow } from './currency-source'
import { useCurrency } from './use-currency'

type Props = DefaultCellComponentProps & MoneyComponentProps

export function MoneyCell({ cellData, rowData, field, kind, currency: source }: Props) {
  const { i18n } = useTranslation()
  const fieldPath = ('accessor' in field && typeof field.accessor === 'string' ? field.accessor : undefined) ?? ('name' in field ? field.name : '')
  const state = useCurrency(currencyRefFromRow(source, rowData, fieldPath))
  const value: unknown = cellData
  if (value === null || value === undefined || value === '') return null
  if (state.status === 'ready') {
    if (kind === 'minor' && typeof value === 'number') return <span>{formatMoney(value, state.currency, i18n.language)}</span>
    if (kind === 'unitPrice' && typeof value === 'string') return <span>{formatUnitPrice(value, state.currency, i18n.language)}</span>
  }
  // A currency not found (or still loading) must not make 690 look like dollars: show the stored value as stored.
  return state.status === 'loading' ? null : <span>{`${String(value)}${state.status === 'unknown' ? ` ${state.key}` : ''}`}</span>
}
