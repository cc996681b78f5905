/**
 * Promotion conditions and actions as an extension point (types and registration only; the marketing plugin owns
 * the logic). Each is a small rule with declared arguments (Vendure's `PromotionCondition` / `PromotionAction`
 * style): `fields` are its arguments as Payload fields (they become a block of the promotion form), `check` / `apply`
 * are pure functions over plain data. Any plugin may register more; the marketing plugin registers its own the same
 * way. The registered definitions live in the config (`config.custom.bureauPromotions`), never in module state.
 */
import type { Block, Config, PayloadRequest } from 'payload'

import type { Id } from './ids'

/** A cart line as conditions and actions see it. Amounts in minor units; quantity scaled by 10^3, price by 10^4. */
export type PromotionLine = {
  index: number
  product: Id
  variant: Id | null
  sku: string
  quantity: bigint
  unitPrice: bigint
  /** the line amount before any discount */
  amount: bigint
  /** what is left of the line after the promotions applied so far */
  left: bigint
  /** the product fields the stage loaded (`productFields`) */
  attributes: Record<string, unknown>
}

/** The cart a promotion is evaluated on (pure data, loaded by the discount stage). */
export type PromotionCart = {
  currency: string
  minorDigits: number
  website: Id | null
  customer: Id | null
  customerGroup: Id | null
  shippingCountry: string | null
  /** the subtotal before promotions */
  subtotal: bigint
  lines: PromotionLine[]
}

/**
 * A condition's answer: it holds (optionally naming the only lines the action may discount: a product segment), it
 * does not, or it cannot be evaluated here (e.g. "stock above N" without the inventory plugin): never matches.
 * `why` is shown by the preview.
 */
export type ConditionVerdict =
  | { holds: true; why: string; lines?: readonly number[] }
  | { holds: false; why: string; unavailable?: boolean }

export type PromotionArguments = Record<string, unknown>

export type PromotionConditionDefinition<Facts = unknown> = {
  /** the block slug (camelCase, unique across conditions) */
  code: string
  plugin: string
  label: string
  /** help shown on the block in the admin */
  description: string
  /** the declared arguments */
  fields: Block['fields']
  /** product fields `check` reads from `line.attributes` */
  productFields?: readonly string[]
  /**
   * Loads what `check` needs from the database, once per calculation, for every use of this condition at once
   * (e.g. one stock query for all products). Omit when the cart is enough.
   */
  prepare?: (req: PayloadRequest, uses: readonly PromotionArguments[], cart: PromotionCart) => Promise<Facts>
  check: (args: PromotionArguments, cart: PromotionCart, facts: Facts) => ConditionVerdict
}

/** What an action proposes; the marketing stage caps it at what is left and hands it to the core as adjustments. */
export type ProposedDiscount =
  | { target: 'line'; line: number; amount: bigint }
  | { target: 'order'; amount: bigint }
  | { target: 'shipping'; amount?: bigint; percent?: string }

export type PromotionActionDefinition = {
  code: string
  plugin: string
  label: string
  description: string
  fields: Block['fields']
  /** whether its discount is on lines, on the order or on shipping (orders the kinds when stacking) */
  level: 'line' | 'order' | 'shipping'
  productFields?: readonly string[]
  /** `eligible` are the lines the promotion's conditions allow (all lines without a product segment) */
  apply: (args: PromotionArguments, cart: PromotionCart, eligible: readonly number[]) => ProposedDiscount[]
}

export type PromotionExtensions = {
  conditions: PromotionConditionDefinition[]
  actions: PromotionActionDefinition[]
  /** the blocks the promotions collection offers, kept in step with the definitions (shared arrays) */
  conditionBlocks: Block[]
  actionBlocks: Block[]
}

type WithCustom = Pick<Config, 'custom'>

/** The registered conditions and actions of a config, created empty on first use. */
export function promotionExtensions(config: WithCustom): PromotionExtensions {
  const custom = (config.custom ??= {}) as { bureauPromotions?: PromotionExtensions }
  custom.bureauPromotions ??= { conditions: [], actions: [], conditionBlocks: [], actionBlocks: [] }
  return custom.bureauPromotions
}

const pascal = (code: string) => code.charAt(0).toUpperCase() + code.slice(1)

/** A block named apart from collections in GraphQL and the generated types (a `website` block is not `Website`). */
const blockOf = (kind: 'Condition' | 'Action', definition: { code: string; label: string; description: string; fields: Block['fields'] }): Block => ({
  slug: definition.code,
  interfaceName: `Promotion${kind}${pascal(definition.code)}`,
  labels: { singular: definition.label, plural: definition.label },
  admin: { custom: { description: definition.description } },
  fields: definition.fields,
})

function refuseDuplicate(kind: string, existing: ReadonlyArray<{ code: string; plugin: string }>, definition: { code: string; plugin: string }) {
  const clash = existing.find((known) => known.code === definition.code)
  if (clash) throw new Error(`Plugin "${definition.plugin}" registers the promotion ${kind} "${definition.code}", already registered by "${clash.plugin}"`)
}

/** Adds a promotion condition (a block of the promotion form). A code registered twice fails at boot. */
export function registerPromotionCondition<Facts>(config: Config, definition: PromotionConditionDefinition<Facts>): void {
  const extensions = promotionExtensions(config)
  refuseDuplicate('condition', extensions.conditions, definition)
  extensions.conditions.push(definition as unknown as PromotionConditionDefinition)
  extensions.conditionBlocks.push(blockOf('Condition', definition))
}

/** Adds a promotion action (a block of the promotion form). A code registered twice fails at boot. */
export function registerPromotionAction(config: Config, definition: PromotionActionDefinition): void {
  const extensions = promotionExtensions(config)
  refuseDuplicate('action', extensions.actions, definition)
  extensions.actions.push(definition)
  extensions.actionBlocks.push(blockOf('Action', definition))
}
