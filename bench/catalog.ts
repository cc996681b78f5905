/**
 * A deterministic B2B catalogue of any size: the same `count` and `seed` always give the same products, so two runs
 * (or two machines) benchmark the same data. Names, units, weights and prices follow a few believable product
 * families of an industrial supplier.
 */
export type GeneratedProduct = {
  sku: string
  name: string
  unit: 'item' | 'set' | 'kg' | 'm' | 'l'
  /** kg per unit */
  weight: number
  /** USD minor units */
  usdAmount: number
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

type Family = {
  prefix: string
  unit: GeneratedProduct['unit']
  name: (random: Random) => string
  /** kg per unit */
  weight: [number, number]
  /** USD major units */
  price: [number, number]
}

const FAMILIES: Family[] = [
  {
    prefix: 'SCR',
    unit: 'set',
    name: (r) => `Hex screw M${pick(r, [3, 4, 5, 6, 8, 10, 12])} × ${pick(r, [10, 16, 20, 25, 30, 40, 50, 60, 80])} mm, ${pick(r, ['zinc-plated', 'stainless A2', 'stainless A4', 'black oxide'])}, box of ${pick(r, [50, 100, 200, 500])}`,
    weight: [0.1, 2.5],
    price: [4, 60],
  },
  {
    prefix: 'NUT',
    unit: 'set',
    name: (r) => `${pick(r, ['Hex nut', 'Lock nut', 'Flange nut', 'Wing nut'])} M${pick(r, [4, 5, 6, 8, 10, 12, 16])}, ${pick(r, ['zinc-plated', 'stainless A2', 'brass'])}, box of ${pick(r, [100, 200, 500])}`,
    weight: [0.1, 1.5],
    price: [3, 40],
  },
  {
    prefix: 'TOOL',
    unit: 'item',
    name: (r) => `${pick(r, ['Cordless drill', 'Impact driver', 'Angle grinder', 'Jigsaw', 'Circular saw', 'Rotary hammer'])} ${pick(r, ['12 V', '18 V', '36 V'])}${pick(r, ['', ', brushless', ', with case'])}`,
    weight: [1.2, 4.5],
    price: [79, 649],
  },
  {
    prefix: 'SAFE',
    unit: 'item',
    name: (r) => `${pick(r, ['Nitrile work gloves', 'Cut-resistant gloves', 'Safety glasses', 'Ear defenders', 'Hi-vis vest', 'Hard hat'])}, size ${pick(r, ['S', 'M', 'L', 'XL'])}`,
    weight: [0.03, 0.6],
    price: [2, 45],
  },
  {
    prefix: 'CBL',
    unit: 'm',
    name: (r) => `${pick(r, ['Power cable', 'Control cable', 'Ethernet cable Cat6', 'Speaker cable'])} ${pick(r, ['3 × 1.5', '3 × 2.5', '5 × 1.5', '2 × 0.75'])} mm², ${pick(r, ['grey', 'black', 'white'])}, per metre`,
    weight: [0.04, 0.3],
    price: [0.4, 6],
  },
  {
    prefix: 'LUB',
    unit: 'l',
    name: (r) => `${pick(r, ['Cutting oil', 'Hydraulic oil HLP 46', 'Multi-purpose grease', 'Degreaser', 'Chain lubricant'])}, ${pick(r, ['1 l', '5 l', '20 l'])} can`,
    weight: [0.9, 1.1],
    price: [6, 120],
  },
  {
    prefix: 'PIPE',
    unit: 'm',
    name: (r) => `${pick(r, ['Copper pipe', 'PVC pipe', 'PEX pipe', 'Steel pipe'])} Ø ${pick(r, [12, 15, 18, 22, 28, 32])} mm, per metre`,
    weight: [0.1, 2],
    price: [1, 25],
  },
  {
    prefix: 'ABR',
    unit: 'kg',
    name: (r) => `${pick(r, ['Steel shot blasting media', 'Glass bead media', 'Aluminium oxide grit'])}, grade ${pick(r, ['F36', 'F60', 'F80', 'F120'])}, per kg`,
    weight: [1, 1],
    price: [2, 14],
  },
]

export function generateProducts(count: number, seed = 20240601): GeneratedProduct[] {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const family = pick(random, FAMILIES)
    return {
      // The running number makes every SKU unique however many products share a family.
      sku: `${family.prefix}-${String(index + 1).padStart(6, '0')}`,
      name: family.name(random),
      unit: family.unit,
      weight: Math.round(between(random, ...family.weight) * 1000) / 1000,
      usdAmount: Math.round(between(random, ...family.price) * 100),
    }
  })
}
