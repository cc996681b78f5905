/**
 * GET /api/price-lists/effective?customer=<id> | ?customerGroup=<id>: the buyer's effective price lists in chain order
 * on every website, with the level each comes from (Oro's customer view), from the chain code the rebuild uses
 * (rules/chain.ts `explainChain`). Staff who may read the customer or group; lists and websites they may not read
 * show as their id only.
 */
import { Forbidden, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { isStaff, validationError, type Id } from '../../../src/kit'
import { PRICE_LISTS_SLUG } from '../collections/slugs'
import { loadPricingWorld } from '../jobs/world'
import { explainChain, type ChainLevel } from '../rules/chain'

export type EffectivePriceLists = {
  websites: Array<{ id: Id; name: string | null; lists: Array<{ id: Id; name: string | null; mergeAllowed: boolean; level: ChainLevel }> }>
}

async function namesOf(req: PayloadRequest, collection: typeof PRICE_LISTS_SLUG | 'websites', ids: readonly Id[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const found = await req.payload.find({ collection, where: { id: { in: [...ids] } }, pagination: false, depth: 0, select: { name: true }, overrideAccess: false, user: req.user, req })
  return new Map(found.docs.map((doc) => [String(doc.id), String((doc as { name?: unknown }).name ?? '')]))
}

export const effectivePriceListsEndpoint: Endpoint = {
  path: '/effective',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req)) throw new Forbidden(req.t)
    const customer = req.searchParams.get('customer')
    const customerGroup = req.searchParams.get('customerGroup')
    const [collection, id] = customer ? (['customers', customer] as const) : customerGroup ? (['customer-groups', customerGroup] as const) : [null, null]
    if (!collection || !/^\d{1,9}$/.test(id)) throw validationError([{ path: 'customer', message: 'Name a customer or a customerGroup by id' }], PRICE_LISTS_SLUG)
    const buyer = await req.payload.findByID({ collection, id, depth: 0, select: {}, overrideAccess: false, user: req.user, disableErrors: true, req })
    if (!buyer) throw new NotFound(req.t)
    const world = await loadPricingWorld(req, new Date())
    const chains = [...world.websites.keys()].map((website) => ({
      website,
      links: explainChain(world, { website, customer: customer ? id : null, customerGroup: customerGroup ? id : null }),
    }))
    const lists = await namesOf(req, PRICE_LISTS_SLUG, [...new Set(chains.flatMap((chain) => chain.links.map((link) => link.priceList)))])
    const websites = await namesOf(req, 'websites', chains.map((chain) => chain.website))
    const answer: EffectivePriceLists = {
      websites: chains.map(({ website, links }) => ({
        id: Number(website),
        name: websites.get(String(website)) ?? null,
        lists: links.map((link) => ({ id: link.priceList, name: lists.get(String(link.priceList)) ?? null, mergeAllowed: link.mergeAllowed, level: link.level })),
      })),
    }
    return Response.json(answer)
  },
}
