/**
 * The kit's notification channels (src/kit/notifications.ts), over real wires: SMS to a local fake Twilio-compatible
 * HTTP server (form fields, basic auth, the provider's message id), email through SMTP to the local sink; a provider
 * error is a NotificationError saying whether a retry can help; every attempt reaches the registered recorders.
 */
import type { Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { NotificationError, registerNotificationRecorder, sendNotification, type NotificationOutcome } from '../../src/kit'
import { startFakeHttpServer, type FakeHttpServer } from '../helpers/fake-http-server'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtp-sink'

let app: TestApp
let sms: FakeHttpServer
let sink: Awaited<ReturnType<typeof startSmtpSink>>
const recorded: Array<{ to: string; outcome: NotificationOutcome; attempt?: number }> = []

const recorder: Plugin = (config) => {
  registerNotificationRecorder(config, async (_payload, message, outcome, context) => void recorded.push({ to: message.to, outcome, attempt: context.attempt }))
  return config
}

beforeAll(async () => {
  sms = await startFakeHttpServer()
  sink = await startSmtpSink()
  Object.assign(process.env, { SMS_PROVIDER_URL: sms.url, SMS_ACCOUNT_SID: 'AC-test', SMS_AUTH_TOKEN: 'secret-token', SMS_FROM: '+15550001111', SMTP_URL: sink.url })
  app = await startTestApp({ extraPlugins: [recorder] })
})
afterAll(async () => {
  await app?.close()
  await sms?.close()
  await sink?.stop()
  for (const name of ['SMS_PROVIDER_URL', 'SMS_ACCOUNT_SID', 'SMS_AUTH_TOKEN', 'SMS_FROM', 'SMTP_URL']) delete process.env[name]
})

describe('SMS over a Twilio-compatible HTTP provider', () => {
  it('posts To, From and Body as a form with basic auth to the account’s Messages resource', async () => {
    sms.answerNext({ status: 201, body: { sid: 'SM123' } })
    const outcome = await sendNotification(app.payload, { channel: 'sms', to: '+15557654321', text: 'Order BO-1 placed' }, { attempt: 1 })
    expect(outcome).toEqual({ status: 'sent', provider: 'http', reference: 'SM123' })
    const [request] = await sms.waitFor(1)
    expect(request.method).toBe('POST')
    expect(request.path).toBe('/2010-04-01/Accounts/AC-test/Messages.json')
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('AC-test:secret-token').toString('base64')}`)
    expect(Object.fromEntries(request.form)).toEqual({ To: '+15557654321', From: '+15550001111', Body: 'Order BO-1 placed' })
    expect(recorded.at(-1)).toEqual({ to: '+15557654321', outcome, attempt: 1 })
  })

  it('fails retryably on a 503 and for good on a 400, recording each failure', async () => {
    sms.answerNext({ status: 503, body: 'down' }, { status: 400, body: { message: 'The To number is not a valid phone number' } })
    const first = await sendNotification(app.payload, { channel: 'sms', to: '+15557654321', text: 'retry me' }).catch((error: unknown) => error)
    expect(first).toBeInstanceOf(NotificationError)
    expect(first).toMatchObject({ retryable: true })
    const second = await sendNotification(app.payload, { channel: 'sms', to: '+1', text: 'bad number' }).catch((error: unknown) => error)
    expect(second).toMatchObject({ retryable: false, message: expect.stringContaining('400') })
    expect(recorded.slice(-2).map((entry) => entry.outcome.status)).toEqual(['failed', 'failed'])
  })
})

describe('email', () => {
  it('goes through SMTP to the sink with its subject and text', async () => {
    const outcome = await sendNotification(app.payload, { channel: 'email', to: 'manager@example.test', subject: 'Low stock: SCREW', text: '3 left in Main' })
    expect(outcome.status).toBe('sent')
    const mail = sink.received.find((message) => message.subject === 'Low stock: SCREW')
    expect(mail?.to).toEqual(['manager@example.test'])
    expect(mail?.text).toContain('3 left in Main')
  })

  it('refuses a message without a recipient, for good', async () => {
    await expect(sendNotification(app.payload, { channel: 'email', to: ' ', subject: 'x', text: 'x' })).rejects.toMatchObject({ retryable: false })
  })
})
