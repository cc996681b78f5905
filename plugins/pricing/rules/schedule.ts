/** Whether a price list takes part in combinations at a moment: active, and inside a scheduled period if it has any. */
export type Period = { activeAt?: string | null; deactivateAt?: string | null }
export type Schedulable = { active?: boolean | null; schedule?: readonly Period[] | null }

export function isListActive(list: Schedulable, now: Date): boolean {
  if (list.active === false) return false
  const periods = list.schedule ?? []
  if (!periods.length) return true
  return periods.some((period) => {
    const from = period.activeAt ? Date.parse(period.activeAt) : -Infinity
    const to = period.deactivateAt ? Date.parse(period.deactivateAt) : Infinity
    return from <= now.getTime() && now.getTime() < to
  })
}

