/**
 * The sales pipeline (pure): open opportunities grouped by stage, in the configured stage order, with per currency
 * the amount and the weighted amount (amount × probability). Amounts are integer minor units (bigint). The weighted
 * figure of each (stage, currency) is rounded half-up once, from the exact sum of amount × probability; the
 * pipeline totals add up the stages' rounded figures, so the columns always add up.
 */
import type { Stage } from './opportunity'

export type PipelineRow = { stage: string; currency: string; amount: bigint; probability: number }
export type CurrencyTotal = { currency: string; count: number; amount: bigint; weighted: bigint }
export type PipelineStage = { stage: string; probability: number | null; count: number; totals: CurrencyTotal[] }
export type Pipeline = { stages: PipelineStage[]; totals: CurrencyTotal[] }

/** x / 100, half-up (x ≥ 0; negative values round half away from zero). */
const percentOf = (exact: bigint): bigint => (exact >= 0n ? (exact + 50n) / 100n : -((-exact + 50n) / 100n))

/** Per currency (sorted by code): count, amount, and the weighted amount rounded once from the exact sum. */
function byCurrency(rows: readonly PipelineRow[]): CurrencyTotal[] {
  const groups = new Map<string, { count: number; amount: bigint; exact: bigint }>()
  for (const row of rows) {
    const group = groups.get(row.currency) ?? { count: 0, amount: 0n, exact: 0n }
    group.count += 1
    group.amount += row.amount
    group.exact += row.amount * BigInt(row.probability)
    groups.set(row.currency, group)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, group]) => ({ currency, count: group.count, amount: group.amount, weighted: percentOf(group.exact) }))
}

/** Adds up per-currency totals (the stages' rounded figures, never re-rounded). */
export function sumTotals(lists: readonly (readonly CurrencyTotal[])[]): CurrencyTotal[] {
  const sums = new Map<string, CurrencyTotal>()
  for (const total of lists.flat()) {
    const sum = sums.get(total.currency) ?? { currency: total.currency, count: 0, amount: 0n, weighted: 0n }
    sums.set(total.currency, { currency: total.currency, count: sum.count + total.count, amount: sum.amount + total.amount, weighted: sum.weighted + total.weighted })
  }
  return [...sums.values()].sort((a, b) => a.currency.localeCompare(b.currency))
}

/**
 * Every configured stage (empty ones too, so the board keeps its columns), then stages that are no longer
 * configured but still hold opportunities, in order of appearance.
 */
export function pipelineByStage(rows: readonly PipelineRow[], stages: readonly Stage[]): Pipeline {
  const unknown = [...new Set(rows.map((row) => row.stage))].filter((name) => !stages.some((stage) => stage.name === name))
  const columns = [...stages.map((stage) => ({ stage: stage.name, probability: stage.probability as number | null })), ...unknown.map((stage) => ({ stage, probability: null }))]
  const result = columns.map((column) => {
    const inStage = rows.filter((row) => row.stage === column.stage)
    return { ...column, count: inStage.length, totals: byCurrency(inStage) }
  })
  return { stages: result, totals: sumTotals(result.map((stage) => stage.totals)) }
}
