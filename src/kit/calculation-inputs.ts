/**
 * What a calculation reads from a request or an order: the core's fields (currency, website, customer, lines) and
 * the inputs plugins declare (`coupons`, `shippingMethod`, addresses…), plus the line loader, the strategy that turns
 * requested lines into product facts. The kit names no plugin input and no catalog collection: both are registered.
 */
import type { Config, PayloadRequest } from 'payload'

import type { ReadAlong } from './calculation-reads'
import { idOf, type Id } from './ids'
import type { RoundingPoint } from './money'
import type { CalculationInputs } from './index'
import { CalculationError, type CalculationBuyer, type CalculationInput, type LineProduct } from './pipeline'
import { getRegistry } from './registry'

export type CalculationInputDefinition<Name extends keyof CalculationInputs & string = keyof CalculationInputs & string> = {
  /** the input's name in the calculation input and in request bodies */
  name: Name
  /** the plugin declaring it, for errors */
  plugin: string
  /** the order field holding it (default: `name`); changing it on an order recalculates the order */
  orderField?: string
  /**
   * Reads and checks the client's or the order's value (relationships may arrive populated); throws a
   * CalculationError naming `path` when it is malformed; undefined when absent.
   */
  read: (value: unknown, path: string) => CalculationInputs[Name] | undefined
}

/** Declares an input a plugin adds to every calculation. A name declared twice fails at boot. */
export function registerCalculationInput<Name extends keyof CalculationInputs & string>(config: Config, definition: CalculationInputDefinition<Name>): void {
  const registry = getRegistry(config)
  const clash = registry.calculationInputs.find((existing) => existing.name === definition.name)
  if (clash) {
    throw new Error(`Plugin "${definition.plugin}" declares the calculation input "${String(definition.name)}", already declared by "${clash.plugin}"`)
  }
  registry.calculationInputs.push(definition as unknown as CalculationInputDefinition)
}

/** What the line loader gives the calculation: the currency, the rounding point and one product per line. */
export type LoadedCalculation = {
  /** the website and customer group it resolved (stages then need not read them again) */
  buyer?: CalculationBuyer
  currency: { code: string; minorDigits: number }
  rounding: RoundingPoint
  products: LineProduct[]
}

/**
 * The strategy that loads what a calculation needs from the database: the sales side registers it (it knows
 * currencies, websites, products and variants). `productFields` are the product fields stages declared; `readAlong`
 * (when given) makes the loader's product reads in one statement with the stages' declared reads.
 */
export type LineLoader = (req: PayloadRequest, input: CalculationInput, productFields: readonly string[], readAlong?: ReadAlong) => Promise<LoadedCalculation>

export function registerLineLoader(config: Config, loader: LineLoader): void {
  const registry = getRegistry(config)
  if (registry.lineLoader) throw new Error('A line loader is already registered')
  registry.lineLoader = loader
}

const optionalId = (value: unknown, path: string): Id | null => {
  if (value === null || value === undefined || value === '') return null
  const id = idOf(value)
  if (id === null) throw new CalculationError(`${path} must be an id`, path)
  return id
}

/**
 * Reads a calculation input from a request body or an order's data: the core fields, then every registered input.
 * Quantities are checked later, by the calculation, so a body and an order share the same messages.
 */
export function readCalculationInput(source: unknown, definitions: readonly CalculationInputDefinition[]): CalculationInput {
  if (!source || typeof source !== 'object' || Array.isArray(source)) throw new CalculationError('The request body must be a JSON object')
  const data = source as Record<string, unknown>
  if (typeof data.currency !== 'string' || !data.currency) throw new CalculationError('currency is required', 'currency')
  if (!Array.isArray(data.lines) || data.lines.length === 0) throw new CalculationError('lines must list at least one product', 'lines')
  const lines = data.lines.map((raw, index) => {
    if (!raw || typeof raw !== 'object') throw new CalculationError('a line must be an object', `lines.${index}`)
    const line = raw as Record<string, unknown>
    const product = optionalId(line.product, `lines.${index}.product`)
    if (product === null) throw new CalculationError('product is required', `lines.${index}.product`)
    const unit = line.unit === null || line.unit === undefined ? null : line.unit
    if (unit !== null && typeof unit !== 'string') throw new CalculationError('unit must be text', `lines.${index}.unit`)
    return { product, variant: optionalId(line.variant, `lines.${index}.variant`), quantity: line.quantity, unit }
  })
  const input: Record<string, unknown> = {
    currency: data.currency.trim().toUpperCase(),
    website: optionalId(data.website, 'website'),
    customer: optionalId(data.customer, 'customer'),
    lines,
  }
  for (const definition of definitions) {
    const field = definition.orderField ?? definition.name
    const value = definition.read(data[field], field)
    if (value !== undefined) input[definition.name] = value
  }
  return input as unknown as CalculationInput
}

/**
 * A canonical text of an input value, for "did what was ordered change?": ids and quantities compared by value, so
 * an order read back from the database (numbers) equals the same order as a client sent it (strings).
 */
const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, inner: unknown) => (typeof inner === 'number' || typeof inner === 'bigint' ? String(inner) : inner))

/**
 * The order fields whose calculation input differs between two readings of an order (by value): the core's
 * `currency`, `website`, `customer`, `lines`, then each registered input's order field. Empty when nothing that
 * was ordered changed, which is when an order keeps the prices it was placed with.
 */
export function changedCalculationFields(
  before: CalculationInput,
  after: CalculationInput,
  definitions: readonly CalculationInputDefinition[],
): string[] {
  const fields: Array<[string, string]> = [
    ['currency', 'currency'],
    ['website', 'website'],
    ['customer', 'customer'],
    ['lines', 'lines'],
    ...definitions.map((definition): [string, string] => [definition.name, definition.orderField ?? definition.name]),
  ]
  const valueOf = (input: CalculationInput, name: string) => canonical((input as unknown as Record<string, unknown>)[name])
  return fields.filter(([name]) => valueOf(before, name) !== valueOf(after, name)).map(([, field]) => field)
}
