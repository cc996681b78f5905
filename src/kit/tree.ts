/**
 * Rules over a tree stored as "each node names its parent" (business units, customer companies, categories). Pure:
 * the caller loads the nodes (id + parent) and passes them in. Ids are compared by their string form, because
 * PostgreSQL ids arrive as numbers from the database but may arrive as strings from a REST body or a URL.
 */
export type TreeId = number | string

export type TreeNode<Id extends TreeId = TreeId> = { id: Id; parent?: Id | null }

const key = (id: TreeId) => String(id)

function childrenIndex<Id extends TreeId>(nodes: readonly TreeNode<Id>[]): Map<string, Id[]> {
  const children = new Map<string, Id[]>()
  for (const node of nodes) {
    if (node.parent === null || node.parent === undefined) continue
    const siblings = children.get(key(node.parent)) ?? []
    siblings.push(node.id)
    children.set(key(node.parent), siblings)
  }
  return children
}

const parentIndex = <Id extends TreeId>(nodes: readonly TreeNode<Id>[]) =>
  new Map(nodes.map((node) => [key(node.id), node.parent ?? null] as const))

/**
 * The ancestors of `id`, nearest first (parent, grandparent, …, root). Stops at a node already seen, so data that
 * somehow holds a cycle cannot loop forever.
 */
export function ancestorsOf<Id extends TreeId>(nodes: readonly TreeNode<Id>[], id: TreeId): Id[] {
  const parents = parentIndex(nodes)
  const seen = new Set([key(id)])
  const ancestors: Id[] = []
  let current = parents.get(key(id)) ?? null
  while (current !== null && !seen.has(key(current))) {
    ancestors.push(current)
    seen.add(key(current))
    current = parents.get(key(current)) ?? null
  }
  return ancestors
}

/** Every node below `id` (children, grandchildren, …), not `id` itself; breadth first. */
export function descendantsOf<Id extends TreeId>(nodes: readonly TreeNode<Id>[], id: TreeId): Id[] {
  const children = childrenIndex(nodes)
  const seen = new Set([key(id)])
  const descendants: Id[] = []
  const queue = [...(children.get(key(id)) ?? [])]
  while (queue.length > 0) {
    const next = queue.shift() as Id
    if (seen.has(key(next))) continue
    seen.add(key(next))
    descendants.push(next)
    queue.push(...(children.get(key(next)) ?? []))
  }
  return descendants
}

/** The top of `id`'s branch: the last ancestor, or `id` itself when it has no parent. */
export function rootOf<Id extends TreeId>(nodes: readonly TreeNode<Id>[], id: Id): Id {
  const ancestors = ancestorsOf(nodes, id)
  return ancestors.length > 0 ? ancestors[ancestors.length - 1] : id
}

/**
 * Whether giving node `id` the parent `newParent` would close a loop: the node would become its own parent, or
 * the parent of one of its own ancestors-to-be. A new node (no id yet) can never close a loop.
 */
export function wouldCreateCycle(nodes: readonly TreeNode[], id: TreeId | null | undefined, newParent: TreeId | null | undefined): boolean {
  if (id === null || id === undefined || newParent === null || newParent === undefined) return false
  if (key(id) === key(newParent)) return true
  return ancestorsOf(nodes, newParent).some((ancestor) => key(ancestor) === key(id))
}
