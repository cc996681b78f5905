/**
 * The tasks demo: the Sales East manager logs in to tasks assigned to them about demo customers and the demo order,
 * one overdue, and reaches them through their role (the demo grants the sales-manager role its tasks row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../src/seed/demo'
import { DEMO_SALES_MANAGER } from '../../src/seed/demo-security'
import type { Task } from '../../src/payload-types'
import type { GraphQLResponse, ListResponse } from '../helpers/api-types'
import { startTestApp, type TestApp } from '../helpers/payload'

const MANAGER = DEMO_SALES_MANAGER

let app: TestApp
let manager: string

beforeAll(async () => {
  app = await startTestApp()
  await seedDemo(app.payload)
  manager = await app.login(MANAGER.email, MANAGER.password)
})
afterAll(() => app?.close())

describe('the tasks demo', () => {
  it('assigns the sales manager open tasks about demo records, one of them overdue, and one already done', async () => {
    const response = await app.rest.get<ListResponse<Task>>('/tasks?sort=dueAt&depth=1&limit=50', { token: manager })
    expect(response.status).toBe(200)
    const tasks = response.body.docs
    expect(tasks).toHaveLength(4)
    for (const task of tasks) expect(task.assignee).toMatchObject({ email: MANAGER.email })
    const now = Date.now()
    const open = tasks.filter((task) => task.status !== 'done' && task.status !== 'cancelled')
    const overdue = open.filter((task) => task.dueAt && new Date(task.dueAt).getTime() < now)
    expect(overdue.map((task) => task.title)).toEqual(['Send Northwind East the revised volume quote'])
    expect(overdue[0].concerns).toMatchObject({ relationTo: 'customers', value: { code: 'NORTHWIND-EAST' } })
    expect(tasks.map((task) => task.status).sort()).toEqual(['done', 'inProgress', 'open', 'open'])
    expect(tasks.find((task) => task.status === 'inProgress')?.concerns).toMatchObject({ relationTo: 'orders' })
  })

  it('lets the manager work their task through GraphQL, and shows its comment', async () => {
    const query = `query { Tasks(where: { status: { equals: open } }, sort: "dueAt") { docs { id title comments { docs { body } } } } }`
    const answer = await app.graphql<GraphQLResponse<{ Tasks: { docs: Array<{ id: number; title: string; comments: { docs: Array<{ body: string }> } }> } }>>(query, {}, manager)
    const [first] = answer.body.data.Tasks.docs
    expect(first.title).toBe('Send Northwind East the revised volume quote')
    expect(first.comments.docs.map((comment) => comment.body)).toEqual(['They asked for the 500-unit tier; waiting on pricing.'])
    const moved = await app.rest.patch(`/tasks/${first.id}`, { token: manager, body: { status: 'inProgress' } })
    expect(moved.status).toBe(200)
  })
})
