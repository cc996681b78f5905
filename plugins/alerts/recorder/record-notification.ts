import type { NotificationRecorder } from '../../../src/kit'
import { NOTIFICATIONS_SLUG } from '../collections/notifications'

const EXCERPT = 500
/** the kit's bound for text fields (src/kit/input-bounds.ts); a longer subject would fail the record */
const TEXT_MAX = 1000

/** `rule:12` → 12 (an `alert-rules` document); built-in rules (`default:…`) have no document. */
export const ruleIdOf = (ruleKey: string | number | undefined): number | null => {
  const match = /^rule:(\d+)$/.exec(String(ruleKey ?? ''))
  return match ? Number(match[1]) : null
}

/**
 * Keeps every attempt the kit's channels make, from any plugin, in `notifications`. A message sent with a `key`
 * (the alert subscribers' sends) keeps one record, updated by each attempt: `failed` with the error, then `sent`
 * with the attempts counted. Messages without a key get a record per attempt.
 *
 * It runs after the send, outside any request transaction (the message is already out): a failure to record is
 * logged, never thrown, because throwing would make the delivery retry and send the message again.
 */
export const recordNotification: NotificationRecorder = async (payload, message, outcome, context) => {
  try {
    const ruleKey = context.rule === undefined ? null : String(context.rule)
    const about = context.about
    const result = {
      status: outcome.status,
      provider: outcome.provider,
      reference: outcome.status === 'sent' ? outcome.reference : null,
      ...(outcome.status === 'failed' ? { error: outcome.error, retryable: outcome.retryable } : { retryable: false }),
      lastAttemptAt: new Date().toISOString(),
    }
    const existing = context.key
      ? (await payload.find({ collection: NOTIFICATIONS_SLUG, where: { sendKey: { equals: context.key } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
      : undefined
    if (existing) {
      await payload.update({ collection: NOTIFICATIONS_SLUG, id: existing.id, data: { ...result, attempts: (existing.attempts ?? 0) + 1 }, overrideAccess: true, depth: 0 })
      return
    }
    await payload.create({
      collection: NOTIFICATIONS_SLUG,
      data: {
        ...result,
        channel: message.channel,
        recipient: message.to,
        subject: message.subject?.slice(0, TEXT_MAX) ?? null,
        excerpt: message.text.slice(0, EXCERPT),
        attempts: context.attempt ?? 1,
        event: context.event ?? null,
        rule: ruleIdOf(ruleKey ?? undefined),
        ruleKey,
        order: about?.collection === 'orders' ? Number(about.id) : null,
        aboutCollection: about && about.collection !== 'orders' ? about.collection : null,
        aboutId: about && about.collection !== 'orders' ? String(about.id) : null,
        sendKey: context.key ?? null,
      },
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    payload.logger.error({ err: error, to: message.to, channel: message.channel }, '[alerts] could not record a notification')
  }
}
