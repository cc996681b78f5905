/** The stacking settings a calculation uses: the website's override where it has one, else the global (pure). */
import { DEFAULT_STACKING, type LineDiscountOrder, type StackingSettings, type StackingStrategy } from './stacking'

type Partial = { strategy?: string | null; lineDiscounts?: string | null } | null | undefined

const STRATEGIES: readonly string[] = ['applyAll', 'mostProfitable', 'bestForCustomer']
const LINE_ORDERS: readonly string[] = ['beforeOrder', 'afterOrder', 'byPriority']

export function effectiveStacking(global: Partial, website: Partial): StackingSettings {
  const pick = <T extends string>(allowed: readonly string[], fallback: T, ...values: Array<string | null | undefined>): T =>
    (values.find((value) => typeof value === 'string' && allowed.includes(value)) as T | undefined) ?? fallback
  return {
    strategy: pick<StackingStrategy>(STRATEGIES, DEFAULT_STACKING.strategy, website?.strategy, global?.strategy),
    lineDiscounts: pick<LineDiscountOrder>(LINE_ORDERS, DEFAULT_STACKING.lineDiscounts, website?.lineDiscounts, global?.lineDiscounts),
  }
}
