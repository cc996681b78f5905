/**
 * Builds the whole Bureau config: database, editor, email, core collections and the plugin list. payload.config.ts
 * exports its result; the test harness builds variants (a plugin switched off) through the same function.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig, type Plugin } from 'payload'
import sharp from 'sharp'

import { Media } from '../collections/catalog/media'
import { Products } from '../collections/catalog/products'
import { Customers } from '../collections/customers/customers'
import { Currencies } from '../collections/sales/currencies'
import { Orders } from '../collections/sales/orders'
import { Websites } from '../collections/sales/websites'
import { Roles } from '../collections/security/roles'
import { Users } from '../collections/security/users'
import { createEmailAdapter } from './email'
import { migrations } from './migrations'
import { strictNumbers } from './kit/strict-numbers'
import { bureauPlugins, type PluginSwitches } from './plugins'

export type BureauConfigOptions = {
  /** per-plugin switches; a plugin left out keeps its defaults (enabled) */
  plugins?: PluginSwitches
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

export function buildBureauConfig(options: BureauConfigOptions = {}) {
  // strictNumbers goes last so it also covers the fields plugins add.
  const plugins: Plugin[] = [...bureauPlugins(options.plugins, options.extraPlugins), strictNumbers]
  return buildConfig({
    secret: requireEnv('PAYLOAD_SECRET'),
    serverURL: process.env.BUREAU_SERVER_URL ?? '',
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(process.cwd()) },
      meta: { titleSuffix: ' · Bureau' },
    },
    collections: [Users, Roles, Customers, Products, Media, Orders, Websites, Currencies],
    editor: lexicalEditor(),
    email: createEmailAdapter(),
    db: postgresAdapter({
      pool: { connectionString: requireEnv('DATABASE_URI'), max: Number(process.env.BUREAU_DB_POOL ?? 20) },
      migrationDir: path.resolve(process.cwd(), 'src/migrations'),
      // Applied at start-up in production (`npm start`); development and tests push the schema instead.
      prodMigrations: migrations,
    }),
    sharp,
    // Types are generated on purpose (`npm run generate:types`), never as a side effect of a dev or test boot, which
    // would rewrite the tracked file from whatever config that boot used (tests switch plugins off).
    typescript: { autoGenerate: false, outputFile: path.resolve(process.cwd(), 'src/payload-types.ts') },
    jobs: {
      // The job runner delivering domain events in-process; switched off where a separate `payload jobs:run`
      // worker takes the queue, and in tests, which run jobs explicitly.
      autoRun:
        process.env.BUREAU_JOBS_AUTORUN === 'false' ? undefined : [{ cron: '*/5 * * * * *', queue: 'default', limit: 50 }],
      deleteJobOnComplete: false,
    },
    plugins,
    telemetry: false,
  })
}
