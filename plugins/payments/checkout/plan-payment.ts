/**
 * The payments plugin's side of the checkout seam (collections/sales/commerce/checkout/payment.ts): `paymentMethod`
 * names a payment method by code or id (or, with `acceptCoreKinds`, the core's `paymentTerm` / `offline`); a term
 * method needs the buyer's effective term; a card method authorizes inside the checkout's transaction.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { NotFound, type PayloadRequest } from 'payload'

import { executePrepared, idOf, sameId, serialIdOf, sqlReaderOf, validationError, type Id } from '../../../src/kit'
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

/**
 * The buyer's effective term in one hand-written query (the customer's and its group's term, each with its days):
 * this runs on every term checkout, and a customer `findByID` at depth 1 also ran the customer's join panels and
 * populated its group (13 ms of a 85 ms checkout, measured with bench/profile-checkout.ts). Which term applies stays
 * the rule's (`effectiveTerm`).
 */
async function termOf(req: PayloadRequest, customer: Id): Promise<TermDoc | null> {
  const reader = await sqlReaderOf(req)
  // prepared: every term checkout asks, and planning it anew was ~0.3 ms of PostgreSQL's CPU each time
  const { rows } = await executePrepared(reader, sql`
    select c.payment_term_id as own, ct.net_days as "ownDays", g.payment_term_id as "groupTerm", gt.net_days as "groupDays"
      from customers c
      left join payment_terms ct on ct.id = c.payment_term_id
      left join customer_groups g on g.id = c.group_id
      left join payment_terms gt on gt.id = g.payment_term_id
     where c.id = ${serialIdOf(customer) ?? 0}`)
  const buyer = rows[0] as { own: number | null; ownDays: string | null; groupTerm: number | null; groupDays: string | null } | undefined
  if (!buyer) throw new NotFound(req.t)
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
