import type { CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { administratorsOnly, isAdministrator, isStaff, staffOnly } from '../../src/kit/access'
import { BUSINESS_UNITS_SLUG } from '../../src/kit/staff-permissions'
import { assignPrimaryBusinessUnit } from './hooks/assign-primary-business-unit'

export const ADMINISTRATOR_ROLE_CODE = 'administrator'

/**
 * The first staff user of an empty system (Payload's "create first user" screen) becomes an administrator, creating
 * the Administrator role when it does not exist yet; otherwise nobody could manage roles.
 */
const grantAdministratorToFirstUser: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (existing.totalDocs > 0) return data
  const found = await req.payload.find({
    collection: 'roles',
    where: { code: { equals: ADMINISTRATOR_ROLE_CODE } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const role =
    found.docs[0] ??
    (await req.payload.create({
      collection: 'roles',
      data: { name: 'Administrator', code: ADMINISTRATOR_ROLE_CODE, administrator: true },
      overrideAccess: true,
      req,
    }))
  const roles = ((data.roles as unknown[]) ?? []).filter((id) => id !== role.id)
  return { ...data, roles: [...roles, role.id] }
}

const administratorsOnlyField: FieldAccess = ({ req }) => isAdministrator(req)

/** Staff users: they log in to the admin panel at /admin and to the API at /api/users/login. */
export const Users: CollectionConfig = {
  slug: 'users',
  // depth 0: every request authenticates, and nothing reads the user's roles or units populated (the kit reads roles
  // itself, GraphQL authenticates at depth 0 anyway); depth 2 cost a population query and ~1.5 ms per staff request
  auth: { useAPIKey: true, depth: 0 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'], group: 'Security' },
  access: {
    read: staffOnly,
    create: async ({ req }) => (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0 || isAdministrator(req),
    update: async ({ req, id }) => (req.user?.collection === 'users' && req.user.id === id) || isAdministrator(req),
    delete: administratorsOnly,
    admin: ({ req }) => isStaff(req),
  },
  hooks: { beforeChange: [grantAdministratorToFirstUser, assignPrimaryBusinessUnit] },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'phone',
      type: 'text',
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || /^\+[1-9]\d{6,14}$/.test(String(value)) || 'Use the international format, e.g. +15551234567',
      admin: { description: 'Mobile number for SMS alerts (tasks, orders, stock), international format: +15551234567' },
    },
    {
      name: 'roles',
      type: 'relationship',
      relationTo: 'roles',
      hasMany: true,
      saveToJWT: true,
      // Only administrators hand out roles; a user editing their own profile cannot promote themselves.
      access: { create: administratorsOnlyField, update: administratorsOnlyField },
    },
    {
      name: 'businessUnits',
      type: 'relationship',
      relationTo: BUSINESS_UNITS_SLUG,
      hasMany: true,
      index: true,
      // Units decide which records a user reaches, so, like roles, only administrators change them.
      access: { create: administratorsOnlyField, update: administratorsOnlyField },
      admin: { position: 'sidebar', description: 'The units this user works in; access levels count from them.' },
    },
    {
      name: 'primaryBusinessUnit',
      type: 'relationship',
      relationTo: BUSINESS_UNITS_SLUG,
      index: true,
      access: { create: administratorsOnlyField, update: administratorsOnlyField },
      admin: {
        position: 'sidebar',
        description: "One of the user's units; new records the user creates belong to it. Defaults to the first unit.",
      },
    },
  ],
}
