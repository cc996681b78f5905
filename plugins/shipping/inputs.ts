/** The calculation input this plugin adds: the chosen shipping method, by id or by code. */
import { CalculationError, idOf, type CalculationInputDefinition, type Id } from '../../src/kit'

declare module '../../src/kit' {
  interface CalculationInputs {
    /** a shipping method's id (a number, as orders store it) or its code (text, as storefronts send it) */
    shippingMethod?: Id | null
  }
}

export const shippingMethodInput: CalculationInputDefinition<'shippingMethod'> = {
  name: 'shippingMethod',
  plugin: 'shipping',
  read: (value, path) => {
    if (value === null || value === undefined || value === '') return undefined
    const reference = idOf(value)
    if (reference === null) throw new CalculationError('shippingMethod must be a method id or code', path)
    return reference
  },
}
