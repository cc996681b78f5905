/** Select options from stored values, labelled for people: `partiallyShipped` → "Partially shipped". */
export const labelOf = (value: string): string => {
  const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export const selectOptions = (values: readonly string[]): Array<{ label: string; value: string }> =>
  values.map((value) => ({ label: labelOf(value), value }))
