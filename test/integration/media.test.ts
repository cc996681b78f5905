import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createStaff } from '../helpers/fixtures'
import type { Media } from '../../src/payload-types'
import type { DocResponse, ValidationErrorResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let token: string

beforeAll(async () => {
  app = await startTestApp()
  await createStaff(app.payload)
  token = await app.login(ADMIN.email, ADMIN.password)
})
afterAll(async () => {
  await app?.close()
  fs.rmSync(path.resolve(process.env.BUREAU_MEDIA_DIR!), { recursive: true, force: true })
})

/** An uploaded image as the REST answer carries it: every configured size written. */
type Upload = WithFields<Media, { sizes: Record<'thumbnail' | 'card' | 'large', { width: number; height: number; filename: string }> }>

const upload = async <T = DocResponse<Upload>>(file: Blob, name: string, data: Record<string, unknown>, withToken = true) => {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify(data))
  return app.rest.post<T>('/media', { body: form, token: withToken ? token : undefined })
}

describe('media uploads are resized by sharp', () => {
  it('stores the original and every configured size through REST', async () => {
    const png = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#3366cc' } }).png().toBuffer()
    const response = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'blue.png', { alt: 'A blue square' })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc).toMatchObject({ alt: 'A blue square', width: 1200, height: 900, mimeType: 'image/png' })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 160, height: 160 })
    expect(doc.sizes.card).toMatchObject({ width: 480, height: 480 })
    expect(doc.sizes.large).toMatchObject({ width: 1200, height: 900 }) // never enlarged
    const thumbnail = path.resolve(process.env.BUREAU_MEDIA_DIR!, doc.sizes.thumbnail.filename)
    const metadata = await sharp(thumbnail).metadata()
    expect([metadata.width, metadata.height]).toEqual([160, 160])
  })

  it('refuses an upload without the required alt text, naming the field', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer()
    const response = await upload<ValidationErrorResponse>(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'black.png', {})
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('alt')
  })

  it('refuses a file type that is not allowed', async () => {
    const response = await upload(new Blob(['#!/bin/sh\necho hi\n'], { type: 'application/x-sh' }), 'script.sh', { alt: 'nope' })
    expect(response.status).toBe(400)
  })

  it('refuses anonymous uploads', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer()
    const response = await upload(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'white.png', { alt: 'white' }, false)
    expect(response.status).toBe(403)
  })
})
