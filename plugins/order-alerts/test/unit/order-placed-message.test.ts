import { describe, expect, it } from 'vitest'

import { orderPlacedMessage, type PlacedOrder } from '../../rules/order-placed-message'

const order: PlacedOrder = {
  orderNumber: 'BO-261123-ABC123',
  customerName: 'Acme Corp',
  currency: 'USD',
  minorDigits: 2,
  lines: [
    { sku: 'SCREW', name: 'Screw', quantity: 30, unitPrice: '1.0149', total: 3045 },
    { sku: 'DRILL', name: 'Drill', quantity: 1, unitPrice: '129.9900', total: 12999 },
  ],
  subtotal: 16044,
  discountTotal: 0,
  shippingTotal: 776,
  taxTotal: 0,
  grandTotal: 16820,
  adminUrl: 'https://bureau.example/admin/collections/orders/7',
}

describe('orderPlacedMessage', () => {
  it('names the order, the customer and the total in the subject', () => {
    expect(orderPlacedMessage(order).subject).toBe('New order BO-261123-ABC123 from Acme Corp: USD 168.20')
  })

  it('lists each line with its exact unit price, trimming only zeros beyond the cents', () => {
    const { text } = orderPlacedMessage(order)
    expect(text).toContain('  30 × SCREW Screw @ USD 1.0149 = USD 30.45')
    expect(text).toContain('  1 × DRILL Drill @ USD 129.99 = USD 129.99')
  })

  it('shows only the totals that apply, and the admin link when known', () => {
    const { text } = orderPlacedMessage(order)
    expect(text).toContain('Subtotal: USD 160.44\nShipping: USD 7.76\nTotal: USD 168.20')
    expect(text).not.toContain('Tax:')
    expect(text).not.toContain('Discounts:')
    expect(text).toContain('Open it: https://bureau.example/admin/collections/orders/7')
    expect(orderPlacedMessage({ ...order, adminUrl: null }).text).not.toContain('Open it')
  })

  it('uses the currency minor unit (KWD has three decimals)', () => {
    const { subject } = orderPlacedMessage({ ...order, currency: 'KWD', minorDigits: 3, grandTotal: 245 })
    expect(subject).toContain('KWD 0.245')
  })
})
