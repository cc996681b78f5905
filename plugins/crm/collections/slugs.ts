/** The CRM's collection and global slugs (CONTRACT.md). */
export const ACCOUNTS = 'accounts'
export const CONTACTS = 'contacts'
export const LEADS = 'leads'
export const OPPORTUNITIES = 'opportunities'
export const ACTIVITIES = 'activities'
export const CRM_SETTINGS = 'crm-settings'

/** What an activity can be logged against (polymorphic): every CRM record, and commerce customers. */
export const ACTIVITY_TARGETS = [ACCOUNTS, CONTACTS, LEADS, OPPORTUNITIES, 'customers'] as const

/** Staff data under access levels: `securedCollections` adds owner + businessUnit and the level filters. */
export const SECURED = { bureau: { secured: true } }
