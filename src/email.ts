/**
 * Outgoing email. SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) sends through that server; without it the
 * message is not sent but logged (recipient and subject), so a fresh clone never tries to reach a mail server it
 * does not have, and a developer still sees what would have gone out.
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport } from 'nodemailer'

type LoggedMail = { to: string; subject: string }

const addressList = (value: unknown): string => {
  const items = Array.isArray(value) ? value : value ? [value] : []
  return items.map((item) => (typeof item === 'object' && item && 'address' in item ? String((item as { address: unknown }).address) : String(item))).join(', ')
}

/** A nodemailer transport that sends nothing and logs each message's recipients and subject. */
export function loggingTransport(log: (mail: LoggedMail) => void = ({ to, subject }) => console.info(`[email] not sent (SMTP_URL unset): to ${to} — "${subject}"`)): Transport {
  return {
    name: 'bureau-log',
    version: '1',
    send: (mail, callback) => {
      const { to, cc, bcc, subject } = mail.data as { to?: unknown; cc?: unknown; bcc?: unknown; subject?: unknown }
      log({ to: [to, cc, bcc].map(addressList).filter(Boolean).join(', '), subject: String(subject ?? '') })
      callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
    },
  }
}

export function createEmailAdapter() {
  const smtpUrl = process.env.SMTP_URL
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM ?? 'no-reply@bureau.local',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Bureau',
    transport: smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport(loggingTransport()),
    skipVerify: !smtpUrl,
  })
}
