/**
 * Validation of `customers.parent`: Payload's own relationship check, then the hierarchy must stay a tree. Runs as
 * the field's validator, so a loop answers 400 naming `parent` before anything is written.
 */
import { validations, type PayloadRequest, type Validate } from 'payload'

import { wouldCreateCycle, type TreeId, type TreeNode } from '../../../src/kit/tree'
import { idOf } from '../../../src/kit/ids'

/** Deeper chains are broken data; the walk stops there instead of looping. */
const MAX_DEPTH = 50

/** Parent links from `start` up to the root, or until `stopAt` turns up. */
async function ancestorLinks(req: PayloadRequest, start: TreeId, stopAt: TreeId): Promise<TreeNode[]> {
  const links: TreeNode[] = []
  const seen = new Set<string>()
  let current: TreeId | null = start
  while (current !== null && !seen.has(String(current)) && links.length < MAX_DEPTH) {
    seen.add(String(current))
    const doc = (await req.payload.findByID({
      collection: 'customers',
      id: current,
      select: { parent: true },
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
    })) as { parent?: unknown } | null
    if (!doc) break
    const parent = idOf(doc.parent)
    links.push({ id: current, parent })
    if (String(current) === String(stopAt)) break
    current = parent
  }
  return links
}

export const validateParent: Validate = async (value, options) => {
  const base = await (validations.relationship as Validate)(value, options)
  if (base !== true) return base
  const parent = idOf(value)
  const { id, req } = options
  if (parent === null || id === undefined || id === null) return true
  if (String(parent) === String(id)) return 'A customer cannot be its own parent'
  const links = await ancestorLinks(req, parent, id)
  return wouldCreateCycle(links, id, parent) ? 'This parent is one of the customer’s own subsidiaries; the hierarchy would loop' : true
}
