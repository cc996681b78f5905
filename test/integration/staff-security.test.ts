import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Role, User } from '../../src/payload-types'
import type { DocResponse, GraphQLErrorResponse, ListResponse, MeResponse, WithFields } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp

beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

describe('staff users and roles', () => {
  let adminToken: string

  it('makes the first user of an empty system an administrator', async () => {
    const response = await app.rest.post('/users', { body: { email: 'first@test.local', password: 'first-password' } })
    expect(response.status).toBe(201)
    adminToken = await app.login('first@test.local', 'first-password')
    const me = await app.rest.get<MeResponse<WithFields<User, { roles: Role[] }>>>('/users/me?depth=1', { token: adminToken })
    expect(me.body.user.roles).toEqual([expect.objectContaining({ code: 'administrator', administrator: true })])
  })

  it('does not let anonymous visitors register once a user exists', async () => {
    const response = await app.rest.post('/users', { body: { email: 'intruder@test.local', password: 'intruder-password' } })
    expect(response.status).toBe(403)
  })

  it('lets an administrator create staff, who cannot hand themselves roles', async () => {
    const created = await app.rest.post<DocResponse<User>>('/users', { token: adminToken, body: { email: 'clerk@test.local', password: 'clerk-password', name: 'Clerk' } })
    expect(created.status).toBe(201)
    const clerkToken = await app.login('clerk@test.local', 'clerk-password')
    const adminRole = (await app.rest.get<ListResponse<Role>>('/roles', { token: adminToken })).body.docs[0]
    const selfPromotion = await app.rest.patch<DocResponse<User>>(`/users/${created.body.doc.id}`, { token: clerkToken, body: { name: 'Boss', roles: [adminRole.id] } })
    expect(selfPromotion.status).toBe(200)
    expect(selfPromotion.body.doc.name).toBe('Boss')
    expect(selfPromotion.body.doc.roles).toEqual([])
  })

  it('keeps roles, and other users, out of a non-administrator’s reach over GraphQL too', async () => {
    const clerkToken = await app.login('clerk@test.local', 'clerk-password')
    const { body } = await app.graphql<GraphQLErrorResponse>(
      'mutation { createRole(data: { name: "Root", code: "root", administrator: true }) { id } }',
      undefined,
      clerkToken,
    )
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    const roles = await app.payload.find({ collection: 'roles', where: { code: { equals: 'root' } }, overrideAccess: true })
    expect(roles.totalDocs).toBe(0)
    const firstUser = (await app.payload.find({ collection: 'users', where: { email: { equals: 'first@test.local' } }, overrideAccess: true })).docs[0]
    const edit = await app.rest.patch(`/users/${firstUser.id}`, { token: clerkToken, body: { name: 'Hacked' } })
    expect(edit.status).toBe(403)
  })
})
