import type { Config, Plugin } from 'payload'

import { addRelatedPanel, extendCollection, registerCustomerFact, registerDemoSeed, registerScheduledTask, serverComputed } from '../../src/kit'
import { Accounts } from './collections/accounts'
import { Activities } from './collections/activities'
import { Contacts } from './collections/contacts'
import { Leads } from './collections/leads'
import { Opportunities } from './collections/opportunities'
import { ACCOUNTS } from './collections/slugs'
import { activitiesPanel, asTimeline } from './collections/timeline'
import { accountSummaryEndpoint } from './endpoints/account-summary'
import { pipelineEndpoint } from './endpoints/pipeline'
import { CrmSettings } from './globals/crm-settings'
import { crmMutations, crmQueries } from './graphql/operations'
import { accountFact, fileOrderUnderAccount, linkCustomerAccount } from './hooks/link-customer-account'
import { linkUnlinkedCustomers } from './jobs/link-unlinked-customers'
import { seedCrmDemo } from './seed/demo'

export type CrmPluginOptions = {
  /**
   * false removes the plugin: no CRM collections, no `crm-settings`, no `account` on customers and orders.
   * @default true
   */
  enabled?: boolean
  /**
   * A customer created with a parent company and no account joins its parent's account (a group buys as one
   * company, Oro's account over several customers); false gives every new customer an account of its own.
   * @default true
   */
  shareParentAccount?: boolean
  /**
   * How often the scheduled task links customers that have no account yet (customers that existed before the plugin
   * was installed, or were written with SQL), creating an account for each. 0 turns the task off.
   * @default 3600
   */
  linkCustomersEverySeconds?: number
}

/** The CRM's link on a commerce document: staff-only data (storefront users read customers and orders too). */
const STAFF_ONLY = { bureau: { staffOnly: true } }

/** Customers and orders carry their account; the account shows both as tabs, and customers get a timeline. */
function linkCommerce(incoming: Config, options: { shareParentAccount: boolean }): Config {
  let config = extendCollection(incoming, 'crm', 'customers', {
    fields: [
      {
        // staff may move a customer to another account (several customers may share one)
        name: 'account',
        type: 'relationship',
        relationTo: ACCOUNTS,
        index: true,
        custom: STAFF_ONLY,
        admin: { position: 'sidebar', description: 'The CRM account this customer belongs to; a new customer gets its parent’s, or a new one' },
      },
    ],
    hooks: { afterChange: [linkCustomerAccount(options)] },
  })
  config = extendCollection(config, 'crm', 'orders', {
    fields: [
      serverComputed({
        name: 'account',
        type: 'relationship',
        relationTo: ACCOUNTS,
        index: true,
        custom: STAFF_ONLY,
        admin: { position: 'sidebar', description: 'The CRM account of the order’s customer, kept by the server' },
      }),
    ],
    hooks: { beforeChange: [fileOrderUnderAccount] },
  })
  registerCustomerFact(config, accountFact)
  config = addRelatedPanel(config, 'crm', ACCOUNTS, {
    name: 'customers',
    label: 'Customers',
    collection: 'customers',
    on: 'account',
    defaultColumns: ['name', 'code', 'email', 'parent'],
    description: 'Commerce customers (storefront companies) of this account',
  })
  config = addRelatedPanel(config, 'crm', ACCOUNTS, {
    name: 'orders',
    label: 'Orders',
    collection: 'orders',
    on: 'account',
    defaultColumns: ['orderNumber', 'customer', 'status', 'grandTotal', 'currency', 'placedAt'],
    description: 'Orders of every customer of this account, newest first',
  })
  config = addRelatedPanel(config, 'crm', 'customers', activitiesPanel('relatedTo'))
  return extendCollection(config, 'crm', 'customers', { modify: (customers) => asTimeline(customers, 'relatedTo') })
}

/**
 * The CRM (Oro's accounts, contacts, leads, opportunities, activities): accounts gathering a company's commerce
 * customers, their orders and everything sales did with it; leads converted in one transaction; a pipeline by stage.
 */
export const crmPlugin =
  (options: CrmPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const withCollections: Config = {
      ...incoming,
      collections: [...(incoming.collections ?? []), Accounts, Contacts, Leads, Opportunities, Activities],
      globals: [...(incoming.globals ?? []), CrmSettings],
      endpoints: [...(incoming.endpoints ?? []), pipelineEndpoint],
      graphQL: {
        ...incoming.graphQL,
        queries: chain(incoming.graphQL?.queries, crmQueries),
        mutations: chain(incoming.graphQL?.mutations, crmMutations),
      },
    }
    const config = extendCollection(linkCommerce(withCollections, { shareParentAccount: options.shareParentAccount ?? true }), 'crm', ACCOUNTS, {
      endpoints: [accountSummaryEndpoint],
    })
    const every = options.linkCustomersEverySeconds ?? 3600
    if (every > 0) registerScheduledTask(config, { name: 'crm:link-unlinked-customers', plugin: 'crm', everySeconds: every, run: async (payload) => void (await linkUnlinkedCustomers(payload)) })
    registerDemoSeed(config, { name: 'crm:demo', plugin: 'crm', seed: seedCrmDemo })
    return config
  }

type Extension = NonNullable<NonNullable<Config['graphQL']>['queries']>

/** Keeps the GraphQL queries or mutations other plugins added, then adds the CRM's. */
const chain =
  (previous: Extension | undefined, added: Extension): Extension =>
  (graphQL, context) => ({ ...previous?.(graphQL, context), ...added(graphQL, context) })
