/**
 * The domain plugins, in the order they apply. Each can be switched off, from code
 * (`buildBureauConfig({ plugins: { audit: { enabled: false } } })`) or from the environment
 * (BUREAU_DISABLE_PLUGINS=audit,shipping), and the app still boots: its slugs disappear, nothing else changes.
 */
import type { Plugin } from 'payload'

import { auditPlugin } from '../plugins/audit'
import { orderAlertsPlugin } from '../plugins/order-alerts'
import { shippingPlugin } from '../plugins/shipping'

export type PluginSwitches = Partial<Record<PluginName, { enabled?: boolean }>>

/** name → factory taking `{ enabled }`; the audit plugin is applied last (see bureauPlugins). */
const PLUGINS = {
  shipping: (enabled: boolean) => shippingPlugin({ enabled }),
  'order-alerts': (enabled: boolean) => orderAlertsPlugin({ enabled }),
  audit: (enabled: boolean) => auditPlugin({ enabled }),
} satisfies Record<string, (enabled: boolean) => Plugin>

export type PluginName = keyof typeof PLUGINS

const disabledByEnv = () =>
  new Set((process.env.BUREAU_DISABLE_PLUGINS ?? '').split(',').map((name) => name.trim()).filter(Boolean))

/**
 * The plugins in the order they apply: the domain plugins, then `extra` (an integrator's plugins, a test's probe),
 * then audit, which hooks into every collection configured by then, so it records the others' collections too.
 */
export function bureauPlugins(switches: PluginSwitches = {}, extra: Plugin[] = []): Plugin[] {
  const disabled = disabledByEnv()
  const build = (name: PluginName) => PLUGINS[name](switches[name]?.enabled ?? !disabled.has(name))
  const domain = (Object.keys(PLUGINS) as PluginName[]).filter((name) => name !== 'audit').map(build)
  return [...domain, ...extra, build('audit')]
}
