/**
 * The security part of the demo: an organization chart (Bureau HQ with two sales units), the staff roles a
 * newcomer expects, a sales manager login to see access levels at work, and owners/units for the demo records.
 */
import type { Payload } from 'payload'

import type { PermissionGrant } from '../kit/access-levels'
import type { FieldRule } from '../kit/field-rules'

const local = { overrideAccess: true, depth: 0 } as const

export const DEMO_SALES_MANAGER = { email: 'sales.east@bureau.local', password: 'bureau-demo', name: 'Sam East (Sales manager)' }

const UNITS = [
  { code: 'HQ', name: 'Bureau HQ', description: 'The organization: every unit sits under it.' },
  { code: 'SALES-EAST', name: 'Sales East', parentCode: 'HQ' },
  { code: 'SALES-WEST', name: 'Sales West', parentCode: 'HQ' },
] as const

type UnitCode = (typeof UNITS)[number]['code']

const grant = (collection: string, read: string, create: string, update: string, remove: string) =>
  ({ collection, read, create, update, delete: remove }) as PermissionGrant

/** Staff roles with their permission matrix. */
function demoRoles() {
  return [
    { name: 'Administrator', code: 'administrator', administrator: true, description: 'Everything, including security.' },
    {
      name: 'Sales manager',
      code: 'sales-manager',
      description: 'Sees every customer of the organization, works the customers and orders of their own sales unit and the units below it.',
      permissions: [
        grant('customers', 'organization', 'businessUnit', 'division', 'businessUnit'),
        grant('orders', 'division', 'division', 'division', 'none'),
        grant('products', 'global', 'none', 'none', 'none'),
        grant('product-variants', 'global', 'none', 'none', 'none'),
      ],
      // Sales does not see what products cost us.
      fieldRules: [{ collection: 'products', field: 'costPrice', effect: 'hidden' } as FieldRule],
    },
    {
      name: 'Catalog editor',
      code: 'catalog-editor',
      description: 'Maintains every product.',
      permissions: [grant('products', 'global', 'global', 'global', 'global'), grant('product-variants', 'global', 'global', 'global', 'global')],
    },
    {
      name: 'Warehouse clerk',
      code: 'warehouse-clerk',
      description: 'Reads customers and products, moves orders of the whole organization along; never deletes.',
      permissions: [
        grant('orders', 'organization', 'none', 'organization', 'none'),
        grant('customers', 'organization', 'none', 'none', 'none'),
        grant('products', 'global', 'none', 'none', 'none'),
        grant('product-variants', 'global', 'none', 'none', 'none'),
      ],
      fieldRules: [{ collection: 'orders', field: 'lines.unitPrice', effect: 'hidden' } as FieldRule],
    },
  ]
}

export type DemoSecurity = { administratorRole: number; units: Record<UnitCode, number>; roles: Record<string, number> }

/** Business units and roles; call before creating the demo users. */
export async function seedSecurity(payload: Payload): Promise<DemoSecurity> {
  const units = {} as Record<UnitCode, number>
  for (const unit of UNITS) {
    const parent = 'parentCode' in unit ? units[unit.parentCode] : undefined
    const description = 'description' in unit ? unit.description : undefined
    const data = { name: unit.name, code: unit.code, parent, description }
    units[unit.code] = (await payload.create({ collection: 'business-units', data, ...local })).id
  }
  const roles: Record<string, number> = {}
  for (const role of demoRoles()) {
    roles[role.code] = (await payload.create({ collection: 'roles', data: role as never, ...local })).id
  }
  return { administratorRole: roles.administrator, units, roles }
}

/**
 * After the demo records exist: the sales manager login, and owners and units for the records (written by the
 * seed, they have none): Northwind East and its order belong to Sales East and its manager, Northwind West to Sales
 * West, everything else to HQ and the administrator.
 */
export async function assignDemoOwnership(payload: Payload, security: DemoSecurity, administrator: number): Promise<void> {
  const manager = await payload.create({
    collection: 'users',
    data: { ...DEMO_SALES_MANAGER, roles: [security.roles['sales-manager']], businessUnits: [security.units['SALES-EAST']] },
    ...local,
  })
  const hq = { owner: administrator, businessUnit: security.units.HQ }
  for (const collection of ['customers', 'products', 'product-variants', 'orders'] as const) {
    await payload.update({ collection, where: { businessUnit: { exists: false } }, data: hq as never, ...local })
  }
  const east = { owner: manager.id, businessUnit: security.units['SALES-EAST'] }
  const [eastCustomer] = (await payload.find({ collection: 'customers', where: { code: { equals: 'NORTHWIND-EAST' } }, limit: 1, ...local })).docs
  if (eastCustomer) {
    await payload.update({ collection: 'customers', id: eastCustomer.id, data: east as never, ...local })
    await payload.update({ collection: 'orders', where: { customer: { equals: eastCustomer.id } }, data: east as never, ...local })
  }
  await payload.update({
    collection: 'customers',
    where: { code: { equals: 'NORTHWIND-WEST' } },
    data: { businessUnit: security.units['SALES-WEST'] } as never,
    ...local,
  })
}
