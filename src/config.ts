/**
 * Builds the whole Bureau config: database, editor, email, core collections and the plugin list. payload.config.ts
 * exports its result; the test harness builds variants (a plugin switched off) through the same function.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig, type Plugin } from 'payload'
import sharp from 'sharp'

import { AttributeFamilies } from '../collections/catalog/attribute-families'
import { Attributes } from '../collections/catalog/attributes'
import { Brands } from '../collections/catalog/brands'
import { Categories } from '../collections/catalog/categories'
import { Media } from '../collections/catalog/media'
import { ProductVariants } from '../collections/catalog/product-variants'
import { Products } from '../collections/catalog/products'
import { catalogSearchIndexes } from '../collections/catalog/search-indexes'
import { Addresses } from '../collections/customers/addresses'
import { CustomerGroups } from '../collections/customers/customer-groups'
import { CustomerUserRoles } from '../collections/customers/customer-user-roles'
import { CustomerUsers } from '../collections/customers/customer-users'
import { Customers } from '../collections/customers/customers'
import { salesCalculation } from '../collections/sales/calculation'
import { commerceEndpoints, type CommerceOptions } from '../collections/sales/commerce'
import { commerceCheckout } from '../collections/sales/commerce/checkout'
import { customerOrdersPanel } from '../collections/sales/customer-orders-panel'
import { lifetimeSales } from '../collections/sales/lifetime'
import { Currencies } from '../collections/sales/currencies'
import { Orders } from '../collections/sales/orders'
import { orderTransitions } from '../collections/sales/transition'
import { Websites } from '../collections/sales/websites'
import { BusinessUnits } from '../collections/security/business-units'
import { Roles } from '../collections/security/roles'
import { Users } from '../collections/security/users'
import { logIdleConnectionErrors } from './db/pool-errors'
import './db/quiet-pg-queue-warning'
import { createEmailAdapter } from './email'
import { healthEndpoint } from './health'
import { deliveryLedger } from './kit/deliveries'
import { installAuthUserReads } from './kit/auth-user-rows'
import { prepareRepeatedStatements } from './kit/prepared-repeats'
import { createReturnsWritten } from './kit/create-returns-written'
import { installCommitInserts } from './kit/commit-inserts'
import { skipNoOpValidations } from './kit/no-op-validations'
import { checkTextLengthsOnce } from './kit/text-lengths'
import { ownJobContexts } from './kit/job-contexts'
import { transactionConflictsAs409 } from './kit/transaction-conflicts'
import { scheduledRunsLedger } from './kit/schedules'
import { migrations } from './migrations'
import { verifyRegistry } from './kit/registry'
import { isAdministrator, STAFF_COLLECTION, userRolesAlongside } from './kit/access'
import { hardenPayloadConfig } from './kit/payload-internals'
import { followParentAccess } from './kit/follow-parent-access'
import { securedCollections } from './kit/secured-collections'
import { staffOnlyFields } from './kit/staff-only-fields'
import { strictNumbers } from './kit/strict-numbers'
import { bureauPlugins, type BureauPluginOptions } from './plugins'

export type BureauConfigOptions = {
  /** each plugin's options (`{ shipping: { freeShippingThreshold: 'beforeDiscounts' } }`); a plugin left out keeps its defaults */
  plugins?: BureauPluginOptions
  /** the storefront commerce endpoints' options (`{ listingSelect: { sku: true, name: true } }`); defaults when left out */
  commerce?: CommerceOptions
  /** further plugins applied after Bureau's domain plugins and before audit, which records their collections too */
  extraPlugins?: Plugin[]
}

const requireEnv = (name: string) => {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set. Start Bureau with \`npm run dev\` / \`npm start\` (they provide it) or set it yourself.`)
  }
  return value
}

/**
 * Collections under staff role security (access levels per role, owner and business unit on every record); plugin
 * collections opt in with `custom: { bureau: { secured: true } }`. See src/kit/secured-collections.ts.
 */
export const SECURED_COLLECTIONS = ['customers', 'products', 'product-variants', 'orders'] as const

/** Jobs access functions answer yes or no (no filters). */
const administratorsOnlyJobs = ({ req }: { req: Parameters<typeof isAdministrator>[0] }) => isAdministrator(req)

/**
 * Fields of collections anonymous visitors or storefront customer users may read that only staff may read, filter
 * or sort on (src/kit/staff-only-fields.ts). Plugins mark their own with `custom: { bureau: { staffOnly: true } }`;
 * this list names those defined where that flag is not (yet) set. `owner` and `businessUnit` of secured
 * collections are staff-only by construction (secured-collections.ts).
 */
export const STAFF_ONLY_FIELDS = {
  // what the seller pays: margins are nobody else's business
  products: ['costPrice'],
} as const satisfies Record<string, readonly string[]>

