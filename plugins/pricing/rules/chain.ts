/**
 * The price-list chain of a buyer (Oro's price list fallbacks, CONTRACT "Pricing"), pure: the customer's own lists,
 * then its group's, then the website's, then the configuration's defaults, each level able to stop the fallback.
 * Which buyers need a chain of their own (`chainScopes`) and the key that identifies equal chains (`chainKey`), so one
 * combined list serves every buyer with the same chain.
 */
import type { Id } from '../../../src/kit'
import type { ChainLink, CombinationStrategy } from './combine'

export type CustomerFallback = 'customerGroup' | 'currentCustomerOnly'
export type GroupFallback = 'website' | 'currentGroupOnly'
export type WebsiteFallback = 'config' | 'currentWebsiteOnly'

export type Assignment = {
  priceList: Id
  website: Id
  customerGroup: Id | null
  customer: Id | null
  sortOrder: number
  mergeAllowed: boolean
}

export type PricingWorld = {
  assignments: readonly Assignment[]
  /** lists active now (active flag and schedule, rules/schedule.ts); others are skipped */
  activeLists: ReadonlySet<string>
  /** the configuration's default lists (pricing-settings), in priority order */
  defaultLists: readonly ChainLink[]
  websites: ReadonlyMap<string, WebsiteFallback>
  groups: ReadonlyMap<string, GroupFallback>
  customers: ReadonlyMap<string, { group: Id | null; fallback: CustomerFallback }>
}

/** A buyer level: the website alone, a group on it, or a customer on it. */
export type Scope = { website: Id; customerGroup: Id | null; customer: Id | null }

export const scopeKey = (scope: Scope): string =>
  scope.customer !== null ? `c:${scope.website}:${scope.customer}` : scope.customerGroup !== null ? `g:${scope.website}:${scope.customerGroup}` : `w:${scope.website}`

const ownLinks = (world: PricingWorld, website: Id, match: (assignment: Assignment) => boolean): ChainLink[] =>
  world.assignments
    .filter((assignment) => String(assignment.website) === String(website) && match(assignment))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((assignment) => ({ priceList: assignment.priceList, mergeAllowed: assignment.mergeAllowed }))

/** Where a link of a chain comes from: the customer's own assignments, its group's, the website's, the configuration. */
export type ChainLevel = 'customer' | 'group' | 'website' | 'config'
export type ExplainedLink = ChainLink & { level: ChainLevel }

/**
 * The chain of a buyer level with the level each list comes from, highest priority first: inactive lists skipped, a
 * list met twice kept where first met. The admin shows it (a customer's or group's effective lists, as Oro's
 * customer view does); `chainFor` is the same chain without the levels.
 */
export function explainChain(world: PricingWorld, scope: Scope): ExplainedLink[] {
  const links: ExplainedLink[] = []
  const add = (level: ChainLevel, found: readonly ChainLink[]) => links.push(...found.map((link) => ({ ...link, level })))
  let group = scope.customerGroup
  let stop = false
  if (scope.customer !== null) {
    const customer = world.customers.get(String(scope.customer))
    add('customer', ownLinks(world, scope.website, (a) => a.customer !== null && String(a.customer) === String(scope.customer)))
    stop = customer?.fallback === 'currentCustomerOnly'
    group = customer?.group ?? null
  }
  if (!stop && group !== null) {
    add('group', ownLinks(world, scope.website, (a) => a.customer === null && a.customerGroup !== null && String(a.customerGroup) === String(group)))
    stop = world.groups.get(String(group)) === 'currentGroupOnly'
  }
  if (!stop) {
    add('website', ownLinks(world, scope.website, (a) => a.customer === null && a.customerGroup === null))
    stop = world.websites.get(String(scope.website)) === 'currentWebsiteOnly'
  }
  if (!stop) add('config', world.defaultLists)
  const seen = new Set<string>()
  return links.filter((link) => {
    const id = String(link.priceList)
    if (!world.activeLists.has(id) || seen.has(id)) return false
    seen.add(id)
    return true
  })
}

/** The chain of a buyer level, highest priority first (what its combined list combines). */
export const chainFor = (world: PricingWorld, scope: Scope): ChainLink[] =>
  explainChain(world, scope).map(({ priceList, mergeAllowed }) => ({ priceList, mergeAllowed }))

/**
 * The buyer levels that need their own chain: every website; a group or customer with lists of its own on that
 * website or a fallback that stops there. Any other customer has its group's chain (or the website's without a
 * group), any other group the website's, so a lookup goes customer → group → website and takes the first found.
 */
export function chainScopes(world: PricingWorld): Scope[] {
  const scopes: Scope[] = []
  for (const [website] of world.websites) {
    scopes.push({ website, customerGroup: null, customer: null })
    const onSite = world.assignments.filter((assignment) => String(assignment.website) === website)
    for (const [group, fallback] of world.groups) {
      const own = onSite.some((a) => a.customer === null && a.customerGroup !== null && String(a.customerGroup) === group)
      if (own || fallback === 'currentGroupOnly') scopes.push({ website, customerGroup: group, customer: null })
    }
    for (const [customer, { fallback }] of world.customers) {
      const own = onSite.some((a) => a.customer !== null && String(a.customer) === customer)
      if (own || fallback === 'currentCustomerOnly') scopes.push({ website, customerGroup: null, customer })
    }
  }
  return scopes
}

/**
 * Identifies a chain's combination: equal keys give equal prices. Merge by priority depends on the order and the
 * merge flags; minimal prices only on which lists take part (Oro's combined price lists reuse the same way).
 */
export function chainKey(strategy: CombinationStrategy, chain: readonly ChainLink[]): string {
  if (strategy === 'minimalPrices') return `min:${chain.map((link) => String(link.priceList)).sort().join(',')}`
  return `merge:${chain.map((link) => `${link.priceList}${link.mergeAllowed ? '' : '!'}`).join(',')}`
}
