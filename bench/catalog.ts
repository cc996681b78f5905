/**
 * A deterministic B2B catalogue of any size: the same `count` and `seed` always give the same products, so two runs
 * (or two machines) benchmark the same data. Names, units, weights and prices follow a few believable product
 * families of an industrial supplier.
 */
/** An attribute value as the catalog stores it: attribute code and canonical value ("m6", "18", "stainless-a2"). */
export type GeneratedValue = { code: string; value: string }

export type GeneratedProduct = {
  sku: string
  name: string
  unit: 'item' | 'set' | 'kg' | 'm' | 'l'
  /** kg per unit */
  weight: number
  /** USD minor units */
  usdAmount: number
  /** slug of the leaf category (bench/catalog-structure.ts) */
  category: string
  /** attribute family code, when the product has one */
  family?: string
  attributes: GeneratedValue[]
  /** a configurable product's variants, one per value of the family's variant attribute */
  variants?: GeneratedValue[]
}

type Random = () => number

/** mulberry32: a tiny, fast, seedable PRNG; Math.random cannot be seeded. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]
const between = (random: Random, min: number, max: number) => min + random() * (max - min)

type Made = { name: string; attributes?: GeneratedValue[] }

type Family = {
  prefix: string
  unit: GeneratedProduct['unit']
  category: string
  family?: string
  make: (random: Random) => Made
  /** kg per unit */
  weight: [number, number]
  /** USD major units */
  price: [number, number]
  variants?: GeneratedValue[]
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-')
const threadAndMaterial = (thread: number, material: string): GeneratedValue[] => [
  { code: 'thread-size', value: `m${thread}` },
  { code: 'material', value: slug(material) },
]

const FAMILIES: Family[] = [
  {
    prefix: 'SCR',
    unit: 'set',
    category: 'screws',
    family: 'fasteners',
    make: (r) => {
      const [thread, material] = [pick(r, [3, 4, 5, 6, 8, 10, 12]), pick(r, ['zinc-plated', 'stainless A2', 'stainless A4', 'black oxide'])]
      return { name: `Hex screw M${thread} × ${pick(r, [10, 16, 20, 25, 30, 40, 50, 60, 80])} mm, ${material}, box of ${pick(r, [50, 100, 200, 500])}`, attributes: threadAndMaterial(thread, material) }
    },
    weight: [0.1, 2.5],
    price: [4, 60],
  },
  {
    prefix: 'NUT',
    unit: 'set',
    category: 'nuts',
    family: 'fasteners',
    make: (r) => {
      const [thread, material] = [pick(r, [4, 5, 6, 8, 10, 12, 16]), pick(r, ['zinc-plated', 'stainless A2', 'brass'])]
      return { name: `${pick(r, ['Hex nut', 'Lock nut', 'Flange nut', 'Wing nut'])} M${thread}, ${material}, box of ${pick(r, [100, 200, 500])}`, attributes: threadAndMaterial(thread, material) }
    },
    weight: [0.1, 1.5],
    price: [3, 40],
  },
  {
    prefix: 'TOOL',
    unit: 'item',
    category: 'power-tools',
    family: 'power-tools',
    make: (r) => {
      const volts = pick(r, [12, 18, 36])
      return {
        name: `${pick(r, ['Cordless drill', 'Impact driver', 'Angle grinder', 'Jigsaw', 'Circular saw', 'Rotary hammer'])} ${volts} V${pick(r, ['', ', brushless', ', with case'])}`,
        attributes: [{ code: 'voltage', value: String(volts) }],
      }
    },
    weight: [1.2, 4.5],
    price: [79, 649],
  },
  {
    // Sold by size: configurable products with one variant per size.
    prefix: 'SAFE',
    unit: 'item',
    category: 'safety',
    family: 'safety',
    make: (r) => ({ name: `${pick(r, ['Nitrile work gloves', 'Cut-resistant gloves', 'Leather rigger gloves', 'Hi-vis vest', 'Coverall'])}, ${pick(r, ['blue', 'black', 'orange', 'grey'])}` }),
    weight: [0.03, 0.6],
    price: [2, 45],
    variants: ['s', 'm', 'l', 'xl'].map((value) => ({ code: 'size', value })),
  },
  {
    prefix: 'CBL',
    unit: 'm',
    category: 'cables',
    make: (r) => ({ name: `${pick(r, ['Power cable', 'Control cable', 'Ethernet cable Cat6', 'Speaker cable'])} ${pick(r, ['3 × 1.5', '3 × 2.5', '5 × 1.5', '2 × 0.75'])} mm², ${pick(r, ['grey', 'black', 'white'])}, per metre` }),
    weight: [0.04, 0.3],
    price: [0.4, 6],
  },
  {
    prefix: 'LUB',
    unit: 'l',
    category: 'lubricants',
    make: (r) => ({ name: `${pick(r, ['Cutting oil', 'Hydraulic oil HLP 46', 'Multi-purpose grease', 'Degreaser', 'Chain lubricant'])}, ${pick(r, ['1 l', '5 l', '20 l'])} can` }),
    weight: [0.9, 1.1],
    price: [6, 120],
  },
  {
    prefix: 'PIPE',
    unit: 'm',
    category: 'pipes',
    family: 'pipes',
    make: (r) => {
      const [material, diameter] = [pick(r, ['Copper', 'PVC', 'PEX', 'Steel']), pick(r, [12, 15, 18, 22, 28, 32])]
      return { name: `${material} pipe Ø ${diameter} mm, per metre`, attributes: [{ code: 'material', value: slug(material) }, { code: 'diameter', value: String(diameter) }] }
    },
    weight: [0.1, 2],
    price: [1, 25],
  },
  {
    prefix: 'ABR',
    unit: 'kg',
    category: 'abrasives',
    make: (r) => ({ name: `${pick(r, ['Steel shot blasting media', 'Glass bead media', 'Aluminium oxide grit'])}, grade ${pick(r, ['F36', 'F60', 'F80', 'F120'])}, per kg` }),
    weight: [1, 1],
    price: [2, 14],
  },
]

export function generateProducts(count: number, seed = 20240601): GeneratedProduct[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const family = pick(random, FAMILIES)
    const made = family.make(random)
    return {
      // The running number makes every SKU unique however many products share a family.
      sku: `${family.prefix}-${String(index + 1).padStart(6, '0')}`,
      name: made.name,
      unit: family.unit,
      category: family.category,
      family: family.family,
      attributes: made.attributes ?? [],
      variants: family.variants,
      weight: Math.round(between(random, ...family.weight) * 1000) / 1000,
      usdAmount: Math.round(between(random, ...family.price) * 100),
    }
  })
}
