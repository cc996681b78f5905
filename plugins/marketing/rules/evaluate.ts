/**
 * One promotion against a cart (pure): every condition block must hold (each a registered rule); the product
 * segments they name narrow the lines the action may discount. The result is a stacking candidate, or why not.
 */
import type { Id, PromotionCart, PromotionExtensions } from '../../../src/kit'
import type { PromotionRecord } from './eligibility'
import type { Candidate } from './stacking'

export type Explanation = {
  promotion: Id
  name: string
  coupon: string | null
  status: 'applied' | 'not applied' | 'conditions not met' | 'out of play'
  amount?: bigint
  why: string[]
}

type Evaluated = { candidate: Candidate } | { explanation: Explanation }

export function evaluatePromotion(
  promotion: PromotionRecord,
  coupon: string | null,
  cart: PromotionCart,
  extensions: Pick<PromotionExtensions, 'conditions' | 'actions'>,
  facts: ReadonlyMap<string, unknown>,
): Evaluated {
  const explain = (status: Explanation['status'], why: string[]): Evaluated => ({ explanation: { promotion: promotion.id, name: promotion.name, coupon, status, why } })
  const block = promotion.action?.[0]
  const action = block ? extensions.actions.find((definition) => definition.code === block.blockType) : undefined
  if (!block || !action) return explain('out of play', [`its action ${block?.blockType ?? '(none)'} is not available`])
  let eligible = cart.lines.map((line) => line.index)
  const reasons: string[] = []
  for (const condition of promotion.conditions ?? []) {
    const definition = extensions.conditions.find((known) => known.code === condition.blockType)
    if (!definition) return explain('conditions not met', [`condition ${condition.blockType} is not available`])
    const verdict = definition.check(condition, cart, facts.get(definition.code))
    if (!verdict.holds) return explain('conditions not met', [...reasons, `${definition.label}: ${verdict.why}`])
    reasons.push(`${definition.label}: ${verdict.why}`)
    if (verdict.lines) eligible = eligible.filter((index) => verdict.lines?.includes(index))
  }
  if (eligible.length === 0) return explain('conditions not met', [...reasons, 'no line is matched by every product segment'])
  const args = block
  return {
    candidate: {
      id: promotion.id,
      name: promotion.name,
      coupon,
      priority: promotion.priority ?? 0,
      stopFurtherProcessing: promotion.stopFurtherProcessing === true,
      exclusive: promotion.exclusive === true,
      level: action.level,
      reasons,
      propose: (current) => action.apply(args, current, eligible),
    },
  }
}
