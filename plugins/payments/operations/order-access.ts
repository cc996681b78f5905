import { Forbidden, NotFound, type PayloadRequest } from 'payload'

import { isStaff, staffAccess, type Id } from '../../../src/kit'

const matches = async (req: PayloadRequest, id: Id, level: Awaited<ReturnType<typeof staffAccess>>) =>
  typeof level === 'boolean' ? level : (await req.payload.count({ collection: 'orders', where: { and: [{ id: { equals: id } }, level] }, overrideAccess: true, req })).totalDocs > 0

/**
 * Payment actions are staff work on an order they may update: anyone else is refused (403), an order the staff user
 * cannot read is unknown (404), one they read but may not update is 403.
 */
export async function requireOrderUpdate(req: PayloadRequest, id: string): Promise<Id> {
  if (!isStaff(req)) throw new Forbidden(req.t)
  if (!/^\d{1,9}$/.test(id)) throw new NotFound(req.t)
  const order = Number(id)
  if (!(await matches(req, order, await staffAccess(req, 'orders', 'read')))) throw new NotFound(req.t)
  if (!(await matches(req, order, await staffAccess(req, 'orders', 'update')))) throw new Forbidden(req.t)
  return order
}
