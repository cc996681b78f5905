/**
 * Who is buying, for the commerce endpoints: a logged-in customer user buys for its own company (or a subsidiary its
 * role lets it see) and may not name another (403); staff may name any customer (404 when there is none); anyone
 * else is a visitor. The website defaults to the first one (by id) when the request names none, the currency to the
 * website's default; both must exist (400 naming the field).
 */
import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { CalculationError, idOf, isCustomerUser, isStaff, loadStorefrontScope, seesCustomer, type Buyer, type Id } from '../../../src/kit'

type Requested = { customer?: Id | null; website?: Id | null; currency?: string | null }
type WebsiteDoc = { id: Id; defaultCurrency: unknown; currencies?: unknown[] | null }

async function loadWebsite(req: PayloadRequest, website: Id | null | undefined): Promise<WebsiteDoc> {
  const found = await req.payload.find({
    collection: 'websites',
    where: website === null || website === undefined ? {} : { id: { equals: website } },
    sort: 'id',
    limit: 1,
    depth: 1,
    select: { defaultCurrency: true, currencies: true },
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0] as unknown as WebsiteDoc | undefined
  if (!doc) throw new CalculationError(website === null || website === undefined ? 'No website is configured' : `Unknown website ${website}`, 'website')
  return doc
}

async function loadCustomer(req: PayloadRequest, id: Id): Promise<{ id: Id; group: Id | null }> {
  const doc = await req.payload.findByID({ collection: 'customers', id, depth: 0, select: { group: true }, overrideAccess: true, req, disableErrors: true })
  if (!doc) throw new NotFound(req.t)
  return { id: doc.id, group: idOf((doc as { group?: unknown }).group) }
}

const currencyCode = (value: unknown): string | null =>
  value && typeof value === 'object' && 'code' in value ? String((value as { code: unknown }).code).toUpperCase() : null

export async function resolveBuyer(req: PayloadRequest, requested: Requested): Promise<Buyer> {
  let customerId: Id | null = requested.customer ?? null
  if (isCustomerUser(req)) {
    const own = idOf((req.user as { customer?: unknown }).customer)
    if (customerId === null) customerId = own
    else {
      const scope = await loadStorefrontScope(req)
      if (!scope || !seesCustomer(scope, customerId)) throw new Forbidden(req.t)
    }
  } else if (!isStaff(req) && customerId !== null) {
    throw new Forbidden(req.t)
  }
  const website = await loadWebsite(req, requested.website)
  const customer = customerId === null ? null : await loadCustomer(req, customerId)
  const requestedCurrency = requested.currency?.trim().toUpperCase()
  const currency = requestedCurrency || currencyCode(website.defaultCurrency)
  if (!currency) throw new CalculationError('currency is required: the website has no default currency', 'currency')
  return { customer: customer?.id ?? null, customerGroup: customer?.group ?? null, website: website.id, currency, visitor: customer === null }
}
