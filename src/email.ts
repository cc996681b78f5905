/**
 * Outgoing email. SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) sends through that server; without it the
 * message is rendered and written to the log, so a fresh clone never tries to reach a mail server it does not have.
 */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

export function createEmailAdapter() {
  const smtpUrl = process.env.SMTP_URL
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM ?? 'no-reply@bureau.local',
    defaultFromName: process.env.EMAIL_FROM_NAME ?? 'Bureau',
    transport: smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ jsonTransport: true }),
    skipVerify: !smtpUrl,
  })
}
