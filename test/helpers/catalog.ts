/** Catalog building blocks for integration tests: typed attributes, two families, written through the local API. */
import type { Payload } from 'payload'

const local = { overrideAccess: true, depth: 0 } as const

const option = (value: string, label = value.toUpperCase()) => ({ value, label })

export async function createCatalogBasics(payload: Payload) {
  const attribute = (data: Record<string, unknown>) => payload.create({ collection: 'attributes', data: data as never, ...local })
  const threadSize = await attribute({ code: 'thread-size', label: 'Thread size', type: 'select', options: ['m4', 'm6', 'm8'].map((v) => option(v)), filterable: true })
  const length = await attribute({ code: 'length', label: 'Length', type: 'number', unit: 'mm', filterable: true })
  const material = await attribute({ code: 'material', label: 'Material', type: 'text', searchable: true })
  const coated = await attribute({ code: 'coated', label: 'Coated', type: 'boolean' })
  const color = await attribute({ code: 'color', label: 'Colour', type: 'multiselect', options: ['red', 'blue', 'black'].map((v) => option(v)) })
  const size = await attribute({ code: 'size', label: 'Size', type: 'select', options: ['s', 'm', 'l', 'xl'].map((v) => option(v)) })
  const fasteners = await payload.create({
    collection: 'attribute-families',
    data: {
      code: 'fasteners',
      name: 'Fasteners',
      attributes: [
        { attribute: threadSize.id, required: true, isVariantAttribute: true },
        { attribute: length.id, required: true, isVariantAttribute: true },
        { attribute: material.id },
        { attribute: coated.id },
        { attribute: color.id },
      ],
    },
    ...local,
  })
  const gloves = await payload.create({
    collection: 'attribute-families',
    data: {
      code: 'gloves',
      name: 'Gloves',
      attributes: [
        { attribute: size.id, required: true, isVariantAttribute: true },
        { attribute: material.id, required: true },
      ],
    },
    ...local,
  })
  return { attributes: { threadSize, length, material, coated, color, size }, families: { fasteners, gloves } }
}
