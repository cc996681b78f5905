/**
 * Attribute values of products and variants (pure, no Payload import).
 *
 * Every value is stored as text in one canonical form, so storefronts filter with plain `equals`/`in` whatever the
 * attribute's type:
 *   text         trimmed text                       "stainless A2"
 *   number       a plain decimal, no exponent,      "20", "2.5", "-0.75"  (20.0 → "20", 0.50 → "0.5")
 *                no leading or trailing zeros
 *   boolean      "true" / "false"
 *   select       the option's value                 "m6"
 *   multiselect  one row per chosen option value    rows "red", "blue" for the same attribute
 * Each row also carries `key` = "<attribute code>:<value>" ("thread-size:m6"), which names attribute and value in one
 * indexed column: `where[attributeValues.key][equals]=thread-size:m6` can never match another attribute's "m6".
 */
import type { Id } from '../../../src/kit/ids'

export const ATTRIBUTE_TYPES = ['text', 'number', 'boolean', 'select', 'multiselect'] as const
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number]

/** Types a variant may vary by: one value per variant, comparable across variants. */
export const VARIANT_ATTRIBUTE_TYPES: readonly AttributeType[] = ['select', 'boolean', 'number']

export const TEXT_VALUE_MAX_LENGTH = 1000

export type AttributeDefinition = { id: Id; code: string; type: AttributeType; options: string[] }
export type FamilyAttribute = { attribute: Id; required: boolean; isVariantAttribute: boolean }
export type ValueRow = { attribute?: Id | null; value?: unknown }
export type StoredValueRow = { attribute: Id; value: string; key: string }
export type Issue = { path: string; message: string }

type Normalized = { ok: true; value: string } | { ok: false; message: string }

const PLAIN_DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/

/** "+020.500" → "20.5"; null when the text is not a plain decimal number. */
export function canonicalDecimal(text: string): string | null {
  const match = PLAIN_DECIMAL.exec(text.trim())
  if (!match) return null
  const [, sign, whole = '', fraction = ''] = match
  if (whole === '' && fraction === '') return null
  const integer = whole.replace(/^0+(?=\d)/, '') || '0'
  const decimals = fraction.replace(/0+$/, '')
  const digits = decimals ? `${integer}.${decimals}` : integer
  return sign === '-' && /[1-9]/.test(digits) ? `-${digits}` : digits
}

/** Reads one raw value (from JSON or the admin form) as the canonical text of `attribute`'s type. */
export function normalizeAttributeValue(attribute: AttributeDefinition, raw: unknown): Normalized {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return { ok: false, message: `A value for "${attribute.code}" is required` }
  }
  switch (attribute.type) {
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, message: `"${attribute.code}" takes text` }
      const value = String(raw).trim()
      if (value.length > TEXT_VALUE_MAX_LENGTH) {
        return { ok: false, message: `"${attribute.code}" is longer than ${TEXT_VALUE_MAX_LENGTH} characters` }
      }
      return { ok: true, value }
    }
    case 'number': {
      const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' ? raw : ''
      const value = canonicalDecimal(text)
      return value === null ? { ok: false, message: `"${attribute.code}" takes a number, e.g. 20 or 2.5` } : { ok: true, value }
    }
    case 'boolean': {
      const text = typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? raw.trim().toLowerCase() : ''
      return text === 'true' || text === 'false' ? { ok: true, value: text } : { ok: false, message: `"${attribute.code}" takes true or false` }
    }
    case 'select':
    case 'multiselect': {
      const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : ''
      if (attribute.options.includes(value)) return { ok: true, value }
      return { ok: false, message: `"${value}" is not an option of "${attribute.code}" (${attribute.options.join(', ')})` }
    }
  }
}

export const valueKey = (code: string, value: string) => `${code}:${value}`

type RowCheck = {
  path: string
  rows: readonly ValueRow[]
  definitions: ReadonlyMap<string, AttributeDefinition>
  /** why an attribute may not appear in these rows, or null when it may */
  refuse: (attribute: AttributeDefinition) => string | null
}

