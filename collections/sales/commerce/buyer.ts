/**
 * Who is buying, for the commerce endpoints: a logged-in customer user buys for its own company (or a subsidiary its
 * role lets it see) and may not name another (403); staff may name any customer (404 when there is none); anyone
 * else is a visitor. The website defaults to the first one (by id) when the request names none, the currency to the
 * website's default; both must exist (400 naming the field).
 */
import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { CalculationError, idOf, isCustomerUser, isStaff, loadStorefrontScope, seesCustomer, type Buyer, type Id } from '../../../src/kit'
import { loadCalculationContext } from '../calculation/context'

type Requested = { customer?: Id | null; website?: Id | null; currency?: string | null }

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
  const requestedCurrency = requested.currency?.trim().toUpperCase()
  // the website, the customer and the currency in one read, which the line loader then reuses (calculation/context.ts)
  const context = await loadCalculationContext(req, { website: requested.website, customer: customerId, currency: requestedCurrency || null })
  const website = context.website
  if (!website) throw new CalculationError(requested.website === null || requested.website === undefined ? 'No website is configured' : `Unknown website ${requested.website}`, 'website')
  if (customerId !== null && !context.customer) throw new NotFound(req.t)
  const customer = context.customer
  const currency = requestedCurrency || website.currency?.toUpperCase() || null
  if (!currency) throw new CalculationError('currency is required: the website has no default currency', 'currency')
  return { customer: customer?.id ?? null, customerGroup: customer?.group ?? null, website: website.id, currency, visitor: customer === null }
}
