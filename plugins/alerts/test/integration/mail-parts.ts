/**
 * The parts of a multipart email the SMTP sink received (it keeps the raw body): alert emails carry a plain-text
 * and an HTML part, each quoted-printable.
 */
import type { ReceivedMail } from '../../../../test/helpers/smtp-sink'

const decodeQuotedPrintable = (body: string) =>
  Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')

/** The decoded body of the part with this content type, or the whole text when the mail is not multipart. */
export function mailPart(mail: ReceivedMail, type: 'text/plain' | 'text/html'): string {
  const part = mail.text.split(/\n--[^\n]+\n/).find((chunk) => chunk.includes(`Content-Type: ${type}`))
  if (!part) return mail.text
  const [head, ...body] = part.split('\n\n')
  const text = body.join('\n\n').replace(/\n--[^\n]+--\n*$/, '')
  return /quoted-printable/i.test(head) ? decodeQuotedPrintable(text) : text
}

/** The subject with RFC 2047 encoded words decoded (nodemailer encodes non-ASCII subjects: `=?UTF-8?Q?…?=`). */
export function mailSubject(mail: ReceivedMail): string {
  return mail.subject
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}
