/**
 * The domain plugins, in the order they apply, each with its typed options. Each can be switched off, from code
 * (`buildBureauConfig({ plugins: { audit: { enabled: false } } })`) or from the environment
 * (BUREAU_DISABLE_PLUGINS=audit,shipping), and the app still boots: its slugs disappear, nothing else changes.
 * `npm run plugin:new -- <name>` adds a line to PLUGINS (keep the markers).
 */
import type { Plugin } from 'payload'

import { auditPlugin } from '../plugins/audit'
import { alertsPlugin } from '../plugins/alerts'
import { pricingPlugin } from '../plugins/pricing'
import { marketingPlugin } from '../plugins/marketing'
import { shippingPlugin } from '../plugins/shipping'
import { taxesPlugin } from '../plugins/taxes'
import { tasksPlugin } from '../plugins/tasks'
import { crmPlugin } from '../plugins/crm'
import { inventoryPlugin } from '../plugins/inventory'
import { paymentsPlugin } from '../plugins/payments'
// plugin:new imports

/** name → the plugin's factory; options pass through unchanged. Audit is applied last (see bureauPlugins). */
const PLUGINS = {
  pricing: pricingPlugin,
  marketing: marketingPlugin,
  shipping: shippingPlugin,
  taxes: taxesPlugin,
  inventory: inventoryPlugin,
  // after inventory, before alerts and audit: alerts subscribe to the payment events it emits
  payments: paymentsPlugin,
  // crm and inventory before tasks: tasks adds its panel to the records they define
  crm: crmPlugin,
  tasks: tasksPlugin,
  alerts: alertsPlugin,
  // plugin:new entries
  audit: auditPlugin,
} satisfies Record<string, (options: never) => Plugin>

export type PluginName = keyof typeof PLUGINS

/** Each plugin's own options type (every option documented with its default in the plugin's index.ts). */
export type BureauPluginOptions = { [Name in PluginName]?: NonNullable<Parameters<(typeof PLUGINS)[Name]>[0]> }

const disabledByEnv = () =>
  new Set((process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).filter(Boolean))

function build<Name extends PluginName>(name: Name, options: BureauPluginOptions[Name], disabled: ReadonlySet<string>): Plugin {
  const factory = PLUGINS[name] as (options: BureauPluginOptions[Name]) => Plugin
  return factory({ ...options, enabled: options?.enabled ?? !disabled.has(name) } as BureauPluginOptions[Name])
}

/**
 * The plugins in the order they apply: the domain plugins, then `extra` (an integrator's plugins, a test's probe),
 * then audit, which hooks into every collection configured by then, so it records the others' collections too.
 */
export function bureauPlugins(options: BureauPluginOptions = {}, extra: Plugin[] = []): Plugin[] {
  const disabled = disabledByEnv()
  const names = Object.keys(PLUGINS) as PluginName[]
  const domain = names.filter((name) => name !== 'audit').map((name) => build(name, options[name], disabled))
  return [...domain, ...extra, build('audit', options.audit, disabled)]
}
