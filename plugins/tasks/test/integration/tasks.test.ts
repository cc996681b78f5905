/**
 * Tasks through the doors users use: REST and GraphQL under access levels (own = assigned to me or created by me),
 * the status workflow (409 / 400, nothing written), history and comments, alerts by email and SMS through the job
 * runner, reminders from the scheduled sweep sent once with two runners, and the Tasks panel on a customer.
 */
import type { DataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ADMIN, createCommerceBasics, createStaff } from '../../../../test/helpers/fixtures'
import type { DocOrErrorResponse, ErrorResponse, GraphQLResponse, Joined, ListResponse, WithFields } from '../../../../test/helpers/api-types'
import { createCustomerWorld, PASSWORD as CUSTOMER_PASSWORD } from '../../../../test/helpers/customer-world'
import { startFakeHttpServer, type FakeHttpServer } from '../../../../test/helpers/fake-http-server'
import { runDueSchedules } from '../../../../src/kit'
import { startTestApp, type TestApp } from '../../../../test/helpers/payload'
import { createRole, createStaffUser, createUnits, PASSWORD } from '../../../../test/helpers/security-world'
import { startSmtpSink } from '../../../../test/helpers/smtp-sink'
import { sendDueReminders } from '../../jobs/send-due-reminders'

type Task = DataFromCollectionSlug<'tasks'>
type TaskComment = DataFromCollectionSlug<'task-comments'>

let app: TestApp
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let sms: FakeHttpServer
let basics: Awaited<ReturnType<typeof createCommerceBasics>>
const tokens: Record<'admin' | 'ann' | 'bob' | 'cy' | 'dana' | 'customer', string> = { admin: '', ann: '', bob: '', cy: '', dana: '', customer: '' }
const ids: Record<'ann' | 'bob' | 'cy' | 'dana', number> = { ann: 0, bob: 0, cy: 0, dana: 0 }
const local = { overrideAccess: true, depth: 0 } as const

const SMS_ENV = { SMS_PROVIDER_URL: '', SMS_ACCOUNT_SID: 'AC-test', SMS_AUTH_TOKEN: 'secret', SMS_FROM: '+15550009999' }

beforeAll(async () => {
  sink = await startSmtpSink()
  sms = await startFakeHttpServer()
  process.env.SMTP_URL = sink.url
  process.env.BUREAU_SERVER_URL = 'http://bureau.test'
  Object.assign(process.env, { ...SMS_ENV, SMS_PROVIDER_URL: sms.url })
  app = await startTestApp()
  await createStaff(app.payload)
  basics = await createCommerceBasics(app.payload)
  const world = await createCustomerWorld(app.payload)
  const units = await createUnits(app.payload)
  // ann, bob and cy work their own tasks; dana reads her unit's; everyone reads customers
  const tasker = await createRole(app.payload, 'tasker', [
    { collection: 'tasks', read: 'own', create: 'own', update: 'own', delete: 'own' },
    { collection: 'customers', read: 'global' },
  ])
  const lead = await createRole(app.payload, 'team-lead', [{ collection: 'tasks', read: 'businessUnit', create: 'own', update: 'businessUnit', delete: 'none' }])
  const staff = async (name: keyof typeof ids, unit: number, role: number, phone?: string) => {
    const user = await createStaffUser(app.payload, `${name}@test.local`, [unit], [role])
    if (phone) await app.payload.update({ collection: 'users', id: user.id, data: { phone }, ...local })
    ids[name] = user.id
    tokens[name] = await app.login(`${name}@test.local`, PASSWORD)
  }
  await staff('ann', units.a, tasker.id, '+15550000001')
  await staff('bob', units.a, tasker.id, '+15550000002')
  await staff('cy', units.b, tasker.id)
  await staff('dana', units.a, lead.id)
  tokens.admin = await app.login(ADMIN.email, ADMIN.password)
  tokens.customer = await app.login(world.users.northwindAdmin.email, CUSTOMER_PASSWORD, 'customer-users')
})
afterAll(async () => {
  await app?.close()
  await sink?.stop()
  await sms?.close()
  for (const name of ['SMTP_URL', 'BUREAU_SERVER_URL', ...Object.keys(SMS_ENV)]) delete process.env[name]
})

