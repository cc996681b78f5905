/**
 * Notification channels every plugin shares (alerts, tasks, inventory, campaigns): email through Payload's email
 * adapter (src/email.ts: SMTP_URL, else logged) and SMS through a provider chosen by the environment:
 * - SMS_PROVIDER_URL set: a Twilio-compatible HTTP API — a form POST of `To`, `From`, `Body` to
 *   `{SMS_PROVIDER_URL}/2010-04-01/Accounts/{SMS_ACCOUNT_SID}/Messages.json` with HTTP basic auth
 *   (SMS_ACCOUNT_SID:SMS_AUTH_TOKEN), sender SMS_FROM;
 * - otherwise the log provider: the message is not sent, its recipient and first words are logged.
 * Call it from a domain-event subscriber declared with `effects: 'external'` (src/kit/events.ts), never inside a
 * request's transaction: a send cannot be rolled back. Each attempt is passed to the registered recorders (the
 * alerts plugin keeps them in `notifications`), success or failure.
 */
import type { Config, Payload } from 'payload'

import { getRegistry } from './registry'

export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

export type NotificationMessage = {
  channel: NotificationChannel
  /** an email address, or a phone number in E.164 (`+15551234567`) */
  to: string
  /** email only */
  subject?: string
  text: string
  /** email only */
  html?: string
}

/** What the caller knows about why the message goes out, kept by recorders beside the outcome. */
export type NotificationContext = {
  /** the record it is about, e.g. `{ collection: 'orders', id: 12 }` */
  about?: { collection: string; id: number | string }
  /** the domain event and rule that caused it */
  event?: string
  rule?: number | string
  /** 1 for the first try; a retried delivery passes its attempt number */
  attempt?: number
  /**
   * The sender's key for this one message (e.g. event id, rule, channel and recipient), the same on every retry:
   * recorders keep one record per key, updated by each attempt, instead of one per attempt.
   */
  key?: string
}

export type NotificationOutcome =
  | { status: 'sent'; provider: string; reference: string | null }
  | { status: 'logged'; provider: 'log' }
  | { status: 'failed'; provider: string; error: string; retryable: boolean }

export type NotificationRecorder = (payload: Payload, message: NotificationMessage, outcome: NotificationOutcome, context: NotificationContext) => Promise<void>

/** A failed send; `retryable` is false for an answer that will not change on retry (a 4xx other than 429). */
export class NotificationError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message)
    this.name = 'NotificationError'
  }
}

export function registerNotificationRecorder(config: Config, recorder: NotificationRecorder): void {
  getRegistry(config).notificationRecorders.push(recorder)
}

type SmsSettings = { url: string; accountSid: string; authToken: string; from: string }

function smsSettings(env: NodeJS.ProcessEnv = process.env): SmsSettings | null {
  const url = env.SMS_PROVIDER_URL?.trim()
  if (!url) return null
  const missing = ['SMS_ACCOUNT_SID', 'SMS_AUTH_TOKEN', 'SMS_FROM'].filter((name) => !env[name]?.trim())
  if (missing.length) throw new NotificationError(`SMS_PROVIDER_URL is set but ${missing.join(', ')} is not`, false)
  return { url: url.replace(/\/+$/, ''), accountSid: env.SMS_ACCOUNT_SID!.trim(), authToken: env.SMS_AUTH_TOKEN!.trim(), from: env.SMS_FROM!.trim() }
}

async function sendSms(settings: SmsSettings, message: NotificationMessage): Promise<NotificationOutcome> {
  const endpoint = `${settings.url}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`,
    },
    body: new URLSearchParams({ To: message.to, From: settings.from, Body: message.text }),
    signal: AbortSignal.timeout(10_000),
  })
  const text = await response.text()
  if (!response.ok) {
    const retryable = response.status >= 500 || response.status === 429
    throw new NotificationError(`SMS provider answered ${response.status}: ${text.slice(0, 200)}`, retryable)
  }
  let reference: string | null = null
  try {
    reference = (JSON.parse(text) as { sid?: string }).sid ?? null
  } catch {
    // a provider answering 2xx without JSON still accepted the message
  }
  return { status: 'sent', provider: 'http', reference }
}

async function deliver(payload: Payload, message: NotificationMessage): Promise<NotificationOutcome> {
  if (!message.to.trim()) throw new NotificationError('a notification needs a recipient', false)
  if (message.channel === 'email') {
    const info = (await payload.sendEmail({ to: message.to, subject: message.subject ?? '', text: message.text, html: message.html })) as
      | { messageId?: string }
      | undefined
    return { status: 'sent', provider: 'email', reference: info?.messageId ?? null }
  }
  const settings = smsSettings()
  if (!settings) {
    payload.logger.info(`[sms] not sent (SMS_PROVIDER_URL unset): to ${message.to} — "${message.text.slice(0, 60)}"`)
    return { status: 'logged', provider: 'log' }
  }
  return sendSms(settings, message)
}

/**
 * Sends one message and tells every recorder how it went. Throws a NotificationError when it failed, so the
 * delivery that called it is retried (or not, when `retryable` is false and the caller chooses to stop).
 */
export async function sendNotification(payload: Payload, message: NotificationMessage, context: NotificationContext = {}): Promise<NotificationOutcome> {
  let outcome: NotificationOutcome
  try {
    outcome = await deliver(payload, message)
  } catch (error) {
    const failure = error instanceof NotificationError ? error : new NotificationError(error instanceof Error ? error.message : String(error), true)
    outcome = { status: 'failed', provider: message.channel === 'email' ? 'email' : 'http', error: failure.message, retryable: failure.retryable }
    await record(payload, message, outcome, context)
    throw failure
  }
  await record(payload, message, outcome, context)
  return outcome
}

async function record(payload: Payload, message: NotificationMessage, outcome: NotificationOutcome, context: NotificationContext) {
  for (const recorder of getRegistry(payload.config).notificationRecorders) await recorder(payload, message, outcome, context)
}
