/**
 * PAYLOAD_SECRET signs JWTs and encrypts API keys. When the environment does not provide one we generate a random
 * secret once and keep it in `.data/`, so a fresh clone runs with no set-up and sessions survive restarts, while no
 * secret is ever committed.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from './resolve'

export function resolvePayloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(projectRoot, '.data', 'payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}