// one pass over everything queued (Payload's default is 10 jobs; every installed plugin's subscribers queue jobs too)
const runJobs = () => app.payload.jobs.run({ queue: 'default', limit: 500 })
const mailsTo = (email: string) => sink.received.filter((mail) => mail.to.includes(email))
const createTask = (token: string, body: Record<string, unknown>) => app.rest.post<DocOrErrorResponse<Task>>('/tasks', { token, body })
const patchTask = (token: string, id: number, body: Record<string, unknown>) => app.rest.patch<DocOrErrorResponse<Task>>(`/tasks/${id}`, { token, body })
const statusOf = async (id: number) => (await app.payload.findByID({ collection: 'tasks', id, ...local })).status

describe('a task created over REST', () => {
  let task: Task
  beforeAll(async () => {
    const created = await createTask(tokens.ann, {
      title: 'Call Acme about the reorder',
      priority: 'high',
      assignee: ids.bob,
      watchers: [ids.cy],
      concerns: { relationTo: 'customers', value: basics.customer.id },
      dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      creator: ids.cy,
      history: [{ from: 'done', to: 'open' }],
    })
    expect(created.status).toBe(201)
    task = created.body.doc
  })

  it('starts open, with the creator set by the server and its first history entry', async () => {
    expect(task).toMatchObject({ status: 'open', priority: 'high', creator: { id: ids.ann } })
    expect(task.history).toHaveLength(1)
    expect(task.history?.[0]).toMatchObject({ from: null, to: 'open', by: { id: ids.ann } })
  })

  it('refuses to start in another status (409 naming status), writing nothing', async () => {
    const before = (await app.payload.count({ collection: 'tasks', overrideAccess: true })).totalDocs
    const response = await app.rest.post<ErrorResponse>('/tasks', { token: tokens.ann, body: { title: 'Already done', status: 'done' } })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].data?.errors?.[0].path).toBe('status')
    expect((await app.payload.count({ collection: 'tasks', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('is seen by its creator and its assignee, by a unit-level reader of their unit, and by nobody else', async () => {
    const titles = async (token: string) => (await app.rest.get<ListResponse<Task>>('/tasks', { token })).body.docs.map((doc) => doc.id)
    expect(await titles(tokens.ann)).toContain(task.id)
    expect(await titles(tokens.bob)).toContain(task.id)
    expect(await titles(tokens.dana)).toContain(task.id)
    expect(await titles(tokens.cy)).not.toContain(task.id)
    expect((await app.rest.get(`/tasks/${task.id}`, { token: tokens.cy })).status).toBe(404)
    expect((await app.rest.get('/tasks', { token: tokens.customer })).status).toBe(403)
    expect((await app.rest.get('/tasks')).status).toBe(403)
    expect((await app.rest.get(`/tasks/${task.id}`, { token: tokens.customer })).status).toBe(403)
  })

  it('cannot be reached through `where` on its people by someone it is not for', async () => {
    const response = await app.rest.get<ListResponse<Task>>(`/tasks?where[assignee][equals]=${ids.bob}`, { token: tokens.cy })
    expect(response.body.docs).toEqual([])
  })

  it('answers the same through GraphQL, with the customer it concerns populated', async () => {
    const query = `query { Tasks(where: { title: { like: "Acme" } }) { docs { id title status assignee { email } concerns { relationTo value { ... on Customer { name } } } } } }`
    type Answer = GraphQLResponse<{ Tasks: { docs: Array<{ id: number; assignee: { email: string }; concerns: { relationTo: string; value: { name: string } } }> } | null }>
    const bob = await app.graphql<Answer>(query, {}, tokens.bob)
    expect(bob.body.data.Tasks?.docs).toEqual([
      expect.objectContaining({ id: task.id, assignee: { email: 'bob@test.local' }, concerns: { relationTo: 'customers', value: { name: 'Acme Corp' } } }),
    ])
    expect((await app.graphql<Answer>(query, {}, tokens.cy)).body.data.Tasks?.docs).toEqual([])
    const anonymous = await app.graphql<Answer>(query)
    expect([anonymous.body.data.Tasks, anonymous.body.errors?.[0].extensions?.statusCode]).toEqual([null, 403])
    const customer = await app.graphql<Answer>(query, {}, tokens.customer)
    expect([customer.body.data.Tasks, customer.body.errors?.[0].extensions?.statusCode]).toEqual([null, 403])
  })

  it('is listed in the Tasks panel of the customer it concerns', async () => {
    type CustomerWithTasks = WithFields<DataFromCollectionSlug<'customers'>, { tasks: Joined<Task> }>
    const customer = await app.rest.get<CustomerWithTasks>(`/customers/${basics.customer.id}?depth=0`, { token: tokens.admin })
    expect(customer.body.tasks.docs).toContain(task.id)
  })

  it('keeps the customer from being deleted while tasks are about it (409), so no task loses its subject', async () => {
    const response = await app.rest.delete(`/customers/${basics.customer.id}`, { token: tokens.admin })
    expect(response.status).toBe(409)
    expect((await app.payload.count({ collection: 'customers', where: { id: { equals: basics.customer.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('the status workflow', () => {
  let task: Task
  beforeAll(async () => {
    task = (await createTask(tokens.ann, { title: 'Chase the signed contract', assignee: ids.bob })).body.doc
  })

  it('moves open → in progress and records who did it', async () => {
    const moved = await patchTask(tokens.bob, task.id, { status: 'inProgress' })
    expect(moved.status).toBe(200)
    expect(moved.body.doc.history?.map((entry) => [entry.from, entry.to])).toEqual([
      [null, 'open'],
      ['open', 'inProgress'],
    ])
    expect(moved.body.doc.history?.[1].by).toMatchObject({ id: ids.bob })
  })

  it('answers 400 naming statusReason when a change needs a reason, and writes nothing', async () => {
    const response = await patchTask(tokens.bob, task.id, { status: 'cancelled', title: 'renamed meanwhile' })
    expect(response.status).toBe(400)
    expect(response.body.errors?.[0].data?.errors?.map((error) => error.path)).toEqual(['statusReason'])
    const stored = await app.payload.findByID({ collection: 'tasks', id: task.id, ...local })
    expect([stored.status, stored.title, stored.history?.length]).toEqual(['inProgress', 'Chase the signed contract', 2])
  })

  it('answers 409 naming status for a change the workflow forbids', async () => {
    const response = await patchTask(tokens.bob, task.id, { status: 'reopened', statusReason: 'why not' })
    expect(response.status).toBe(409)
    expect(response.body.errors?.[0].message).toContain('cannot go from In progress to Reopened')
    expect(response.body.errors?.[0].data?.errors?.[0].path).toBe('status')
    expect(await statusOf(task.id)).toBe('inProgress')
  })

  it('keeps the reason of a change in the history, and reopens a done task with a reason', async () => {
    await patchTask(tokens.bob, task.id, { status: 'waiting', statusReason: 'Waiting for the customer’s lawyer' })
    await patchTask(tokens.bob, task.id, { status: 'done' })
    const reopened = await patchTask(tokens.ann, task.id, { status: 'reopened', statusReason: 'The contract came back unsigned' })
    expect(reopened.status).toBe(200)
    expect(reopened.body.doc.history?.slice(2).map((entry) => [entry.from, entry.to, entry.reason])).toEqual([
      ['inProgress', 'waiting', 'Waiting for the customer’s lawyer'],
      ['waiting', 'done', null],
      ['done', 'reopened', 'The contract came back unsigned'],
    ])
    expect(reopened.body.doc.statusReason ?? null).toBeNull()
  })

  it('follows transitions an administrator configured in tasks-settings', async () => {
    const settings = await app.rest.post('/globals/tasks-settings', {
      token: tokens.admin,
      body: { transitions: [{ from: 'reopened', to: 'done', reasonRequired: true }, { from: 'done', to: 'reopened', reasonRequired: false }] },
    })
    expect(settings.status).toBe(200)
    expect((await patchTask(tokens.bob, task.id, { status: 'inProgress' })).status).toBe(409)
    expect((await patchTask(tokens.bob, task.id, { status: 'done' })).status).toBe(400)
    expect((await patchTask(tokens.bob, task.id, { status: 'done', statusReason: 'signed at last' })).status).toBe(200)
    expect((await patchTask(tokens.bob, task.id, { status: 'reopened' })).status).toBe(200)
    expect((await app.rest.post('/globals/tasks-settings', { token: tokens.bob, body: { transitions: [] } })).status).toBe(403)
    const read = await app.graphql<GraphQLResponse<{ TasksSetting: { transitions: Array<{ from: string; to: string }> } }>>('query { TasksSetting { transitions { from to } } }', {}, tokens.bob)
    for (const path of ['/globals/tasks-settings/versions', '/globals/tasks-settings/versions/1']) {
      expect((await app.rest.get(path, { token: tokens.admin })).status).toBe(404)
    }
    expect(read.body.data.TasksSetting.transitions).toEqual([{ from: 'reopened', to: 'done' }, { from: 'done', to: 'reopened' }])
    await app.payload.updateGlobal({ slug: 'tasks-settings', data: { transitions: [] }, overrideAccess: true })
  })

  it('lets only one of two simultaneous changes from the same status through; the other answers 409', async () => {
    const fresh = (await createTask(tokens.ann, { title: 'Race me' })).body.doc
    const [done, cancelled] = await Promise.all([
      patchTask(tokens.ann, fresh.id, { status: 'done' }),
      patchTask(tokens.ann, fresh.id, { status: 'cancelled', statusReason: 'duplicate' }),
    ])
    expect([done.status, cancelled.status].sort()).toEqual([200, 409])
    const stored = await app.payload.findByID({ collection: 'tasks', id: fresh.id, ...local })
    expect(stored.history?.map((entry) => entry.to)).toEqual(['open', stored.status])
    const jobs = await app.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'event-tasks-alert-status-changed' }, 'input.data.taskId': { equals: fresh.id } }, overrideAccess: true })
    expect(jobs.docs.map((job) => (job.input as { data: { to: string } }).data.to)).toEqual([stored.status])
  })

  it('refuses a forbidden change through GraphQL too', async () => {
    const mutation = `mutation($id: Int!) { updateTask(id: $id, data: { status: open }) { id status } }`
    const fresh = (await createTask(tokens.ann, { title: 'GraphQL task' })).body.doc
    await patchTask(tokens.ann, fresh.id, { status: 'done' })
    const answer = await app.graphql<GraphQLResponse<{ updateTask: Task | null }>>(mutation, { id: fresh.id }, tokens.ann)
    expect(answer.body.errors?.[0].extensions?.statusCode).toBe(409)
    expect(await statusOf(fresh.id)).toBe('done')
  })
})

describe('comments', () => {
  let task: Task
  beforeAll(async () => {
    task = (await createTask(tokens.ann, { title: 'Prepare the Acme visit', assignee: ids.bob })).body.doc
  })

  it('are written by whoever reads the task, stamped with the author, and shown on the task', async () => {
    const posted = await app.rest.post<DocOrErrorResponse<TaskComment>>('/task-comments', { token: tokens.bob, body: { task: task.id, body: 'Booked the room', author: ids.ann } })
    expect(posted.status).toBe(201)
    expect(posted.body.doc.author).toMatchObject({ id: ids.bob })
    const withComments = await app.rest.get<WithFields<Task, { comments: Joined<TaskComment> }>>(`/tasks/${task.id}?depth=1`, { token: tokens.ann })
    expect(withComments.body.comments.docs.map((comment) => comment.body)).toEqual(['Booked the room'])
  })

  it('stay out of reach of staff who may not read the task, and of the storefront', async () => {
    expect((await app.rest.get<ListResponse<TaskComment>>('/task-comments', { token: tokens.cy })).body.docs).toEqual([])
    const refused = await app.rest.post('/task-comments', { token: tokens.cy, body: { task: task.id, body: 'let me in' } })
    expect(refused.status).toBe(400)
    expect((await app.rest.get('/task-comments', { token: tokens.customer })).status).toBe(403)
  })

  it('are edited only by their author', async () => {
    const [comment] = (await app.rest.get<ListResponse<TaskComment>>('/task-comments', { token: tokens.ann })).body.docs
    expect((await app.rest.patch(`/task-comments/${comment.id}`, { token: tokens.ann, body: { body: 'changed' } })).status).toBe(403)
    expect((await app.rest.patch(`/task-comments/${comment.id}`, { token: tokens.bob, body: { body: 'Booked room 2' } })).status).toBe(200)
  })

  it('go with their task when it is deleted', async () => {
    const count = async () => (await app.payload.count({ collection: 'task-comments', where: { task: { equals: task.id } }, overrideAccess: true })).totalDocs
    expect(await count()).toBe(1)
    expect((await app.rest.delete(`/tasks/${task.id}`, { token: tokens.ann })).status).toBe(200)
    expect(await count()).toBe(0)
  })
})

describe('alerts by email and SMS through the job runner', () => {
  it('emails the assignee of a new assignment, once, after the change committed', async () => {
    await runJobs()
    sink.received.length = 0
    const task = (await createTask(tokens.ann, { title: 'Send Acme the price list', assignee: ids.bob })).body.doc
    expect(mailsTo('bob@test.local')).toHaveLength(0)
    await runJobs()
    await runJobs()
    const mails = mailsTo('bob@test.local')
    expect(mails.map((mail) => mail.subject)).toEqual(['Task assigned to you: Send Acme the price list'])
    expect(mails[0].text).toContain('By: ann')
    expect(mails[0].text).toContain(`Open it: http://bureau.test/admin/collections/tasks/${task.id}`)
    expect(mailsTo('ann@test.local')).toHaveLength(0)
  })

  it('tells the creator and watchers when a task is done, by the channels the settings name', async () => {
    await app.payload.updateGlobal({
      slug: 'tasks-settings',
      data: { alertRules: [{ trigger: 'statusChanged', statuses: ['done'], channels: ['email', 'sms'], recipients: ['creator', 'watchers'] }] },
      overrideAccess: true,
    })
    const task = (await createTask(tokens.ann, { title: 'Confirm the delivery slot', assignee: ids.bob, watchers: [ids.cy] })).body.doc
    await runJobs()
    sink.received.length = 0
    sms.received.length = 0
    await patchTask(tokens.bob, task.id, { status: 'done' })
    await runJobs()
    expect(sink.received.map((mail) => mail.to).flat().sort()).toEqual(['ann@test.local', 'cy@test.local'])
    expect(sink.received[0].subject).toBe('Task done: Confirm the delivery slot')
    expect(sms.received.map((request) => [request.path, request.form.get('To'), request.form.get('From')])).toEqual([
      ['/2010-04-01/Accounts/AC-test/Messages.json', '+15550000001', '+15550009999'],
    ])
    expect(sms.received[0].form.get('Body')).toContain('Task done: Confirm the delivery slot')
    await app.payload.updateGlobal({ slug: 'tasks-settings', data: { alertRules: [] }, overrideAccess: true })
  })

  it('sends nothing while alerts are switched off', async () => {
    await app.payload.updateGlobal({ slug: 'tasks-settings', data: { alertsEnabled: false }, overrideAccess: true })
    sink.received.length = 0
    await createTask(tokens.ann, { title: 'Quiet task', assignee: ids.bob })
    await runJobs()
    expect(sink.received).toHaveLength(0)
    await app.payload.updateGlobal({ slug: 'tasks-settings', data: { alertsEnabled: true }, overrideAccess: true })
  })
})

describe('reminders from the scheduled sweep', () => {
  const sweep = sendDueReminders(24)

  it('sends each due-soon and overdue reminder once, even with two runners at the same time', async () => {
    await app.payload.update({ collection: 'tasks', where: { id: { exists: true } }, data: { status: 'done' }, ...local })
    const now = new Date()
    const soon = await app.payload.create({ collection: 'tasks', data: { title: 'Due in two hours', status: 'open', priority: 'normal', assignee: ids.ann, dueAt: new Date(now.getTime() + 2 * 3_600_000).toISOString() }, ...local })
    const late = await app.payload.create({ collection: 'tasks', data: { title: 'Due yesterday', status: 'open', priority: 'normal', assignee: ids.ann, creator: ids.bob, dueAt: new Date(now.getTime() - 86_400_000).toISOString() }, ...local })
    await app.payload.create({ collection: 'tasks', data: { title: 'Due next week', status: 'open', priority: 'normal', assignee: ids.ann, dueAt: new Date(now.getTime() + 7 * 86_400_000).toISOString() }, ...local })
    await runJobs()
    sink.received.length = 0
    sms.received.length = 0

    const [first, second] = await Promise.all([sweep(app.payload, now), sweep(app.payload, now)])
    expect(first.dueSoon + second.dueSoon).toBe(1)
    expect(first.overdue + second.overdue).toBe(1)
    expect(mailsTo('ann@test.local').map((mail) => mail.subject).sort()).toEqual([
      expect.stringMatching(/^Task due soon: Due in two hours/),
      expect.stringMatching(/^Task overdue: Due yesterday/),
    ])
    expect(mailsTo('bob@test.local').map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Task overdue: Due yesterday/)])
    expect(sms.received.map((request) => request.form.get('To'))).toEqual(['+15550000001'])
    expect(await sweep(app.payload, now)).toEqual({ dueSoon: 0, overdue: 0 })
    expect((await app.payload.findByID({ collection: 'tasks', id: late.id, ...local })).overdueAlertedAt).toBeTruthy()

    // pushed back, the task is reminded again when it falls due soon again
    const later = new Date(now.getTime() + 3 * 3_600_000).toISOString()
    await patchTask(tokens.ann, soon.id, { dueAt: later })
    expect((await app.payload.findByID({ collection: 'tasks', id: soon.id, ...local })).dueSoonAlertedAt ?? null).toBeNull()
    expect((await sweep(app.payload, now)).dueSoon).toBe(1)
  })

  it('runs from the kit scheduler: once per slot, whatever the number of runners', async () => {
    const now = new Date()
    await app.payload.create({ collection: 'tasks', data: { title: 'Scheduled and late', status: 'open', priority: 'normal', assignee: ids.bob, dueAt: new Date(now.getTime() - 60_000).toISOString() }, ...local })
    sink.received.length = 0
    const runs = await Promise.all([runDueSchedules(app.payload, now), runDueSchedules(app.payload, now)])
    // other plugins' scheduled tasks run too; the reminders ran once for both runners
    expect(runs.flat().filter((name) => name === 'tasks:reminders')).toEqual(['tasks:reminders'])
    expect(mailsTo('bob@test.local').map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Task overdue: Scheduled and late/)])
  })

  it('skips finished tasks', async () => {
    const now = new Date()
    await app.payload.create({ collection: 'tasks', data: { title: 'Finished and late', status: 'open', priority: 'normal', assignee: ids.ann, dueAt: new Date(now.getTime() - 3_600_000).toISOString() }, ...local }).then((task) =>
      app.payload.update({ collection: 'tasks', id: task.id, data: { status: 'done' }, ...local }),
    )
    expect(await sweep(app.payload, now)).toEqual({ dueSoon: 0, overdue: 0 })
  })
})

describe('switching the plugin off', () => {
  it('boots without tasks, comments, settings, panels or alert tasks', async () => {
    await app.close()
    app = await startTestApp({ plugins: { tasks: { enabled: false } }, freshDatabase: true })
    expect(app.payload.collections.tasks).toBeUndefined()
    expect(Object.keys(app.payload.collections)).not.toContain('task-comments')
    expect(app.payload.config.globals.map((global) => global.slug)).not.toContain('tasks-settings')
    const customerFields = JSON.stringify(app.payload.collections.customers.config.fields.map((field) => ('name' in field ? field.name : field.type)))
    expect(customerFields).not.toContain('"tasks"')
    expect(app.payload.config.jobs.tasks?.map((task) => task.slug) ?? []).not.toContain('event-tasks-alert-assigned')
    await createStaff(app.payload)
    const token = await app.login(ADMIN.email, ADMIN.password)
    expect((await app.rest.get('/tasks', { token })).status).toBe(404)
  })
})