/** Checks rows one by one (attribute known and allowed, value valid, no duplicates) and normalizes them. */
function checkRows({ path, rows, definitions, refuse }: RowCheck) {
  const issues: Issue[] = []
  const stored: StoredValueRow[] = []
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const at = `${path}.${index}`
    if (row.attribute === null || row.attribute === undefined || row.attribute === '') {
      issues.push({ path: `${at}.attribute`, message: 'Choose an attribute' })
      return
    }
    const attribute = definitions.get(String(row.attribute))
    if (!attribute) {
      issues.push({ path: `${at}.attribute`, message: `Attribute ${row.attribute} does not exist` })
      return
    }
    const refusal = refuse(attribute)
    if (refusal) {
      issues.push({ path: `${at}.attribute`, message: refusal })
      return
    }
    const normalized = normalizeAttributeValue(attribute, row.value)
    if (!normalized.ok) {
      issues.push({ path: `${at}.value`, message: normalized.message })
      return
    }
    // A multiselect attribute has one row per chosen value; any other attribute has one row.
    const identity = attribute.type === 'multiselect' ? valueKey(attribute.code, normalized.value) : attribute.code
    if (seen.has(identity)) {
      issues.push(
        attribute.type === 'multiselect'
          ? { path: `${at}.value`, message: `"${normalized.value}" is chosen twice for "${attribute.code}"` }
          : { path: `${at}.attribute`, message: `"${attribute.code}" has more than one value` },
      )
      return
    }
    seen.add(identity)
    stored.push({ attribute: attribute.id, value: normalized.value, key: valueKey(attribute.code, normalized.value) })
  })
  return { issues, stored }
}

const missingIssue = (path: string, codes: string[], what: string): Issue[] =>
  codes.length ? [{ path, message: `${what}: ${codes.join(', ')}` }] : []

export type ProductValuesInput = {
  productType: 'simple' | 'configurable'
  /** the attributes of the product's family; null when the product has no family */
  family: readonly FamilyAttribute[] | null
  definitions: ReadonlyMap<string, AttributeDefinition>
  rows: readonly ValueRow[]
}

/**
 * A product's own attribute values against its family: only the family's attributes, every required one present.
 * On a configurable product the family's variant attributes are set on the variants instead, never on the product.
 */
export function checkProductValues({ productType, family, definitions, rows }: ProductValuesInput) {
  const inFamily = new Map((family ?? []).map((entry) => [String(entry.attribute), entry]))
  const varies = (entry: FamilyAttribute | undefined) => productType === 'configurable' && entry?.isVariantAttribute === true
  const { issues, stored } = checkRows({
    path: 'attributeValues',
    rows,
    definitions,
    refuse: (attribute) => {
      const entry = inFamily.get(String(attribute.id))
      if (!family) return `"${attribute.code}" needs a product family that has it: choose the family first`
      if (!entry) return `"${attribute.code}" is not an attribute of the product's family`
      return varies(entry) ? `"${attribute.code}" is a variant attribute: set it on each variant` : null
    },
  })
  const given = new Set(stored.map((row) => String(row.attribute)))
  const missing = (family ?? [])
    .filter((entry) => entry.required && !varies(entry) && !given.has(String(entry.attribute)))
    .map((entry) => definitions.get(String(entry.attribute))?.code ?? String(entry.attribute))
  return { issues: [...issues, ...missingIssue('attributeValues', missing, 'Required attributes have no value')], rows: stored }
}

export type VariantValuesInput = {
  family: readonly FamilyAttribute[]
  definitions: ReadonlyMap<string, AttributeDefinition>
  rows: readonly ValueRow[]
}

/** "length:20|thread-size:m6": the variant's values in attribute-code order, equal for equal combinations. */
export const combinationKey = (rows: readonly StoredValueRow[]) =>
  rows.map((row) => row.key).sort().join('|')

/**
 * A variant's values: exactly one valid value for each variant attribute of its product's family, nothing else.
 * Whether another variant of the product has the same combination is the caller's query on `combination`.
 */
export function checkVariantValues({ family, definitions, rows }: VariantValuesInput) {
  const variantAttributes = family.filter((entry) => entry.isVariantAttribute)
  const allowed = new Set(variantAttributes.map((entry) => String(entry.attribute)))
  const { issues, stored } = checkRows({
    path: 'variantValues',
    rows,
    definitions,
    refuse: (attribute) => (allowed.has(String(attribute.id)) ? null : `"${attribute.code}" is not a variant attribute of the product's family`),
  })
  const given = new Set(stored.map((row) => String(row.attribute)))
  const missing = variantAttributes
    .filter((entry) => !given.has(String(entry.attribute)))
    .map((entry) => definitions.get(String(entry.attribute))?.code ?? String(entry.attribute))
  return {
    issues: [...issues, ...missingIssue('variantValues', missing, 'A variant needs a value for each variant attribute; missing')],
    rows: stored,
    combination: combinationKey(stored),
  }
}
