'use client'
/**
 * The admin input of a money field (`moneyField`, `unitPriceField`): the editor types major units (`6.90`) beside the
 * currency (`$ … USD`) and the form stores what the field stores (690 minor units, or "6.9000" for a unit price).
 * Text that cannot be stored exactly (`6.999` in USD, `abc`) is refused with a message under the input and blocks the
 * save, rather than being rounded. Read-only (totals, snapshots) it shows the formatted amount: `$6.90`, `6,90 €`.
 */
import {
  fieldBaseClass,
  FieldDescription,
  FieldError,
  FieldLabel,
  useField,
  useForm,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { mergeFieldStyles } from '@payloadcms/ui/shared'
import type { NumberFieldClientProps, TextFieldClientProps } from 'payload'
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'

import type { MoneyComponentProps } from '../money-fields'
import {
  currencySymbol,
  formatMoney,
  formatUnitPrice,
  moneyInputText,
  parseMoneyInput,
  parseUnitPriceInput,
  unitPriceInputText,
  type CurrencyFormat,
} from '../money-format'
import { currencyPath, currencyRefFromValue } from './currency-source'
import { useCurrency } from './use-currency'

type Props = (NumberFieldClientProps | TextFieldClientProps) & MoneyComponentProps

/** What the editor is typing, and what that put into the form (the parsed value, or the raw text when refused). */
type Draft = { text: string; stored: unknown; error?: string }

/**
 * A refused amount goes into the form as text no number can be read from. The edit view leaves validation to the
 * server, and Payload reads a string sent for a number field with parseFloat: "6,999" or "1 000" sent as typed would
 * be saved as 6 or 1. Behind the marker, parseFloat finds no number, so the server refuses the save.
 */
const refused = (text: string, error: string): Draft => ({ text, stored: `refused: ${text}`, error })

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** The stored value as the input shows it while nobody is typing. */
function inputText(kind: Props['kind'], value: unknown, currency: CurrencyFormat, locale: string): string {
  if (kind === 'minor') return typeof value === 'number' ? moneyInputText(value, currency.minorDigits, locale) : ''
  return typeof value === 'string' && value !== '' ? unitPriceInputText(value, currency.minorDigits, locale) : ''
}

/** The stored value as read-only views show it. */
function displayText(kind: Props['kind'], value: unknown, currency: CurrencyFormat, locale: string): string {
  if (kind === 'minor') return typeof value === 'number' ? formatMoney(value, currency, locale) : ''
  return typeof value === 'string' && value !== '' ? formatUnitPrice(value, currency, locale) : ''
}

export function MoneyField(props: Props) {
  const { field, path: pathFromProps, readOnly, kind, currency: source, allowNegative } = props
  const { i18n, t } = useTranslation()
  const locale = i18n.language
  const [draft, setDraft] = useState<Draft | null>(null)
  // The refusal of the text being typed, read by `validate`: it marks the field invalid as soon as the text is typed.
  const refusal = useRef<string | undefined>(undefined)

  const required = field.required
  const validate = useCallback(
    (value: unknown) => refusal.current ?? (required && isEmpty(value) ? t('validation:required') : true),
    [required, t],
  )
  const { path, value, setValue, showError, disabled } = useField<unknown>({ potentiallyStalePath: pathFromProps, validate })
  const { dispatchFields } = useForm()

  const refPath = currencyPath(source, path)
  const refValue = useFormFields(([fields]) => (refPath ? fields[refPath]?.value : undefined))
  const currencyState = useCurrency(currencyRefFromValue(source, refValue))
  const currency = currencyState.status === 'ready' ? currencyState.currency : undefined

  const parse = useCallback(
    (text: string): Draft => {
      if (kind === 'unitPrice') {
        const parsed = parseUnitPriceInput(text, { allowNegative })
        return parsed.ok ? { text, stored: parsed.value } : { text, stored: text, error: parsed.message }
      }
      if (text.trim() === '') return { text, stored: null }
      if (!currency) return refused(text, 'Choose the currency first: it decides how many decimals the amount has')
      const parsed = parseMoneyInput(text, currency, { allowNegative })
      if (!parsed.ok) return refused(text, parsed.message)
      return { text, stored: parsed.value === null ? null : Number(parsed.value) }
    },
    [kind, allowNegative, currency],
  )

  // What this input last put into the form. The form's value reaches this component a render after setValue (the
  // form fields context updates by selector), so "the value differs from the draft" is no sign of an outside change.
  const lastStored = useRef<unknown>(undefined)

  /**
   * Shows `next` and puts what it stores into the form. A refused text is stored behind its marker (the server
   * refuses the save: Payload's edit view validates on the server, not in the browser) and marks the field invalid
   * at once rather than after useField's throttled validation.
   */
  const apply = useCallback(
    (next: Draft) => {
      setDraft(next)
      refusal.current = next.error
      lastStored.current = next.stored
      setValue(next.stored)
      dispatchFields({ type: 'UPDATE', path, valid: !next.error, errorMessage: next.error, validate })
    },
    [dispatchFields, path, setValue, validate],
  )

  // A currency chosen (or changed) after typing decides what the typed text means: read it again.
  useEffect(() => {
    if (!draft) return
    const next = parse(draft.text)
    if (next.stored !== draft.stored || next.error !== draft.error) apply(next)
  }, [apply, draft, parse])

  // The form's value changed from elsewhere (a reset, the saved document coming back): show it, not the old text.
  useEffect(() => {
    if (value === lastStored.current || (isEmpty(value) && isEmpty(lastStored.current))) return
    refusal.current = undefined
    setDraft(null)
  }, [value])

  const onChange = (event: ChangeEvent<HTMLInputElement>) => apply(parse(event.target.value))
  // Leaving the input shows the stored amount in its canonical form (6.9 → 6.90); a refused text stays to be fixed.
  const onBlur = () => setDraft((current) => (current && !current.error ? null : current))

  const inputId = `field-${path.replace(/\./g, '__')}`
  const code = currency?.code ?? (currencyState.status === 'unknown' ? currencyState.key : undefined)
  const symbol = code ? currencySymbol(code, locale) : undefined
  const error = draft?.error
  let shown: string
  if (readOnly) shown = currency ? displayText(kind, value, currency, locale) : isEmpty(value) ? '' : String(value)
  else shown = draft ? draft.text : currency ? inputText(kind, value, currency, locale) : kind === 'unitPrice' && typeof value === 'string' ? value : ''

  return (
    <div
      className={[fieldBaseClass, 'text', 'money', (error || showError) && 'error', readOnly && 'read-only'].filter(Boolean).join(' ')}
      style={mergeFieldStyles(field)}
    >
      <FieldLabel htmlFor={inputId} label={field.label} localized={field.localized} path={path} required={field.required} />
      <div className={`${fieldBaseClass}__wrap`}>
        <FieldError message={error} path={path} showError={Boolean(error) || showError} />
        <div style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) / 2)' }}>
          {!readOnly && symbol ? <span aria-hidden="true">{symbol}</span> : null}
          <input
            disabled={readOnly || disabled || (kind === 'minor' && currencyState.status === 'loading')}
            id={inputId}
            inputMode="decimal"
            name={path}
            onBlur={onBlur}
            onChange={onChange}
            placeholder={!readOnly && !currency && kind === 'minor' ? 'Choose the currency first' : undefined}
            type="text"
            value={shown}
          />
          {!readOnly && code && code !== symbol ? <span>{code}</span> : null}
        </div>
        <FieldDescription description={field.admin?.description} path={path} />
      </div>
    </div>
  )
}
