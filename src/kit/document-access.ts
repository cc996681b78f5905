/**
 * Whether the request's user may update one stored document, by the collection's own update access — for custom
 * actions that change a document without a Payload `update` (a stock adjustment books a movement; the level changes
 * by raw SQL). Access answers true, false or a `Where` the document must match; the match is counted, never trusted
 * from the caller.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

export async function mayUpdateDocument(req: PayloadRequest, collection: CollectionSlug, id: number): Promise<boolean> {
  const access = req.payload.collections[collection]?.config.access.update
  if (!access) return false
  const granted = await access({ req, id })
  if (granted === true) return true
  if (!granted) return false
  const where: Where = { and: [{ id: { equals: id } }, granted] }
  return (await req.payload.count({ collection, where, overrideAccess: true, req })).totalDocs > 0
}
