/**
 * Field builders for money, so every amount is declared, validated and shown the same way:
 * - `moneyField`: an integer amount in the currency's minor unit (690 = $6.90), the way totals are stored;
 * - `unitPriceField`: an exact decimal with up to 4 places, stored as text ("1.0149"), the way unit prices are.
 * The stored value and the API shape are plain Payload number / text fields; only the admin differs: its input takes
 * major units (`6.90`) beside the currency, and lists and read-only views show `$6.90` / `6,90 €`
 * (src/kit/components/money-field.tsx, money-cell.tsx).
 */
import type { NumberField, TextField } from 'payload'

import { PRICE_SCALE } from './money'

/**
 * Where an amount's currency comes from, for the admin to show and parse it. The currency's `code` and
 * `minorDigits` come from the `currencies` collection (read once per admin page), never from a table in the code.
 */
export type CurrencySource =
  /** A relationship to `currencies` beside the amount, in the same array row or group (`basePrices[].currency`). */
  | { sibling: string }
  /** A text field at the top of the document holding the ISO 4217 code (`orders.currency` = "USD"). */
  | { documentCode: string }
  /** Always this ISO 4217 code, for an amount in one fixed currency. */
  | { code: string }

/** What the admin components receive (serializable: it travels to the browser as client props). */
export type MoneyComponentProps = {
  kind: 'minor' | 'unitPrice'
  currency: CurrencySource
  allowNegative: boolean
}

type AmountOptions = {
  name: string
  /** Where the currency comes from. @default { sibling: 'currency' } */
  currency?: CurrencySource
  /** A value must be present. @default false */
  required?: boolean
  /** Admin label. @default Payload's label from `name` */
  label?: string
  /** Admin help text under the input. @default none */
  description?: string
  /** Shown, never edited, in the admin (the API may still write it; use serverComputed to stop that). @default false */
  readOnly?: boolean
  /** Amounts are zero or more unless this is set (adjustments, refunds). @default false */
  allowNegative?: boolean
  /** Admin width inside a row, e.g. '50%'. @default the full width */
  width?: string
}

const DEFAULT_CURRENCY: CurrencySource = { sibling: 'currency' }

const components = (kind: MoneyComponentProps['kind'], options: AmountOptions) => {
  const clientProps: MoneyComponentProps = {
    kind,
    currency: options.currency ?? DEFAULT_CURRENCY,
    allowNegative: options.allowNegative ?? false,
  }
  return {
    Field: { path: '/src/kit/components/money-field#MoneyField', clientProps },
    Cell: { path: '/src/kit/components/money-cell#MoneyCell', clientProps },
  }
}

/** The server's own check of a minor-unit amount: whatever a client sends, only whole minor units are stored. */
export const validateMinorUnits =
  (options: { required?: boolean; allowNegative?: boolean }) => (value: null | number | number[] | undefined) => {
    if (value === null || value === undefined) return options.required ? 'This field is required.' : true
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'Must be a whole number of minor units (e.g. 1999 for 19.99)'
    return value < 0 && !options.allowNegative ? 'Must not be negative' : true
  }

/** What both kinds of money field share: name, label, required, and the admin input and cell showing money. */
const moneyShape = (kind: MoneyComponentProps['kind'], options: AmountOptions) => ({
  name: options.name,
  ...(options.label ? { label: options.label } : {}),
  required: options.required,
  admin: { description: options.description, readOnly: options.readOnly, width: options.width, components: components(kind, options) },
})

/** An integer amount in the currency's minor unit (607 = 6.07). Fractions are refused, never rounded. */
export const moneyField = (options: AmountOptions): NumberField => {
  const shape = moneyShape('minor', options)
  return { ...shape, type: 'number', admin: { ...shape.admin, step: 1 }, validate: validateMinorUnits(options) }
}

const UNIT_PRICE = new RegExp(`^(-)?\\d+(\\.\\d{1,${PRICE_SCALE}})?$`)

/** The server's own check of a unit price: decimal text with at most 4 places ("1.0149"), never a float. */
export const validateUnitPrice =
  (options: { required?: boolean; allowNegative?: boolean }) => (value: null | string | string[] | undefined) => {
    if (value === null || value === undefined || value === '') return options.required ? 'This field is required.' : true
    const match = typeof value === 'string' ? UNIT_PRICE.exec(value) : null
    if (!match) return `Must be a decimal with at most ${PRICE_SCALE} places, e.g. 1.0149`
    return match[1] && !options.allowNegative ? 'Must not be negative' : true
  }

/** A unit price: exact decimal text with up to 4 places ("1.0149"), as order lines and price lists keep it. */
export const unitPriceField = (options: AmountOptions): TextField => ({
  ...moneyShape('unitPrice', options),
  type: 'text',
  validate: validateUnitPrice(options),
})
