/**
 * The order's workflow fields: the status (changed through the actions, read-only in the admin), the reason and
 * note a change carries (virtual: kept only in the history), where a held order goes back to, the derived shipping
 * status, and the history every status change appends to (hooks/apply-order-workflow.ts).
 */
import type { Field } from 'payload'

import { STAFF_COLLECTION } from '../../src/kit/access'
import { serverComputed } from '../../src/kit/fields'
import { selectOptions } from '../../src/kit/select-options'
import { SHIPPING_STATUSES } from './rules/order-follows-lines'
import { HOLDABLE, ORDER_STATUSES } from './rules/order-workflow'
import { NOTE_MAX_LENGTH, TRANSITION_REASONS } from './rules/transition-reasons'

const HISTORY_SOURCES = ['user', 'lines', 'system'] as const

export const orderStatusField: Field = {
  name: 'status',
  type: 'select',
  defaultValue: 'pending',
  index: true,
  options: selectOptions(ORDER_STATUSES),
  // the admin changes it through the action buttons (components/order-actions.tsx), which ask for reasons
  admin: { position: 'sidebar', readOnly: true, description: 'Changed by the actions above the lines' },
}

export const orderWorkflowSidebarFields: Field[] = [
  serverComputed({
    name: 'shippingStatus',
    type: 'select',
    defaultValue: 'notShipped',
    index: true,
    options: selectOptions(SHIPPING_STATUSES),
    admin: { position: 'sidebar', description: 'From the lines: what left the warehouse, what arrived' },
  }),
  serverComputed({
    name: 'heldFrom',
    type: 'select',
    options: selectOptions(HOLDABLE),
    admin: { position: 'sidebar', description: 'Released back to this status', condition: (data) => data?.status === 'onHold' },
  }),
  {
    name: 'statusReason',
    type: 'select',
    virtual: true,
    options: selectOptions(TRANSITION_REASONS),
    // cancel, hold and return ask for it; the admin's actions send it, so the form does not show it
    admin: { hidden: true },
  },
  { name: 'statusNote', type: 'textarea', virtual: true, maxLength: NOTE_MAX_LENGTH, admin: { hidden: true } },
]

/** Every order and line status change, appended by the server; shown as the timeline (components/order-timeline.tsx). */
export const orderStatusHistoryField: Field = serverComputed({
  name: 'statusHistory',
  type: 'array',
  admin: { hidden: true },
  fields: [
    { name: 'at', type: 'date', required: true },
    { name: 'by', type: 'relationship', relationTo: STAFF_COLLECTION, admin: { description: 'The staff member (empty: a storefront, the system)' } },
    { name: 'source', type: 'select', options: selectOptions(HISTORY_SOURCES), required: true },
    { name: 'actor', type: 'text', admin: { description: 'The trusted code that made a system change' } },
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text', required: true },
    { name: 'lineId', type: 'text', admin: { description: 'The line changed (empty: the order)' } },
    { name: 'sku', type: 'text' },
    { name: 'reason', type: 'select', options: selectOptions(TRANSITION_REASONS) },
    { name: 'note', type: 'textarea' },
  ],
})
