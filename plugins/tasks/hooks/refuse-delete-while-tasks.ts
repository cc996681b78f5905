import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Deleting a record while tasks still concern it is refused (409), so no task loses what it is about. The kit's
 * panel guard filters `concerns = id`, which Payload's PostgreSQL adapter refuses for a polymorphic relationship
 * (500 "Not supported"); this one filters on `{ relationTo, value }`, as the adapter requires.
 */
export const refuseDeleteWhileTasks =
  (slug: string): CollectionBeforeDeleteHook =>
  async ({ id, req, collection }) => {
    const { totalDocs } = await req.payload.count({
      collection: 'tasks',
      where: { concerns: { equals: { relationTo: slug, value: id } } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return
    const singular = typeof collection.labels?.singular === 'string' ? collection.labels.singular.toLowerCase() : slug
    throw new APIError(`This ${singular} still has ${totalDocs} task${totalDocs === 1 ? '' : 's'}; move or delete them first.`, 409, { field: 'tasks' }, true)
  }
