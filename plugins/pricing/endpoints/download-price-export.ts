/** `GET /api/price-exports/:id/download`: the finished CSV, for whoever may read that export (404 otherwise). */
import { NotFound, type Endpoint } from 'payload'

import { idOf, isStaff, poolOf } from '../../../src/kit'
import { PRICE_EXPORTS_SLUG } from '../collections/slugs'

export const downloadPriceExport: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    if (!isStaff(req) || !Number.isSafeInteger(id) || id < 1) throw new NotFound(req.t)
    // the read access of the collection (role levels included) decides who sees it
    const doc = await req.payload.findByID({ collection: PRICE_EXPORTS_SLUG, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    if (!doc || doc.status !== 'done') throw new NotFound(req.t)
    const found = await poolOf(req.payload).query<{ content: string | null }>('select f.content from price_exports e join price_csv_files f on f.id = e.csv_id where e.id = $1', [id])
    return new Response(String(found.rows[0]?.content ?? ''), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="price-list-${idOf(doc.priceList)}-export-${id}.csv"` },
    })
  },
}
