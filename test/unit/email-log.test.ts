/** Without SMTP_URL, emails are logged (recipients and subject), not sent (src/email.ts). */
import nodemailer from 'nodemailer'
import { describe, expect, it } from 'vitest'

import { loggingTransport } from '../../src/email'

describe('the logging email transport', () => {
  it('logs every recipient and the subject of each message', async () => {
    const logged: Array<{ to: string; subject: string }> = []
    const transport = nodemailer.createTransport(loggingTransport((mail) => logged.push(mail)))
    await transport.sendMail({ from: 'no-reply@bureau.local', to: ['a@x.test', 'b@x.test'], cc: 'c@x.test', subject: 'New order BO-1', text: 'hi' })
    expect(logged).toEqual([{ to: 'a@x.test, b@x.test, c@x.test', subject: 'New order BO-1' }])
  })
})
