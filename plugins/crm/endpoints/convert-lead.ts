import { sql } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, initTransaction, killTransaction, ValidationError, type DataFromCollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { idOf, transactionOf, validationError, type Id } from '../../../src/kit'
import { ACCOUNTS, CONTACTS, CRM_SETTINGS, LEADS, OPPORTUNITIES } from '../collections/slugs'
import { CONVERTING_LEAD } from '../hooks/check-lead-status'
import { refusal } from '../hooks/refuse'
import { CONVERTIBLE, conversionIssue, LEAD_CHANGED_MEANWHILE, type LeadStatus } from '../rules/lead-status'
import { stagesOf, type Stage } from '../rules/opportunity'
import { jsonBody, optionalId, requireStaff, routeId } from './request'

/** What the caller may choose; everything else comes from the lead. */
export type ConversionInput = {
  /** link this account instead of creating one */
  account?: Id
  /** link this contact instead of creating one (it must belong to no account or to the same one) */
  contact?: Id
  /** the opportunity to open (name, stage, amount, currency default to the lead's), or false for none */
  opportunity?: false | { name?: string; stage?: string; amount?: number; currency?: Id; expectedCloseDate?: string }
}

export type ConversionResult = {
  lead: DataFromCollectionSlug<'leads'>
  account: DataFromCollectionSlug<'accounts'>
  contact: DataFromCollectionSlug<'contacts'>
  opportunity: DataFromCollectionSlug<'opportunities'> | null
}

type Lead = Record<string, unknown> & { id: Id; status: LeadStatus }

/** Errors of a nested create, renamed under the input key they came from (`opportunity.amount`). */
async function under<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const errors = (error.data as { errors?: { path: string; message: string }[] }).errors ?? []
    throw validationError(errors.map((issue) => ({ path: `${prefix}.${issue.path}`, message: issue.message })), LEADS)
  }
}

/**
 * The conversion, inside the caller's transaction: claims the lead with one conditional UPDATE (a second,
 * concurrent conversion waits on the row and then finds it converted: 409), links or creates the account and the
 * contact, opens the opportunity, then records the links on the lead. Every write goes through the local API with
 * the caller's access, so their levels decide what they may create, link and update.
 */
async function convertInTransaction(req: PayloadRequest, id: Id, input: ConversionInput): Promise<ConversionResult> {
  const asCaller = { depth: 0, overrideAccess: false, user: req.user, req } as const
  const lead = (await req.payload.findByID({ collection: LEADS, id, ...asCaller })) as unknown as Lead
  const claimed = await (await transactionOf(req, 'crm: claiming the lead')).execute(
    sql`update leads set status = 'converted' where id = ${lead.id} and status in (${sql.join(CONVERTIBLE.map((status) => sql`${status}`), sql`, `)}) returning id`,
  )
  if (claimed.rows.length === 0) throw refusal(conversionIssue(lead.status) ?? LEAD_CHANGED_MEANWHILE, LEADS)

  const person = [lead.firstName, lead.lastName].filter(Boolean).join(' ')
  const accountId = input.account ?? idOf(lead.account)
  const account = accountId
    ? await req.payload.findByID({ collection: ACCOUNTS, id: accountId, ...asCaller })
    : await under('account', () =>
        req.payload.create({ collection: ACCOUNTS, data: { name: String(lead.companyName || person || lead.name), email: lead.email as string, phone: lead.phone as string }, ...asCaller }),
      )

  let contact
  if (input.contact !== undefined) {
    contact = await req.payload.findByID({ collection: CONTACTS, id: input.contact, ...asCaller })
    const linked = idOf(contact.account)
    if (linked !== null && String(linked) !== String(account.id)) throw refusal({ status: 409, path: 'contact', message: 'That contact belongs to another account.' }, LEADS)
    if (linked === null) contact = await req.payload.update({ collection: CONTACTS, id: contact.id, data: { account: account.id }, ...asCaller })
  } else {
    if (!lead.lastName) throw validationError([{ path: 'lastName', message: 'The lead needs a last name to become a contact (or name an existing contact).' }], LEADS)
    const data = {
      firstName: lead.firstName as string,
      lastName: lead.lastName as string,
      position: lead.position as string,
      account: account.id,
      emails: lead.email ? [{ email: lead.email as string }] : [],
      phones: lead.phone ? [{ phone: lead.phone as string }] : [],
    }
    contact = await under('contact', () => req.payload.create({ collection: CONTACTS, data, ...asCaller }))
  }

  let opportunity = null
  if (input.opportunity !== false) {
    const wanted = input.opportunity ?? {}
    const settings = await req.payload.findGlobal({ slug: CRM_SETTINGS, depth: 0, req })
    const currency = wanted.currency ?? idOf(lead.currency)
    if (currency === null) throw validationError([{ path: 'opportunity.currency', message: 'Name the currency (the lead has none).' }], LEADS)
    const data = {
      name: wanted.name ?? String(lead.name),
      account: account.id,
      contact: contact.id,
      stage: wanted.stage ?? stagesOf(settings.stages as Stage[] | null | undefined)[0].name,
      amount: wanted.amount ?? (lead.estimatedValue as number | null) ?? 0,
      currency,
      expectedCloseDate: wanted.expectedCloseDate,
    }
    opportunity = await under('opportunity', () => req.payload.create({ collection: OPPORTUNITIES, data: data as never, ...asCaller }))
  }

  const converted = await req.payload.update({
    collection: LEADS,
    id: lead.id,
    data: { status: 'converted', convertedAt: new Date().toISOString(), account: account.id, contact: contact.id, opportunity: opportunity?.id ?? null },
    context: { [CONVERTING_LEAD]: lead.id },
    ...asCaller,
  })
  return { lead: converted, account, contact, opportunity }
}

/** Converts the lead in one transaction (the caller's, or a new one committed here): all of it, or nothing. */
export async function convertLead(req: PayloadRequest, id: Id, input: ConversionInput): Promise<ConversionResult> {
  requireStaff(req)
  const owns = await initTransaction(req)
  try {
    const result = await convertInTransaction(req, id, input)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** The request body as a conversion input, or a 400 naming the field. */
export function conversionInput(body: Record<string, unknown>): ConversionInput {
  const raw = body.opportunity
  if (raw !== undefined && raw !== null && raw !== false && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw validationError([{ path: 'opportunity', message: 'An object, or false for no opportunity' }], LEADS)
  }
  const wanted = (raw ?? {}) as Record<string, unknown>
  const text = (key: string) => {
    const value = wanted[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') throw validationError([{ path: `opportunity.${key}`, message: 'Must be text' }], LEADS)
    return value
  }
  const amount = wanted.amount
  if (amount !== undefined && amount !== null && typeof amount !== 'number') throw validationError([{ path: 'opportunity.amount', message: 'Must be a whole number of minor units' }], LEADS)
  return {
    account: optionalId(body.account, 'account', LEADS),
    contact: optionalId(body.contact, 'contact', LEADS),
    opportunity:
      raw === false
        ? false
        : { name: text('name'), stage: text('stage'), amount: amount ?? undefined, currency: optionalId(wanted.currency, 'opportunity.currency', LEADS), expectedCloseDate: text('expectedCloseDate') },
  }
}

/** `POST /api/leads/:id/convert` (GraphQL twin: mutation `convertLead`). */
export const convertLeadEndpoint: Endpoint = {
  path: '/:id/convert',
  method: 'post',
  handler: async (req) => {
    requireStaff(req)
    const id = routeId(req)
    const input = conversionInput(await jsonBody(req, LEADS))
    return Response.json(await convertLead(req, id, input))
  },
}
