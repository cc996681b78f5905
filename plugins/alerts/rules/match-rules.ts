/** Which rules fire for one occurrence (pure). */
import { sameId, type Id } from '../../../src/kit'
import type { AlertEvent, AlertRule } from './alert-rule'

/** What is known about the occurrence when rules are matched; order facts are null for stock and task events. */
export type Occurrence = {
  event: AlertEvent
  /** the status entered, for status events */
  status: string | null
  website: Id | null
  customerGroup: Id | null
  /** minor units of `currency` */
  grandTotal: { amount: number; currency: string } | null
}

const within = (allowed: readonly Id[], value: Id | null) => allowed.length === 0 || (value !== null && allowed.some((id) => sameId(id, value)))

/**
 * A rule fires when it is active, listens to the event, names no status or the one entered, and every condition it
 * sets holds. A condition the occurrence cannot answer (a website for a stock alert, a total in another currency)
 * does not hold: the rule stays quiet rather than guess.
 */
export function ruleMatches(rule: AlertRule, occurrence: Occurrence): boolean {
  if (!rule.active || rule.event !== occurrence.event) return false
  if (rule.status && rule.status !== occurrence.status) return false
  const { websites, customerGroups, grandTotalAbove } = rule.conditions
  if (!within(websites, occurrence.website) || !within(customerGroups, occurrence.customerGroup)) return false
  if (grandTotalAbove) {
    const total = occurrence.grandTotal
    if (!total || total.currency !== grandTotalAbove.currency || !(total.amount > grandTotalAbove.amount)) return false
  }
  return true
}

export const matchRules = (rules: readonly AlertRule[], occurrence: Occurrence): AlertRule[] => rules.filter((rule) => ruleMatches(rule, occurrence))
