import type { Plugin } from 'payload'

export type AuditPluginOptions = { enabled?: boolean }

/** Placeholder until the audit plugin lands in this change (see plugins/audit/README.md). */
export const auditPlugin =
  (_options: AuditPluginOptions = {}): Plugin =>
  (config) =>
    config
