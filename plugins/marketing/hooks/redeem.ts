/**
 * Redemptions: an order holds one claim per applied promotion (with its coupon). Claims change in the transaction
 * that writes the order (create, re-pricing update, cancellation), each limit with ONE conditional SQL statement, so
 * concurrent orders can never take more uses than a limit allows (FACTS "Atomic updates"). A cancelled order holds
 * none: cancelling releases its uses.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { idOf, transactionOf, type SqlTransaction } from '../../../src/kit'
import { USAGES_TABLE } from '../collections/promotion-usages'
import { HELD_CLAIMS_KEY, LIMITED_KEY, type Claim, type LimitedPromotions } from '../stages/promotions'
import { couponCustomerKey, promotionCustomerKey } from '../stages/load'

/** `counted`: whether the promotion's own counters were taken (only promotions with a limit are counted). */
type HeldClaim = Claim & { customer: string; counted?: boolean }
type OrderShape = { status?: string | null; customer?: unknown; coupons?: unknown; appliedPromotions?: Array<{ promotion?: unknown; coupon?: unknown }> | null; marketingClaims?: unknown }

const keyOf = (claim: HeldClaim) => `${claim.promotion}\u0000${claim.coupon ?? ''}\u0000${claim.customer}`

const heldClaims = (value: unknown): HeldClaim[] => (Array.isArray(value) ? (value as HeldClaim[]) : [])

/** What the order should hold: one claim per applied promotion and coupon, none once cancelled. */
function wantedClaims(order: OrderShape): HeldClaim[] {
  const customer = String(idOf(order.customer) ?? '')
  if (order.status === 'cancelled' || !customer) return []
  const claims = (order.appliedPromotions ?? []).map((row) => ({
    promotion: String(row.promotion ?? ''),
    coupon: typeof row.coupon === 'string' && row.coupon ? row.coupon : null,
    customer,
  }))
  return claims.filter((claim, index) => claim.promotion && claims.findIndex((other) => keyOf(other) === keyOf(claim)) === index)
}

const conflict = (message: string, path: string) => new APIError(message, 409, { errors: [{ path, message }] }, true)

/** Takes one use of a counter row: `used < limit` checked and incremented in one statement. */
async function take(tx: SqlTransaction, table: 'promotions' | 'coupons', column: 'id' | 'code', value: string) {
  const result = await tx.execute(sql`
    update ${sql.identifier(table)} set used = coalesce(used, 0) + 1
    where ${sql.identifier(column)} = ${column === 'id' ? Number(value) : value}
      and (usage_limit is null or coalesce(used, 0) < usage_limit)
    returning usage_limit_per_customer as "perCustomer"`)
  return result.rows[0] as { perCustomer: string | number | null } | undefined
}

/** Takes one per-customer use: an upsert that only increments below the limit (no row back: the limit is reached). */
async function takePerCustomer(tx: SqlTransaction, key: string, limit: string | number | null) {
  const result = await tx.execute(sql`
    insert into ${sql.identifier(USAGES_TABLE)} (key, used, updated_at, created_at) values (${key}, 1, now(), now())
    on conflict (key) do update set used = ${sql.identifier(USAGES_TABLE)}.used + 1, updated_at = now()
      where ${limit === null ? sql`true` : sql`${sql.identifier(USAGES_TABLE)}.used < ${Number(limit)}`}
    returning used`)
  return result.rows.length > 0
}

/**
 * Which of the promotions have a limit, in one query for the whole order (an order applies a dozen promotions; one
 * query each was 13 round trips per checkout), or none when the calculation that just ran in this request read
 * them all (`known`). Only limited promotions are counted: counting every applied promotion would make each
 * promotion row a lock every concurrent order queues on (an unlimited "10 % for everyone" on every order).
 */
async function limitedPromotions(tx: SqlTransaction, promotions: readonly string[], known: LimitedPromotions | undefined): Promise<Set<string>> {
  const ids = [...new Set(promotions.map(Number).filter((id) => Number.isSafeInteger(id)))]
  const limited = new Set(ids.filter((id) => known?.[String(id)] === true).map(String))
  const unknown = ids.filter((id) => known?.[String(id)] === undefined)
  if (unknown.length === 0) return limited
  const result = await tx.execute(sql`
    select id from promotions
     where id = any(string_to_array(${unknown.join(',')}, ',')::int[])
       and (usage_limit is not null or usage_limit_per_customer is not null)`)
  for (const row of result.rows) limited.add(String(row.id))
  return limited
}

