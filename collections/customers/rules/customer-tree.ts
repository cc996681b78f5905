/**
 * The customer hierarchy as plain parent links (pure, no Payload import): whether a new parent would close a loop,
 * and which companies sit below a set of companies. The hooks load the links they need and ask these functions.
 */
export type TreeId = number | string

export type ParentLink = { id: TreeId; parent: TreeId | null | undefined }

const key = (id: TreeId) => String(id)

/**
 * True when giving `node` the parent `parent` would make the tree a loop: the parent is the node itself, or the node
 * is found on the way from the parent up to the root. `links` must hold at least the parent's chain of ancestors;
 * a loop already in the data ends the walk instead of spinning.
 */
export function wouldCreateCycle(node: TreeId, parent: TreeId | null | undefined, links: Iterable<ParentLink>): boolean {
  if (parent === null || parent === undefined) return false
  const parentOf = new Map<string, string | null>()
  for (const link of links) parentOf.set(key(link.id), link.parent === null || link.parent === undefined ? null : key(link.parent))
  const seen = new Set<string>()
  let current: string | null = key(parent)
  while (current !== null && !seen.has(current)) {
    if (current === key(node)) return true
    seen.add(current)
    current = parentOf.get(current) ?? null
  }
  return false
}

/**
 * Every company below `roots` (children, their children, …), nearest first, without the roots themselves and without
 * repeats. `links` are the parent links of the companies that have a parent.
 */
export function descendantsOf(roots: readonly TreeId[], links: Iterable<ParentLink>): TreeId[] {
  const children = new Map<string, TreeId[]>()
  for (const link of links) {
    if (link.parent === null || link.parent === undefined) continue
    const siblings = children.get(key(link.parent)) ?? []
    siblings.push(link.id)
    children.set(key(link.parent), siblings)
  }
  const seen = new Set(roots.map(key))
  const result: TreeId[] = []
  let frontier = [...roots]
  while (frontier.length > 0) {
    const next: TreeId[] = []
    for (const id of frontier) {
      for (const child of children.get(key(id)) ?? []) {
        if (seen.has(key(child))) continue
        seen.add(key(child))
        result.push(child)
        next.push(child)
      }
    }
    frontier = next
  }
  return result
}
