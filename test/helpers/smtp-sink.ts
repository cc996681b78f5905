/**
 * A real SMTP server on loopback that keeps what it receives, for email tests: the app sends through nodemailer
 * over TCP exactly as in production. `rejectNext(n)` makes the next n deliveries fail with a 451, to test retries.
 * `hold()` keeps every message that arrives waiting for the server's answer until `release()`: a sender that dies
 * meanwhile never got its 250, so, as a real server must, the sink does not accept that message (counted in
 * `dropped`). Tests use it to kill a worker in the middle of a send.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; raw: string; subject: string; text: string }

/** Decodes the quoted-printable body nodemailer may use for non-ASCII text. */
const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const [head, ...bodyParts] = raw.split(/\r?\n\r?\n/)
  const headers = head.replace(/\r?\n[ \t]+/g, ' ')
  const subject = /^Subject: (.*)$/im.exec(headers)?.[1] ?? ''
  const body = bodyParts.join('\n\n')
  const text = /Content-Transfer-Encoding: quoted-printable/i.test(headers) ? decodeQuotedPrintable(body) : body
  return { from, to, raw, subject, text: text.replace(/\r\n/g, '\n') }
}

type Held = { sessionId: string; mail: ReceivedMail; answer: () => void }

export async function startSmtpSink() {
  const received: ReceivedMail[] = []
  let failuresLeft = 0
  let holding = false
  const held: Held[] = []
  const closedSessions = new Set<string>()
  const stats = { dropped: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id)
      for (let index = held.length - 1; index >= 0; index -= 1) {
        if (held[index].sessionId !== session.id) continue
        held.splice(index, 1)
        stats.dropped += 1
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft -= 1
          const error = new Error('Try again later') as Error & { responseCode: number }
          error.responseCode = 451
          return callback(error)
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        const mail = parse(Buffer.concat(chunks).toString('utf8'), from, session.envelope.rcptTo.map((rcpt) => rcpt.address))
        const answer = () => {
          received.push(mail)
          callback()
        }
        if (holding) held.push({ sessionId: session.id, mail, answer })
        else answer()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    rejectNext: (count: number) => {
      failuresLeft = count
    },
    /** messages waiting for an answer while holding */
    held: () => held.length,
    /** messages whose sender disconnected before it got an answer (never accepted) */
    dropped: () => stats.dropped,
    hold: () => {
      holding = true
    },
    release: () => {
      holding = false
      for (const message of held.splice(0)) if (!closedSessions.has(message.sessionId)) message.answer()
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
