/**
 * Tax amounts for the taxable items of an order (pure; bigint minor units, rates as percent strings).
 *
 * Exclusive prices: tax = base × rate / 100, added to the line. Inclusive prices: the base is gross and the tax is
 * extracted, tax = gross × rate / (100 + total rate); net = gross − tax, so net + tax = gross to the cent on every
 * line and the order by construction. Several rules on one item share its tax in proportion to their rates (as Oro's
 * RowTotalResolver does), split to the cent by largest remainder. Every rounding is half-up.
 *
 * - `unitPrice`: the tax of one unit is rounded, then multiplied by the quantity (Vendure, Magento "unit base").
 * - `rowTotal`: the tax of the line's amount; rounded per line (`item`) or, with rounding on the `total`, summed
 *   exactly per tax (code and rate) over the order, rounded once, and shared back to the items (Oro, Medusa).
 * - `total`: the order's taxable amounts summed per tax, taxed and rounded once, then shared to the items.
 */
import { allocate, parseDecimal, sumOf, type TaxLine } from '../../../src/kit'
import type { TaxComponent } from './matching-rules'
import type { StartCalculationWith, TaxRounding } from './settings'

export type TaxableItem = {
  target: TaxLine['target']
  line?: number
  /** minor units: the taxable amount (gross when prices include tax) */
  amount: bigint
  /** scaled by 10^3 (1000 = one unit); shipping is one unit */
  quantity: bigint
  components: readonly TaxComponent[]
}

export type TaxAmountSettings = { pricesIncludeTax: boolean; startCalculationWith: StartCalculationWith; rounding: TaxRounding }

const RATE_SCALE = 4
const HUNDRED = 100n * 10n ** BigInt(RATE_SCALE)
const QUANTITY_ONE = 1000n

/** An exact non-negative fraction. */
type Fraction = { n: bigint; d: bigint }

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b))
const reduce = ({ n, d }: Fraction): Fraction => {
  const divisor = gcd(n, d) || 1n
  return { n: n / divisor, d: d / divisor }
}
const add = (a: Fraction, b: Fraction): Fraction => reduce({ n: a.n * b.d + b.n * a.d, d: a.d * b.d })
/** Half-up to a whole minor unit (amounts are never negative here). */
const roundHalfUp = ({ n, d }: Fraction) => (2n * n + d) / (2n * d)

export const rateOf = (rate: string) => parseDecimal(rate, RATE_SCALE, 'rate')

/** The exact tax of `amount` at the item's total rate: over 100 when it is added, over 100 + rate when it is included. */
function exactTax(amount: bigint, totalRate: bigint, pricesIncludeTax: boolean): Fraction {
  return reduce({ n: amount * totalRate, d: pricesIncludeTax ? HUNDRED + totalRate : HUNDRED })
}

/** An item's rounded tax in `unitPrice` mode: one unit's tax, rounded, times the quantity (rounded again for fractions). */
function unitTax(item: TaxableItem, totalRate: bigint, pricesIncludeTax: boolean): bigint {
  const perUnit = exactTax(item.amount * QUANTITY_ONE, totalRate, pricesIncludeTax)
  const rounded = roundHalfUp({ n: perUnit.n, d: perUnit.d * item.quantity })
  return roundHalfUp({ n: rounded * item.quantity, d: QUANTITY_ONE })
}

const keyOf = (component: TaxComponent) => `${component.code}\u0000${component.rate}`

/** One tax line per component of every item, amounts rounded as the settings say; zero amounts are kept out. */
export function computeTaxLines(items: readonly TaxableItem[], settings: TaxAmountSettings): TaxLine[] {
  const onTotal = settings.startCalculationWith === 'total' || (settings.startCalculationWith === 'rowTotal' && settings.rounding === 'total')
  return onTotal ? roundedOnTotal(items, settings.pricesIncludeTax) : roundedPerItem(items, settings)
}

function lineOf(item: TaxableItem, component: TaxComponent, amount: bigint): TaxLine {
  return { target: item.target, ...(item.target === 'line' ? { line: item.line } : {}), code: component.code, rate: component.rate, amount }
}

/** Each item's tax rounded on its own (per unit or per row), split over its components by rate. */
function roundedPerItem(items: readonly TaxableItem[], settings: TaxAmountSettings): TaxLine[] {
  return items.flatMap((item) => {
    const rates = item.components.map((component) => rateOf(component.rate))
    const totalRate = sumOf(rates)
    if (item.amount <= 0n || totalRate <= 0n) return []
    const tax =
      settings.startCalculationWith === 'unitPrice'
        ? unitTax(item, totalRate, settings.pricesIncludeTax)
        : roundHalfUp(exactTax(item.amount, totalRate, settings.pricesIncludeTax))
    const shares = allocate(tax, rates)
    return item.components.map((component, index) => lineOf(item, component, shares[index])).filter((row) => row.amount > 0n)
  })
}

/** Exact taxes summed per tax over the order, each rounded once and shared back to the items by their exact share. */
function roundedOnTotal(items: readonly TaxableItem[], pricesIncludeTax: boolean): TaxLine[] {
  type Share = { item: TaxableItem; component: TaxComponent; exact: Fraction }
  const byTax = new Map<string, Share[]>()
  for (const item of items) {
    const rates = item.components.map((component) => rateOf(component.rate))
    const totalRate = sumOf(rates)
    if (item.amount <= 0n || totalRate <= 0n) continue
    const whole = exactTax(item.amount, totalRate, pricesIncludeTax)
    item.components.forEach((component, index) => {
      const share = { item, component, exact: reduce({ n: whole.n * rates[index], d: whole.d * totalRate }) }
      byTax.set(keyOf(component), [...(byTax.get(keyOf(component)) ?? []), share])
    })
  }
  const lines: TaxLine[] = []
  for (const shares of byTax.values()) {
    const total = roundHalfUp(shares.reduce<Fraction>((sum, share) => add(sum, share.exact), { n: 0n, d: 1n }))
    // Weights: each exact share at a common precision far below a minor unit (only the split uses them).
    const weights = shares.map((share) => (share.exact.n * 10n ** 12n) / share.exact.d)
    const split = allocate(total, weights)
    shares.forEach((share, index) => {
      if (split[index] > 0n) lines.push(lineOf(share.item, share.component, split[index]))
    })
  }
  return lines
}
