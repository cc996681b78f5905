import type { Payload } from 'payload'

import { NotificationError, sendNotification, type DomainEventName, type DomainEventSubscriber } from '../../../src/kit'
import { NOTIFICATIONS_SLUG } from '../collections/notifications'
import type { AlertEvent, AlertRule } from '../rules/alert-rule'
import { composeMessage } from '../rules/compose-message'
import { matchRules } from '../rules/match-rules'
import type { TemplateVariables } from '../rules/render-template'
import { resolveRecipients } from '../rules/resolve-recipients'
import { loadDirectory } from './load-directory'
import { loadRules } from './load-rules'
import type { OccurrenceLoader } from './occurrences'

export type AlertDeliveryOptions = {
  builtInRules: readonly AlertRule[]
  staffRecipients: readonly string[]
}

/** One message's key: the same on every retry of the event's delivery, different for every other message. */
export const sendKeyOf = (eventId: string, rule: AlertRule, channel: string, to: string) => `${eventId}|${rule.key}|${channel}|${to.toLowerCase()}`

/** A message already settled by an earlier attempt: delivered (or logged), or refused for good. */
async function settled(payload: Payload, key: string): Promise<{ attempts: number } | 'done'> {
  const [record] = (await payload.find({ collection: NOTIFICATIONS_SLUG, where: { sendKey: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })).docs
  if (!record) return { attempts: 0 }
  return record.status !== 'failed' || record.retryable === false ? 'done' : { attempts: record.attempts ?? 0 }
}

function localesOf(payload: Payload) {
  const localization = payload.config.localization
  return localization ? { available: localization.localeCodes, default: localization.defaultLocale } : { available: ['en'], default: 'en' }
}

/**
 * The subscriber of one event: load the occurrence, match the built-in and stored rules, resolve each rule's
 * recipients, and send each (rule, channel, recipient) message once. It runs as an `external` delivery, so the kit
 * never runs it for the same event twice at once; each message is keyed by the event id, so a retry after a failed
 * attempt sends only what is not yet sent (and not what failed for good, such as an invalid number). Any retryable
 * failure fails the delivery after every other message was tried, and the job runner retries it.
 */
export function deliverAlerts<Event extends DomainEventName>(
  alertEvent: AlertEvent,
  load: OccurrenceLoader<Event>,
  options: AlertDeliveryOptions,
): DomainEventSubscriber<Event>['handler'] {
  return async ({ data, event, eventId, req }) => {
    const { payload } = req
    const loaded = await load(payload, data, req)
    if (!loaded) return
    const rules = [...options.builtInRules.filter((rule) => rule.event === alertEvent), ...(await loadRules(payload, alertEvent))]
    const matched = matchRules(rules, loaded.occurrence)
    if (!matched.length) return
    const directory = await loadDirectory(payload, matched, loaded.order, options.staffRecipients)
    const locales = localesOf(payload)
    const byLocale = new Map<string, TemplateVariables>()
    const variablesFor = (locale: string) => byLocale.get(locale) ?? byLocale.set(locale, loaded.variables(locale)).get(locale)!
    const failures: string[] = []
    for (const rule of matched) {
      for (const recipient of resolveRecipients(rule.recipients, rule.channels, directory)) {
        const key = sendKeyOf(eventId, rule, recipient.channel, recipient.to)
        const earlier = await settled(payload, key)
        if (earlier === 'done') continue
        const { message, missing } = composeMessage(rule, recipient, variablesFor, locales)
        if (missing.length) payload.logger.warn(`[alerts] rule "${rule.name}" uses unknown variables: ${missing.join(', ')}`)
        try {
          await sendNotification(payload, message, { about: loaded.about, event, rule: rule.key, key, attempt: earlier.attempts + 1 })
        } catch (error) {
          if (!(error instanceof NotificationError) || error.retryable) failures.push(`${recipient.channel} to ${recipient.to}: ${(error as Error).message}`)
        }
      }
    }
    if (failures.length) throw new Error(`${failures.length} alert message(s) not delivered, to be retried: ${failures.join('; ')}`)
  }
}
