/**
 * The gateway adapters of a config: the plugin options' `gateways`, kept in the config (`custom.payments`) so every
 * process built from the same config has the same adapters and no module state is involved.
 */
import type { Config, Payload } from 'payload'

import type { GatewayAdapter } from './contract'

type PaymentsCustom = { gateways: Readonly<Record<string, GatewayAdapter>> }

export function storeGateways(config: Config, gateways: Readonly<Record<string, GatewayAdapter>>): void {
  ;(config.custom ??= {}).payments = { gateways } satisfies PaymentsCustom
}

export function gatewayNamed(payload: Payload, name: string | null | undefined): GatewayAdapter | null {
  const gateways = (payload.config.custom as { payments?: PaymentsCustom } | undefined)?.payments?.gateways ?? {}
  return name && Object.hasOwn(gateways, name) ? gateways[name] : null
}
