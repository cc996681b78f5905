/**
 * The catalogue's structure for the benchmark: attributes, families and a category tree, created through the local
 * API (their hooks compute category paths and validate families) before the products are bulk-inserted. Each
 * generated product family of bench/catalog.ts names a leaf category and an attribute family from here.
 */
import type { Payload } from 'payload'

type AttributeSpec = { code: string; label: string; type: 'select' | 'number'; options?: string[] }

const ATTRIBUTES: AttributeSpec[] = [
  { code: 'thread-size', label: 'Thread size', type: 'select', options: [3, 4, 5, 6, 8, 10, 12, 16].map((size) => `m${size}`) },
  {
    code: 'material',
    label: 'Material',
    type: 'select',
    options: ['zinc-plated', 'stainless-a2', 'stainless-a4', 'black-oxide', 'brass', 'copper', 'pvc', 'pex', 'steel'],
  },
  { code: 'voltage', label: 'Voltage', type: 'number' },
  { code: 'diameter', label: 'Diameter (mm)', type: 'number' },
  { code: 'size', label: 'Size', type: 'select', options: ['s', 'm', 'l', 'xl'] },
]

/** family code → [attribute code, required, variant attribute] */
const FAMILIES: Record<string, Array<[string, boolean, boolean]>> = {
  fasteners: [['thread-size', true, false], ['material', true, false]],
  'power-tools': [['voltage', true, false]],
  safety: [['size', true, true]],
  pipes: [['material', true, false], ['diameter', true, false]],
}

/** [slug, title, parent slug] — parents first */
const CATEGORIES: Array<[string, string, string | null]> = [
  ['fasteners', 'Fasteners', null],
  ['screws', 'Screws', 'fasteners'],
  ['nuts', 'Nuts', 'fasteners'],
  ['tools', 'Tools', null],
  ['power-tools', 'Power tools', 'tools'],
  ['safety', 'Safety', null],
  ['electrical', 'Electrical', null],
  ['cables', 'Cables', 'electrical'],
  ['maintenance', 'Maintenance', null],
  ['lubricants', 'Lubricants', 'maintenance'],
  ['abrasives', 'Abrasives', 'maintenance'],
  ['plumbing', 'Plumbing', null],
  ['pipes', 'Pipes', 'plumbing'],
]

export type CatalogStructure = {
  attributes: Map<string, number>
  families: Map<string, number>
  categories: Map<string, number>
}

export async function createCatalogStructure(payload: Payload): Promise<CatalogStructure> {
  const local = { overrideAccess: true, depth: 0 } as const
  const attributes = new Map<string, number>()
  for (const { code, label, type, options } of ATTRIBUTES) {
    const doc = await payload.create({
      collection: 'attributes',
      data: { code, label, type, filterable: true, options: options?.map((value) => ({ value, label: value.toUpperCase() })) },
      ...local,
    })
    attributes.set(code, doc.id)
  }
  const families = new Map<string, number>()
  for (const [code, members] of Object.entries(FAMILIES)) {
    const doc = await payload.create({
      collection: 'attribute-families',
      data: {
        code,
        name: code,
        attributes: members.map(([attribute, required, isVariantAttribute]) => ({ attribute: attributes.get(attribute)!, required, isVariantAttribute })),
      },
      ...local,
    })
    families.set(code, doc.id)
  }
  const categories = new Map<string, number>()
  for (const [slug, title, parent] of CATEGORIES) {
    const doc = await payload.create({
      collection: 'categories',
      data: { slug, title, parent: parent ? categories.get(parent)! : null },
      ...local,
    })
    categories.set(slug, doc.id)
  }
  return { attributes, families, categories }
}
