import type { DemoContext, Id, PermissionGrant } from '../../../src/kit'

const SALES_MANAGER = 'sales.east@bureau.local'
const HOUR = 3_600_000

/** The sales manager works tasks: reads and creates those of their unit, edits their own (assigned or created). */
const SALES_MANAGER_TASKS: PermissionGrant[] = [
  { collection: 'tasks', read: 'businessUnit', create: 'businessUnit', update: 'own', delete: 'none' },
]

/**
 * Tasks assigned to the Sales East manager about demo customers and the demo order: one overdue, one due soon, one
 * in progress, one done — so "My tasks" shows the overdue one first, highlighted.
 */
export async function seedDemoTasks(context: DemoContext): Promise<void> {
  const { payload, admin } = context
  const manager = context.users.get(SALES_MANAGER)
  if (manager === undefined) throw new Error(`tasks demo: the core demo has no ${SALES_MANAGER}`)
  const roleId = context.roles.get('sales-manager')
  if (roleId !== undefined) {
    const role = await payload.findByID({ collection: 'roles', id: roleId, depth: 0, overrideAccess: true })
    const permissions = [...((role.permissions ?? []) as PermissionGrant[]).filter((grant) => grant.collection !== 'tasks'), ...SALES_MANAGER_TASKS]
    await payload.update({ collection: 'roles', id: roleId, data: { permissions: permissions as never }, overrideAccess: true })
  }
  const east = context.businessUnits.get('SALES-EAST') ?? null
  const customer = (code: string) => {
    const id = context.customers.get(code)
    return id === undefined ? null : { relationTo: 'customers' as const, value: id as number }
  }
  const [order] = (await payload.find({ collection: 'orders', limit: 1, sort: 'createdAt', depth: 0, overrideAccess: true })).docs
  const now = Date.now()
  const common = { status: 'open' as const, assignee: manager as number, creator: admin as number, owner: admin as number, businessUnit: east as number | null, team: east as number | null }
  const tasks = [
    { title: 'Send Northwind East the revised volume quote', type: 'email' as const, priority: 'urgent' as const, dueAt: new Date(now - 26 * HOUR), concerns: customer('NORTHWIND-EAST') },
    { title: 'Call Northwind about the Q3 reorder', type: 'call' as const, priority: 'high' as const, dueAt: new Date(now + 6 * HOUR), concerns: customer('NORTHWIND'), watchers: [admin as number] },
    { title: 'Check the delivery date of the first demo order', type: 'followUp' as const, priority: 'normal' as const, dueAt: new Date(now + 5 * 24 * HOUR), concerns: order ? { relationTo: 'orders' as const, value: order.id } : null },
    { title: 'Plan the Contoso account review', type: 'meeting' as const, priority: 'low' as const, dueAt: new Date(now + 14 * 24 * HOUR), concerns: customer('CONTOSO') },
  ]
  const created: Id[] = []
  for (const task of tasks) {
    const doc = await payload.create({ collection: 'tasks', data: { ...common, ...task, dueAt: task.dueAt.toISOString() }, overrideAccess: true, depth: 0 })
    created.push(doc.id)
  }
  await payload.update({ collection: 'tasks', id: created[2], data: { status: 'inProgress' }, overrideAccess: true })
  await payload.update({ collection: 'tasks', id: created[3], data: { status: 'done' }, overrideAccess: true })
  await payload.create({
    collection: 'task-comments',
    data: { task: created[0] as number, body: 'They asked for the 500-unit tier; waiting on pricing.', author: manager as number },
    overrideAccess: true,
  })
}
