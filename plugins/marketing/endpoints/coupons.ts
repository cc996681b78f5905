/**
 * Coupon endpoints on the coupons collection (staff): POST /api/coupons/generate makes N codes from a pattern in one
 * transaction; GET /api/coupons/export?promotion=&batch= answers them as CSV. GraphQL twins in graphql.ts.
 */
import crypto from 'node:crypto'
import { commitTransaction, Forbidden, initTransaction, killTransaction, ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { idOf, isStaff, type Id } from '../../../src/kit'
import { COUPONS_SLUG } from '../collections/coupons'
import { PROMOTIONS_SLUG } from '../collections/promotions'
import { generateCodes, toCsv } from '../rules/coupon-codes'

/** At most this many codes per request (one transaction). */
export const MAX_GENERATED = 5000

type CouponRow = { code: string; promotion: unknown; usageLimit?: number | null; usageLimitPerCustomer?: number | null; used?: number | null; validFrom?: string | null; validUntil?: string | null; batch?: string | null }

const invalid = (path: string, message: string) => new ValidationError({ collection: COUPONS_SLUG, errors: [{ path, message }] })

function readGenerateBody(body: unknown) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('body', 'The request body must be a JSON object')
  const data = body as Record<string, unknown>
  const promotion = idOf(data.promotion)
  if (promotion === null) throw invalid('promotion', 'promotion is required')
  if (typeof data.pattern !== 'string' || !/[#?]/.test(data.pattern) || data.pattern.length > 40) throw invalid('pattern', 'A pattern of at most 40 characters with # (digit) or ? (letter)')
  const count = data.count
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_GENERATED) throw invalid('count', `A whole number from 1 to ${MAX_GENERATED}`)
  const limit = (name: string) => {
    const value = data[name]
    if (value === undefined || value === null) return null
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1_000_000) throw invalid(name, 'A whole number of at least 1')
    return value
  }
  const date = (name: string) => {
    const value = data[name]
    if (value === undefined || value === null || value === '') return null
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalid(name, 'An ISO date')
    return new Date(value).toISOString()
  }
  return { promotion, pattern: data.pattern, count, usageLimit: limit('usageLimit') ?? 1, usageLimitPerCustomer: limit('usageLimitPerCustomer'), validFrom: date('validFrom'), validUntil: date('validUntil') }
}

async function existingCodes(req: PayloadRequest): Promise<Set<string>> {
  const found = await req.payload.find({ collection: COUPONS_SLUG as never, select: { code: true } as never, depth: 0, pagination: false, overrideAccess: true, req })
  return new Set((found.docs as unknown as CouponRow[]).map((doc) => doc.code))
}

const requireStaff = (req: PayloadRequest) => {
  if (!isStaff(req)) throw new Forbidden(req.t)
}

/** Makes `count` codes from the pattern in one transaction: the same answer through REST and GraphQL (`generateCoupons`). */
export async function generateCoupons(req: PayloadRequest, body: unknown): Promise<{ batch: string; count: number; codes: string[] }> {
  requireStaff(req)
  const options = readGenerateBody(body)
  const promotion = await req.payload.findByID({ collection: PROMOTIONS_SLUG as never, id: options.promotion as Id, depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
  if (!promotion) throw invalid('promotion', `Unknown promotion ${options.promotion}`)
  let codes: string[]
  try {
    codes = generateCodes(options.pattern, options.count, await existingCodes(req), (n) => crypto.randomInt(n))
  } catch (error) {
    throw invalid('pattern', error instanceof Error ? error.message : 'Cannot generate codes from this pattern')
  }
  const batch = `${new Date().toISOString().slice(0, 19)}-${crypto.randomBytes(3).toString('hex')}`
  const owns = await initTransaction(req)
  try {
    for (const code of codes) {
      await req.payload.create({
        collection: COUPONS_SLUG as never,
        data: { code, promotion: options.promotion, usageLimit: options.usageLimit, usageLimitPerCustomer: options.usageLimitPerCustomer, validFrom: options.validFrom, validUntil: options.validUntil, batch } as never,
        overrideAccess: true,
        req,
      })
    }
    if (owns) await commitTransaction(req)
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
  return { batch, count: codes.length, codes }
}

export type CouponExportFilter = { promotion?: unknown; batch?: unknown }

/** The coupons (of a promotion, of a batch) the staff user may read, as CSV: the same text through REST and GraphQL. */
export async function exportCoupons(req: PayloadRequest, filter: CouponExportFilter): Promise<string> {
  requireStaff(req)
  const promotion = typeof filter.promotion === 'string' || typeof filter.promotion === 'number' ? String(filter.promotion) || null : null
  const batch = typeof filter.batch === 'string' && filter.batch ? filter.batch : null
  if (promotion !== null && !/^\d{1,10}$/.test(promotion)) throw invalid('promotion', 'promotion must be an id')
  const where = { and: [...(promotion ? [{ promotion: { equals: Number(promotion) } }] : []), ...(batch ? [{ batch: { equals: batch } }] : [])] }
  const found = await req.payload.find({ collection: COUPONS_SLUG as never, where: where as never, sort: 'code', depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
  const rows = (found.docs as unknown as CouponRow[]).map((doc) => [doc.code, idOf(doc.promotion), doc.usageLimit, doc.usageLimitPerCustomer, doc.used ?? 0, doc.validFrom, doc.validUntil, doc.batch])
  return toCsv(['code', 'promotion', 'usageLimit', 'usageLimitPerCustomer', 'used', 'validFrom', 'validUntil', 'batch'], rows)
}

export const generateCouponsEndpoint: Endpoint = {
  path: '/generate',
  method: 'post',
  handler: async (req) => {
    requireStaff(req)
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      throw invalid('body', 'The request body must be JSON')
    }
    return Response.json(await generateCoupons(req, body), { status: 201 })
  },
}

export const exportCouponsEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const csv = await exportCoupons(req, { promotion: req.query.promotion, batch: req.query.batch })
    return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="coupons.csv"' } })
  },
}
