/**
 * The payments plugin's side of the checkout seam (collections/sales/commerce/checkout/payment.ts): `paymentMethod`
 * names a payment method by code or id (or, with `acceptCoreKinds`, the core's `paymentTerm` / `offline`); a term
 * method needs the buyer's effective term; a card method authorizes inside the checkout's transaction.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { NotFound, type PayloadRequest } from 'payload'

import { customerFacts, idOf, sameId, validationError, type CustomerFact, type Id } from '../../../src/kit'
import type { CheckoutPayer, CheckoutPaymentPlan } from '../../../collections/sales/commerce/checkout/payment'
import { PAYMENT_METHODS } from '../collections/slugs'
import { methodRefusal, type PaymentMethodKind } from '../rules/method-kinds'
import { dueDate, effectiveTerm } from '../rules/payment-terms'
import { authorizeCard } from './authorize-card'
import { readCard } from './read-card'

export type PlanOptions = { acceptCoreKinds: boolean }

type MethodDoc = { id: Id; kind: PaymentMethodKind; active?: boolean | null; websites?: unknown[] | null; gateway?: string | null }
type TermDoc = { id: Id; netDays: number }

const refuse = (message: string, path = 'paymentMethod') => validationError([{ path, message }], 'orders')

async function findMethod(req: PayloadRequest, chosen: string | number): Promise<MethodDoc | null> {
  const byId = typeof chosen === 'number' || /^\d{1,9}$/.test(chosen)
  const found = await req.payload.find({
    collection: PAYMENT_METHODS,
    where: byId ? { or: [{ id: { equals: Number(chosen) } }, { code: { equals: String(chosen) } }] } : { code: { equals: chosen } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as unknown as MethodDoc | undefined) ?? null
}

/** The customer's and its group's term, each with its days: a fact read with the buyer (src/kit/customer-facts.ts). */
export const PAYMENT_TERM_FACT = 'payments:term'

export const paymentTermFact: CustomerFact = {
  name: PAYMENT_TERM_FACT,
  plugin: 'payments',
  select: sql`(select json_build_object('own', c.payment_term_id, 'ownDays', ct.net_days, 'groupTerm', g.payment_term_id, 'groupDays', gt.net_days)
      from (select 1) one
      left join payment_terms ct on ct.id = c.payment_term_id
      left join customer_groups g on g.id = c.group_id
      left join payment_terms gt on gt.id = g.payment_term_id)`,
}

type TermFact = { own: number | null; ownDays: number | string | null; groupTerm: number | null; groupDays: number | string | null }

/**
 * The buyer's effective term. Every term checkout asks; the buyer's read (the calculation context) already brought
 * the customer's and its group's term along, so this costs no statement of its own (a customer `findByID` at depth 1
 * once cost 13 ms of a 85 ms checkout, then a hand-written query a round trip). Which term applies stays the rule's
 * (`effectiveTerm`).
 */
async function termOf(req: PayloadRequest, customer: Id): Promise<TermDoc | null> {
  const facts = await customerFacts(req, customer)
  if (!facts) throw new NotFound(req.t)
  const buyer = facts[PAYMENT_TERM_FACT] as TermFact
  const chosen = effectiveTerm(idOf(buyer.own), idOf(buyer.groupTerm))
  if (chosen === null) return null
  const days = sameId(chosen, buyer.own) ? buyer.ownDays : buyer.groupDays
  if (days === null) throw new NotFound(req.t)
  return { id: Number(chosen), netDays: Number(days) }
}

export async function planPayment(req: PayloadRequest, body: Record<string, unknown>, payer: CheckoutPayer, options: PlanOptions): Promise<CheckoutPaymentPlan> {
  const chosen = (body.paymentMethod ?? 'paymentTerm') as string | number
  // the term is read only for term payments: it decides whether they are allowed and when they fall due
  const termFor = async (kind: string) => (kind === 'paymentTerm' ? termOf(req, payer.customer) : null)
  const termData = (term: TermDoc | null) => (term ? { paymentTerm: term.id, paymentDueAt: dueDate(new Date(), term.netDays).toISOString() } : {})
  if (options.acceptCoreKinds && (chosen === 'paymentTerm' || chosen === 'offline')) return { paymentMethod: chosen, orderData: termData(await termFor(chosen)) }
  const method = await findMethod(req, chosen)
  if (!method) throw refuse('Unknown payment method')
  const term = await termFor(method.kind)
  const refusal = methodRefusal(method, payer.website, term !== null)
  if (refusal) throw refuse(refusal)
  const orderData = { selectedPaymentMethod: method.id, ...termData(term) }
  if (method.kind !== 'card') return { paymentMethod: method.kind, orderData }
  const card = readCard(body.payment)
  return { paymentMethod: 'card', orderData, settle: (txReq, order) => authorizeCard(txReq, order, method.gateway ?? '', card) }
}
