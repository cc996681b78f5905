/**
 * What makes an attribute definition valid, and which changes would break values products already store (pure).
 * Attributes are referred to by code in storefront filters (`attributeValues.key` = "<code>:<value>"), so the code
 * is fixed once created, and options or the type cannot change under values that use them.
 */
import type { AttributeType, Issue } from './attribute-values'

export const CODE_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/

export type AttributeInput = {
  code?: unknown
  type?: AttributeType
  options?: ReadonlyArray<{ value?: unknown }> | null
}

const isChoice = (type: AttributeType | undefined) => type === 'select' || type === 'multiselect'

/** Code format, options present exactly for select types, option values well-formed and unique. */
export function checkAttributeDefinition(attribute: AttributeInput): Issue[] {
  const issues: Issue[] = []
  if (typeof attribute.code !== 'string' || !CODE_PATTERN.test(attribute.code)) {
    issues.push({ path: 'code', message: 'A code is lower-case letters, digits, "-" or "_", starting with a letter (e.g. thread-size)' })
  }
  const options = attribute.options ?? []
  if (isChoice(attribute.type) && options.length === 0) {
    issues.push({ path: 'options', message: `A ${attribute.type} attribute needs at least one option` })
  }
  if (!isChoice(attribute.type) && options.length > 0) {
    issues.push({ path: 'options', message: `Only select and multiselect attributes have options, not ${attribute.type}` })
  }
  const seen = new Set<string>()
  options.forEach((option, index) => {
    const value = typeof option.value === 'string' ? option.value.trim() : ''
    if (!value || value !== option.value) {
      issues.push({ path: `options.${index}.value`, message: 'An option value is non-empty text without leading or trailing spaces' })
    } else if (seen.has(value)) {
      issues.push({ path: `options.${index}.value`, message: `Option value "${value}" is used twice` })
    }
    seen.add(value)
  })
  return issues
}

/** Option values present before and gone after an update: stored values using them would become invalid. */
export function removedOptionValues(before: AttributeInput, after: AttributeInput): string[] {
  const kept = new Set((after.options ?? []).map((option) => option.value))
  return (before.options ?? []).map((option) => option.value).filter((value): value is string => typeof value === 'string' && !kept.has(value))
}
