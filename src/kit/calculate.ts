/**
 * Payload wiring of the calculation pipeline: checks quantities, asks the registered line loader for the currency,
 * rounding and products (selecting only the product fields stages declared) with every stage's declared read in the
 * same statement (calculation-reads.ts), then runs the registered stages.
 * Orders and the commerce endpoints both call it, so every price the system shows comes from one place.
 */
import type { PayloadRequest } from 'payload'

import { calculationReads } from './calculation-reads'
import { parseDecimal, QUANTITY_SCALE } from './money'
import { CalculationError, runCalculation, startCalculation, type CalculationInput, type CalculationState } from './pipeline'
import { calculationProductFields, calculationStages, getRegistry } from './registry'

/** Reads a quantity as an exact positive decimal with at most QUANTITY_SCALE places. */
function readQuantity(value: unknown, field: string): bigint {
  let quantity: bigint
  try {
    quantity = parseDecimal(value, QUANTITY_SCALE, field)
  } catch {
    throw new CalculationError(`quantity must be a positive number with at most ${QUANTITY_SCALE} decimals`, field)
  }
  if (quantity <= 0n) throw new CalculationError('quantity must be greater than zero', field)
  return quantity
}

/**
 * Calculates prices and totals for `input` with every stage registered in the running config. `placing`: the
 * calculation prices an order being created (read-aheads for its later steps then come along: calculation-reads.ts).
 */
export async function calculate(req: PayloadRequest, input: CalculationInput, options: { placing?: boolean } = {}): Promise<CalculationState> {
  const quantities = input.lines.map((line, index) => readQuantity(line.quantity, `lines.${index}.quantity`))
  const registry = getRegistry(req.payload.config)
  if (!registry.lineLoader) throw new Error('No line loader is registered (registerLineLoader): nothing can be priced')
  const stages = calculationStages(req.payload.config)
  const reads = calculationReads(req, input, stages, options.placing ?? false)
  const loaded = await registry.lineLoader(req, input, calculationProductFields(req.payload.config), reads.readAlong)
  const initial = startCalculation({
    input,
    buyer: loaded.buyer,
    currency: loaded.currency,
    rounding: loaded.rounding,
    lines: input.lines.map((line, index) => ({
      product: loaded.products[index],
      variant: line.variant ?? null,
      quantity: quantities[index],
      unit: line.unit ?? (loaded.products[index].attributes.unit as string | undefined) ?? null,
    })),
  })
  return runCalculation(initial, stages, req, await reads.answers(loaded.buyer))
}