export function buildBureauConfig(options: BureauConfigOptions = {}) {
  // securedCollections and strictNumbers go last so they also cover the collections and fields plugins add; audit
  // (inside bureauPlugins) comes after the integrator's extra plugins so it records their collections too.
  const plugins: Plugin[] = [
    // core wiring between collections (the calculation's line loader, the customer view's Orders panel), before any
    // domain plugin extends them
    salesCalculation,
    commerceEndpoints(options.commerce),
    commerceCheckout,
    orderTransitions,
    customerOrdersPanel,
    lifetimeSales,
    ...bureauPlugins(options.plugins, options.extraPlugins),
    // before securedCollections, so staff still pass their roles' field rules on these fields
    staffOnlyFields({ fields: STAFF_ONLY_FIELDS }),
    // the (event, subscriber) delivery records that make domain events take effect once (src/kit/deliveries.ts)
    deliveryLedger,
    // the (task, slot) runs of scheduled tasks (src/kit/schedules.ts)
    scheduledRunsLedger,
    securedCollections({ collections: SECURED_COLLECTIONS }),
    // customer users and addresses follow their customer's owner and business unit (src/kit/follow-parent-access.ts)
    followParentAccess({
      'customer-users': { parent: 'customers', paths: ['customer'] },
      addresses: { parent: 'customers', paths: ['customer', 'customerUser.customer'] },
    }),
    strictNumbers,
    // after strictNumbers and every plugin that adds fields: groups, joins and virtual fields skip Payload's no-op check
    skipNoOpValidations,
    // after every plugin that adds texts or beforeChange hooks: length-only text checks made once per save
    checkTextLengthsOnce,
    // a deadlock or serialization failure PostgreSQL broke by failing the request's transaction: 409, not 500
    transactionConflictsAs409,
    // every job its own req.context (Payload shares one across a batch run in parallel), once all tasks are added
    ownJobContexts,
    // last: resolves the calculation stages once and fails the boot on a dangling `replaces`
    verifyRegistry,
  ]
  // hardenPayloadConfig runs on the sanitized config: Payload adds its own collections (jobs, locks, preferences,
  // migrations) while sanitizing, after every plugin (src/kit/payload-internals.ts).
  return buildConfig({
    secret: requireEnv('PAYLOAD_SECRET'),
    serverURL: process.env.BUREAU_SERVER_URL ?? '',
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(process.cwd()) },
      meta: { titleSuffix: ' · Bureau' },
      // Payload's default avatar is a Gravatar image: a request to gravatar.com carrying a hash of the staff email
      // on every admin page, broken without internet access. The built-in default icon is local.
      avatar: 'default',
    },
    collections: [
      Users, Roles, BusinessUnits,
      Customers, CustomerGroups, CustomerUsers, CustomerUserRoles, Addresses,
      Products, ProductVariants, Categories, Attributes, AttributeFamilies, Brands, Media,
      Orders, Websites, Currencies,
    ],
    // Content locales: fields marked `localized` (product names, category titles…) hold one value per locale; a
    // read in a locale without a value falls back to English. REST `?locale=de`, GraphQL `locale: de`.
    localization: {
      locales: [
        { code: 'en', label: 'English' },
        { code: 'de', label: 'Deutsch' },
      ],
      defaultLocale: 'en',
      fallback: true,
    },
    // Languages of the admin interface itself (each user picks one in their account).
    i18n: { supportedLanguages: { en, de }, fallbackLanguage: 'en' },
    editor: lexicalEditor(),
    email: createEmailAdapter(),
    db: postgresAdapter({
      pool: { connectionString: requireEnv('DATABASE_URI'), max: Number(process.env.BUREAU_DB_POOL ?? 20) },
      migrationDir: path.resolve(process.cwd(), 'src/migrations'),
      // pg_trgm: GIN indexes for `like` search on product SKUs and names (collections/catalog/search-indexes.ts)
      extensions: ['pg_trgm'],
      afterSchemaInit: [catalogSearchIndexes],
      // Applied at start-up in production (`npm start`); development and tests push the schema instead.
      prodMigrations: migrations,
    }),
    sharp,
    // Types are generated on purpose (`npm run generate:types`), never as a side effect of a dev or test boot, which
    // would rewrite the tracked file from whatever config that boot used (tests switch plugins off).
    typescript: { autoGenerate: false, outputFile: path.resolve(process.cwd(), 'src/payload-types.ts') },
    // GET /api/health: database, migrations and job queue, for load balancers (src/health.ts)
    endpoints: [healthEndpoint],
    jobs: {
      // No `autoRun`: Payload's runner claims jobs non-atomically and has no lease, so two app processes would
      // deliver events twice. Jobs run in Bureau's claiming runner instead (src/kit/job-claims.ts): inside each app
      // process (src/instrumentation.ts, unless BUREAU_JOBS_AUTORUN=false) and in `npm run worker` processes.
      deleteJobOnComplete: false,
      // Payload lets any logged-in user (a storefront customer user too) run, queue and cancel jobs by default.
      access: { run: administratorsOnlyJobs, queue: administratorsOnlyJobs, cancel: administratorsOnlyJobs },
    },
    plugins,
    // a database restart must not crash the app process (src/db/pool-errors.ts)
    onInit: (payload) => {
      logIdleConnectionErrors(payload)
      // every authenticated request reads its user: one prepared statement instead of the adapter's query builder,
      // and a staff user's roles in the same statement
      installAuthUserReads(payload, { [STAFF_COLLECTION]: userRolesAlongside })
      // Payload's own statements are parsed and planned at every call until they are named
      prepareRepeatedStatements(payload)
      // a create that opted in returns what it wrote instead of reading it back
      createReturnsWritten(payload)
      // audit entries and event deliveries go in with the commit, in one statement
      installCommitInserts(payload)
    },
    telemetry: false,
  }).then(hardenPayloadConfig)
}
