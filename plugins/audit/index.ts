import type { Plugin } from 'payload'

import { extendCollection } from '../../src/kit'
import { AUDIT_LOG_SLUG, auditLogCollection } from './collections/audit-log'
import { recordChange, recordDeletion, SKIP_AUDIT } from './hooks/record-changes'

export { SKIP_AUDIT }

export type AuditPluginOptions = {
  /**
   * false removes the plugin: no audit collection, no hooks.
   * @default true
   */
  enabled?: boolean
  /**
   * Slug of the audit collection.
   * @default 'audit-log'
   */
  collectionSlug?: string
  /**
   * Slugs of further collections not audited (Payload's own collections and the audit log never are).
   * @default []
   */
  excludeCollections?: string[]
  /**
   * Further field names (any depth) or dotted paths (`lines.unitPrice`) never recorded, beside the secrets.
   * @default []
   */
  excludeFields?: string[]
}

/** Payload's internal collections, never audited; so is any other `payload-*` slug. */
export const PAYLOAD_COLLECTIONS = [
  'payload-jobs',
  'payload-preferences',
  'payload-migrations',
  'payload-locked-documents',
  'payload-kv',
  'payload-folders',
]

/** Auth secrets and login bookkeeping, never recorded whatever the options say. */
export const SECRET_FIELDS = [
  'password',
  'confirmPassword',
  'hash',
  'salt',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
]

/**
 * An audit log of every change: each collection in the config when the plugin runs (it runs last among Bureau's
 * plugins, so it also covers the collections other plugins add) gets hooks that write an entry with the user, the
 * operation and the changed fields' values before and after, in the change's own transaction.
 */
export const auditPlugin =
  (options: AuditPluginOptions = {}): Plugin =>
  (incoming) => {
    if (options.enabled === false) return incoming
    const auditSlug = options.collectionSlug ?? AUDIT_LOG_SLUG
    const skipped = new Set([auditSlug, ...PAYLOAD_COLLECTIONS, ...(options.excludeCollections ?? [])])
    const settings = { auditSlug, excludeFields: new Set([...SECRET_FIELDS, ...(options.excludeFields ?? [])]) }
    let config = incoming
    for (const { slug } of incoming.collections ?? []) {
      if (skipped.has(slug) || slug.startsWith('payload-')) continue
      config = extendCollection(config, 'audit', slug, {
        hooks: { afterChange: [recordChange(settings)], afterDelete: [recordDeletion(settings)] },
      })
    }
    return { ...config, collections: [...(config.collections ?? []), auditLogCollection(auditSlug)] }
  }