/** Takes the uses a claim needs; answers the claim as held (with whether the promotion was counted). */
async function claim(tx: SqlTransaction, held: HeldClaim, counted: boolean, path: string): Promise<HeldClaim> {
  if (counted) {
    const promotion = await take(tx, 'promotions', 'id', held.promotion)
    if (!promotion) throw conflict('A promotion of this order has just been used up; price the cart again', path)
    if (!(await takePerCustomer(tx, promotionCustomerKey(held.promotion, held.customer), promotion.perCustomer))) {
      throw conflict('This customer has used a promotion of this order the maximum number of times', path)
    }
  }
  if (held.coupon !== null) await claimCoupon(tx, { ...held, coupon: held.coupon }, path)
  return { ...held, counted }
}

async function claimCoupon(tx: SqlTransaction, held: HeldClaim & { coupon: string }, path: string) {
  const coupon = await take(tx, 'coupons', 'code', held.coupon)
  if (!coupon) throw conflict(`Coupon ${held.coupon} has been used up`, path)
  if (!(await takePerCustomer(tx, couponCustomerKey(held.coupon, held.customer), coupon.perCustomer))) {
    throw conflict(`Coupon ${held.coupon} has been used the maximum number of times by this customer`, path)
  }
}

async function release(tx: SqlTransaction, held: HeldClaim) {
  const keys = [...(held.counted === false ? [] : [promotionCustomerKey(held.promotion, held.customer)]), ...(held.coupon ? [couponCustomerKey(held.coupon, held.customer)] : [])]
  if (held.counted !== false) await tx.execute(sql`update promotions set used = greatest(coalesce(used, 0) - 1, 0) where id = ${Number(held.promotion)}`)
  if (held.coupon) await tx.execute(sql`update coupons set used = greatest(coalesce(used, 0) - 1, 0) where code = ${held.coupon}`)
  for (const key of keys) await tx.execute(sql`update ${sql.identifier(USAGES_TABLE)} set used = greatest(used - 1, 0), updated_at = now() where key = ${key}`)
}

/** Before the calculation re-prices an order, tell it which uses the order already holds (so they are not counted twice). */
export const shareHeldClaims: CollectionBeforeValidateHook = ({ originalDoc, req }) => {
  req.context[HELD_CLAIMS_KEY] = heldClaims((originalDoc as OrderShape | undefined)?.marketingClaims)
}

/** Brings the order's claims in line with what it applies: takes new uses, releases dropped ones (cancelled: all). */
export const redeemPromotions: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const order: OrderShape = { ...((originalDoc as OrderShape | undefined) ?? {}), ...(data as OrderShape) }
  const held = heldClaims((originalDoc as OrderShape | undefined)?.marketingClaims)
  const wanted = wantedClaims(order)
  const heldKeys = new Set(held.map(keyOf))
  const wantedKeys = new Set(wanted.map(keyOf))
  const toTake = wanted.filter((claimed) => !heldKeys.has(keyOf(claimed)))
  const kept = held.filter((claimed) => wantedKeys.has(keyOf(claimed)))
  const toRelease = held.filter((claimed) => !wantedKeys.has(keyOf(claimed)))
  const taken: HeldClaim[] = []
  if (toTake.length || toRelease.length) {
    const tx = await transactionOf(req, 'redeeming promotions')
    const coupons = Array.isArray(order.coupons) ? (order.coupons as string[]).map((code) => code.trim().toUpperCase()) : []
    for (const released of toRelease) await release(tx, released)
    const limited = await limitedPromotions(tx, toTake.map((claimed) => claimed.promotion), req.context[LIMITED_KEY] as LimitedPromotions | undefined)
    for (const claimed of toTake) {
      const index = claimed.coupon ? coupons.indexOf(claimed.coupon) : -1
      taken.push(await claim(tx, claimed, limited.has(String(Number(claimed.promotion))), index >= 0 ? `coupons.${index}` : 'appliedPromotions'))
    }
  }
  return { ...data, marketingClaims: [...kept, ...taken] }
}
