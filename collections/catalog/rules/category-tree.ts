/**
 * The category tree (pure). Each category stores its ancestors root-first and its slug path, so a storefront reads
 * breadcrumbs and whole subtrees with one indexed query, and the hooks keep both true when a category moves:
 *   Tools (tools)                       ancestors []            path "tools"
 *     Power tools (power-tools)         ancestors [Tools]       path "tools/power-tools"
 *       Drills (drills)                 ancestors [Tools, PT]   path "tools/power-tools/drills"
 */
import type { Id } from '../../../src/kit/ids'

export type PlacedCategory = { id: Id; ancestors: Id[]; path: string }
export type Placement = { ancestors: Id[]; path: string; level: number }

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const TRANSLITERATIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'o', å: 'a', œ: 'oe' }

/** "Schrauben & Dübel" → "schrauben-duebel": a URL-safe slug from a title. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[äöüßæøåœ]/g, (letter) => TRANSLITERATIONS[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const sameId = (a: Id | null | undefined, b: Id | null | undefined) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

/**
 * Where a category sits under `parent` (null = a root). A category cannot be its own ancestor: moving it under
 * itself or under one of its descendants is refused (the message explains which).
 */
export function placeCategory(
  self: { id?: Id | null; slug: string },
  parent: PlacedCategory | null,
): { ok: true; placement: Placement } | { ok: false; message: string } {
  if (!parent) return { ok: true, placement: { ancestors: [], path: self.slug, level: 0 } }
  if (sameId(parent.id, self.id)) return { ok: false, message: 'A category cannot be its own parent' }
  if (parent.ancestors.some((ancestor) => sameId(ancestor, self.id))) {
    return { ok: false, message: `A category cannot move under its own descendant "${parent.path}"` }
  }
  const ancestors = [...parent.ancestors, parent.id]
  return { ok: true, placement: { ancestors, path: `${parent.path}/${self.slug}`, level: ancestors.length } }
}

/**
 * After `moved` changed place (or slug), its descendants' ancestors and paths: each keeps its own branch below
 * `moved` and takes `moved`'s new ancestors and path above it.
 */
export function repathDescendants(
  moved: { id: Id; before: { path: string }; after: Placement },
  descendants: readonly PlacedCategory[],
): Array<PlacedCategory & { level: number }> {
  return descendants.map((descendant) => {
    const at = descendant.ancestors.findIndex((ancestor) => sameId(ancestor, moved.id))
    if (at < 0 || !descendant.path.startsWith(`${moved.before.path}/`)) {
      throw new Error(`Category ${descendant.id} is not below category ${moved.id}`)
    }
    const ancestors = [...moved.after.ancestors, ...descendant.ancestors.slice(at)]
    return {
      id: descendant.id,
      ancestors,
      path: `${moved.after.path}${descendant.path.slice(moved.before.path.length)}`,
      level: ancestors.length,
    }
  })
}
