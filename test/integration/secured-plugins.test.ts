/**
 * Staff security covers what plugins add: a plugin collection opts in with `custom.bureau.secured` (and gets owner,
 * unit, levels, also on its versions), and a field a plugin adds to a secured collection obeys field rules.
 */
import type { CollectionConfig, Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { extendCollection } from '../../src/kit/extend-collection'
import { ADMIN, createCommerceBasics, createStaff } from '../helpers/fixtures'
import type { Order, User } from '../../src/payload-types'
import type { DocResponse, ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'
import { createRole, createStaffUser, createUnits, PASSWORD } from '../helpers/security-world'

const Notes: CollectionConfig = {
  slug: 'probe-notes',
  custom: { bureau: { secured: true } },
  versions: { maxPerDoc: 5 },
  fields: [{ name: 'title', type: 'text', required: true }],
}

/** The probe collection and field are not in the generated types: what the tests read of them. */
type ProbeNote = { id: number; title: string; owner: number | User }
type ProbeNoteVersion = { parent: number; version: Pick<ProbeNote, 'title'> }
type OrderWithNote = Order & { internalNote?: string | null }

const probePlugin: Plugin = (config) => {
  const extended = extendCollection(config, 'probe', 'orders', { fields: [{ name: 'internalNote', type: 'text' }] })
  return { ...extended, collections: [...(extended.collections ?? []), Notes] }
}

let app: TestApp
let ann: string
let bob: string
const local = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp({ extraPlugins: [probePlugin] })
  await createStaff(app.payload)
  const basics = await createCommerceBasics(app.payload)
  const units = await createUnits(app.payload)
  const role = await createRole(
    app.payload,
    'note-taker',
    [
      { collection: 'probe-notes', read: 'own', create: 'own', update: 'own', delete: 'own' },
      { collection: 'orders', read: 'global', update: 'global' },
    ],
    [{ collection: 'orders', field: 'internalNote', effect: 'hidden' }],
  )
  await createStaffUser(app.payload, 'ann@test.local', [units.a], [role.id])
  await createStaffUser(app.payload, 'bob@test.local', [units.a], [role.id])
  ann = await app.login('ann@test.local', PASSWORD)
  bob = await app.login('bob@test.local', PASSWORD)
  await app.payload.create({
    collection: 'orders',
    data: { customer: basics.customer.id, currency: 'USD', lines: [{ product: basics.screw.id, quantity: 1 }], internalNote: 'margin is thin' } as never,
    ...local,
  })
})
afterAll(() => app?.close())

describe('a plugin collection marked secured', () => {
  it('is accepted in a role matrix and stamps the creator', async () => {
    const created = await app.rest.post<DocResponse<ProbeNote>>('/probe-notes', { token: ann, body: { title: 'Ann’s note' } })
    expect(created.status).toBe(201)
    expect(created.body.doc.owner).toMatchObject({ email: 'ann@test.local' })
    await app.rest.post('/probe-notes', { token: bob, body: { title: 'Bob’s note' } })
  })

  it('shows each user only their own documents, and only the versions of those', async () => {
    const titles = async <T>(path: string, token: string, pick: (doc: T) => string) =>
      (await app.rest.get<ListResponse<T>>(path, { token })).body.docs.map(pick).sort()
    expect(await titles<ProbeNote>('/probe-notes', ann, (doc) => doc.title)).toEqual(['Ann’s note'])
    const annNote = (await app.rest.get<ListResponse<ProbeNote>>('/probe-notes', { token: ann })).body.docs[0]
    await app.rest.patch(`/probe-notes/${annNote.id}`, { token: ann, body: { title: 'Ann’s note, edited' } })
    expect(await titles<ProbeNoteVersion>('/probe-notes/versions', ann, (doc) => doc.version.title)).toEqual(['Ann’s note', 'Ann’s note, edited'])
    expect(await titles<ProbeNoteVersion>('/probe-notes/versions', bob, (doc) => doc.version.title)).toEqual(['Bob’s note'])
  })
})

describe('a field a plugin adds to a secured collection', () => {
  it('obeys the roles’ field rules', async () => {
    const order = (await app.rest.get<ListResponse<Order>>('/orders', { token: ann })).body.docs[0]
    expect(order).not.toHaveProperty('internalNote')
    const admin = await app.login(ADMIN.email, ADMIN.password)
    expect((await app.rest.get<OrderWithNote>(`/orders/${order.id}`, { token: admin })).body.internalNote).toBe('margin is thin')
  })
})
