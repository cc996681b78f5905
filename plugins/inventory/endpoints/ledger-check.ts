import { Forbidden, type Endpoint } from 'payload'

import { isStaff } from '../../../src/kit'
import { ledgerMismatches } from '../ledger/check'

/** GET /api/inventory-levels/ledger-check (staff): how many levels, and those that disagree with their movements. */
export const ledgerCheckEndpoint: Endpoint = {
  path: '/ledger-check',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req)) throw new Forbidden(req.t)
    return Response.json(await ledgerMismatches(req.payload))
  },
}
