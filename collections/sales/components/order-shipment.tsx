'use client'
/** The shipment panel: how many of the order's lines are waiting, shipped, delivered, returned or cancelled. */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { labelOf } from '../../../src/kit/select-options'
import { LINE_STATUSES } from '../rules/order-workflow'

export function OrderShipment() {
  const { data, initialData } = useDocumentInfo()
  const shippingStatus = useFormFields(([fields]) => fields.shippingStatus?.value)
  const lines = ((data ?? initialData) as { lines?: Array<{ status?: string | null }> } | undefined)?.lines ?? []
  if (lines.length === 0) return null
  const counts = LINE_STATUSES.map((status) => [status, lines.filter((line) => (line.status ?? 'pending') === status).length] as const).filter(([, count]) => count > 0)
  return (
    <div className="order-shipment field-type" style={{ marginBottom: '1rem' }}>
      <h4>Shipment</h4>
      <p className="order-shipment__status">{typeof shippingStatus === 'string' ? labelOf(shippingStatus) : 'Not shipped'}</p>
      <ul style={{ margin: 0, paddingLeft: '1rem' }}>
        {counts.map(([status, count]) => (
          <li key={status}>
            {count} {count === 1 ? 'line' : 'lines'} {labelOf(status).toLowerCase()}
          </li>
        ))}
      </ul>
    </div>
  )
}
