/**
 * The demo catalog: typed attributes, three product families, a category tree, four brands and 30 products (three
 * of them configurable, sold as variants), each named in English and German. Prices are [USD, EUR] minor units.
 */
type Label = [en: string, de: string]
type Prices = [usd: number, eur: number]
export type DemoValue = string | number | boolean | string[]

export type DemoAttribute = {
  code: string
  label: Label
  type: 'text' | 'number' | 'boolean' | 'select' | 'multiselect'
  unit?: string
  options?: Array<[value: string, en: string, de: string]>
  filterable?: boolean
  searchable?: boolean
}

export const DEMO_ATTRIBUTES: DemoAttribute[] = [
  { code: 'thread-size', label: ['Thread size', 'Gewindegröße'], type: 'select', filterable: true, options: ['m4', 'm5', 'm6', 'm8', 'm10'].map((v) => [v, v.toUpperCase(), v.toUpperCase()]) },
  { code: 'length', label: ['Length', 'Länge'], type: 'number', unit: 'mm', filterable: true },
  {
    code: 'material',
    label: ['Material', 'Material'],
    type: 'select',
    filterable: true,
    searchable: true,
    options: [
      ['steel-zinc', 'Steel, zinc-plated', 'Stahl, verzinkt'],
      ['stainless-a2', 'Stainless steel A2', 'Edelstahl A2'],
      ['nitrile', 'Nitrile', 'Nitril'],
      ['leather', 'Leather', 'Leder'],
      ['hppe', 'HPPE fibre', 'HPPE-Faser'],
    ],
  },
  { code: 'pack-size', label: ['Pieces per pack', 'Stück pro Packung'], type: 'number', unit: 'pcs' },
  { code: 'voltage', label: ['Voltage', 'Spannung'], type: 'number', unit: 'V', filterable: true },
  { code: 'cordless', label: ['Cordless', 'Akkubetrieben'], type: 'boolean', filterable: true },
  { code: 'battery-capacity', label: ['Battery capacity', 'Akkukapazität'], type: 'number', unit: 'Ah' },
  {
    code: 'size',
    label: ['Size', 'Größe'],
    type: 'select',
    filterable: true,
    options: ['s', 'm', 'l', 'xl'].map((v) => [v, v.toUpperCase(), v.toUpperCase()]),
  },
  {
    code: 'color',
    label: ['Colour', 'Farbe'],
    type: 'multiselect',
    filterable: true,
    options: [
      ['black', 'Black', 'Schwarz'],
      ['blue', 'Blue', 'Blau'],
      ['orange', 'Orange', 'Orange'],
      ['grey', 'Grey', 'Grau'],
    ],
  },
]

/** [attribute code, required, variant attribute] */
export const DEMO_FAMILIES: Array<{ code: string; name: Label; attributes: Array<[string, boolean, boolean]> }> = [
  { code: 'fasteners', name: ['Fasteners', 'Befestigungsmittel'], attributes: [['thread-size', true, true], ['length', false, true], ['material', true, false], ['pack-size', false, false]] },
  { code: 'power-tools', name: ['Power tools', 'Elektrowerkzeuge'], attributes: [['voltage', true, false], ['cordless', true, false], ['battery-capacity', false, false], ['color', false, false]] },
  { code: 'gloves', name: ['Gloves', 'Handschuhe'], attributes: [['size', true, true], ['material', true, false], ['color', false, false]] },
]

/** [key, English title, German title, parent key] in tree order */
export const DEMO_CATEGORIES: Array<[string, string, string, string | null]> = [
  ['fasteners', 'Fasteners', 'Befestigungstechnik', null],
  ['screws', 'Screws', 'Schrauben', 'fasteners'],
  ['nuts', 'Nuts', 'Muttern', 'fasteners'],
  ['washers', 'Washers', 'Unterlegscheiben', 'fasteners'],
  ['tools', 'Tools', 'Werkzeuge', null],
  ['power-tools', 'Power tools', 'Elektrowerkzeuge', 'tools'],
  ['batteries', 'Batteries & chargers', 'Akkus & Ladegeräte', 'tools'],
  ['hand-tools', 'Hand tools', 'Handwerkzeuge', 'tools'],
  ['safety', 'Safety', 'Arbeitsschutz', null],
  ['gloves', 'Gloves', 'Handschuhe', 'safety'],
  ['eye-protection', 'Eye protection', 'Augenschutz', 'safety'],
  ['plumbing', 'Plumbing', 'Sanitär', null],
  ['sealing', 'Sealing', 'Dichtmittel', 'plumbing'],
]

export const DEMO_BRANDS = [
  { code: 'FASTENWERK', name: 'Fastenwerk' },
  { code: 'VOLTIX', name: 'Voltix' },
  { code: 'GRIPSAFE', name: 'GripSafe' },
  { code: 'BUREAU', name: 'Bureau Basics' },
]

export type DemoVariant = { sku: string; values: Record<string, DemoValue>; prices?: Prices; name?: Label }

export type DemoProduct = {
  sku: string
  name: Label
  category: string
  brand: string
  family?: string
  unit?: 'item' | 'set' | 'kg' | 'm' | 'l'
  /** kg per unit */
  weight: number
  prices: Prices
  values?: Record<string, DemoValue>
  /** present on configurable products */
  variants?: DemoVariant[]
}

const screw = (sku: string, en: string, de: string, thread: string, length: number, material: string, pack: number, weight: number, prices: Prices): DemoProduct => ({
  sku, name: [en, de], category: 'screws', brand: 'FASTENWERK', family: 'fasteners', unit: 'set', weight, prices,
  values: { 'thread-size': thread, length, material, 'pack-size': pack },
})
const fastener = (sku: string, en: string, de: string, category: string, thread: string, material: string, pack: number, weight: number, prices: Prices): DemoProduct => ({
  sku, name: [en, de], category, brand: 'FASTENWERK', family: 'fasteners', unit: 'set', weight, prices,
  values: { 'thread-size': thread, material, 'pack-size': pack },
})
const tool = (sku: string, en: string, de: string, category: string, weight: number, prices: Prices, values: Record<string, DemoValue>): DemoProduct => ({
  sku, name: [en, de], category, brand: 'VOLTIX', family: 'power-tools', weight, prices, values,
})
const plain = (sku: string, en: string, de: string, category: string, brand: string, weight: number, prices: Prices): DemoProduct => ({
  sku, name: [en, de], category, brand, weight, prices,
})

export const DEMO_CATALOG: DemoProduct[] = [
  screw('SCR-M4-20', 'Hex screw M4 × 20 mm, box of 100', 'Sechskantschraube M4 × 20 mm, 100 Stück', 'm4', 20, 'steel-zinc', 100, 0.35, [1249, 1149]),
  screw('SCR-M6-40', 'Hex screw M6 × 40 mm, box of 100', 'Sechskantschraube M6 × 40 mm, 100 Stück', 'm6', 40, 'steel-zinc', 100, 0.9, [2199, 1999]),
  screw('SCR-M8-50-A2', 'Hex screw M8 × 50 mm, stainless A2, box of 50', 'Sechskantschraube M8 × 50 mm, Edelstahl A2, 50 Stück', 'm8', 50, 'stainless-a2', 50, 1.2, [3490, 3190]),
  screw('SCR-M5-16-A2', 'Socket cap screw M5 × 16 mm, stainless A2, box of 100', 'Zylinderschraube M5 × 16 mm, Edelstahl A2, 100 Stück', 'm5', 16, 'stainless-a2', 100, 0.3, [1890, 1729]),
  {
    sku: 'SCR-CHIP-5',
    name: ['Chipboard screw 5 mm, countersunk, box of 200', 'Spanplattenschraube 5 mm, Senkkopf, 200 Stück'],
    category: 'screws', brand: 'FASTENWERK', family: 'fasteners', unit: 'set', weight: 0.8, prices: [1590, 1450],
    values: { material: 'steel-zinc', 'pack-size': 200 },
    variants: [
      { sku: 'SCR-CHIP-5-30', values: { 'thread-size': 'm5', length: 30 }, prices: [1390, 1290], name: ['Chipboard screw 5 × 30 mm, box of 200', 'Spanplattenschraube 5 × 30 mm, 200 Stück'] },
      { sku: 'SCR-CHIP-5-40', values: { 'thread-size': 'm5', length: 40 }, name: ['Chipboard screw 5 × 40 mm, box of 200', 'Spanplattenschraube 5 × 40 mm, 200 Stück'] },
      { sku: 'SCR-CHIP-5-50', values: { 'thread-size': 'm5', length: 50 }, prices: [1790, 1650], name: ['Chipboard screw 5 × 50 mm, box of 200', 'Spanplattenschraube 5 × 50 mm, 200 Stück'] },
      { sku: 'SCR-CHIP-5-60', values: { 'thread-size': 'm5', length: 60 }, prices: [1990, 1850], name: ['Chipboard screw 5 × 60 mm, box of 200', 'Spanplattenschraube 5 × 60 mm, 200 Stück'] },
    ],
  },
  fastener('NUT-M6', 'Hex nut M6, box of 200', 'Sechskantmutter M6, 200 Stück', 'nuts', 'm6', 'steel-zinc', 200, 0.6, [899, 829]),
  fastener('NUT-M8', 'Hex nut M8, box of 200', 'Sechskantmutter M8, 200 Stück', 'nuts', 'm8', 'steel-zinc', 200, 1.0, [1299, 1199]),
  fastener('NUT-M10-LOCK', 'Lock nut M10, stainless A2, box of 100', 'Sicherungsmutter M10, Edelstahl A2, 100 Stück', 'nuts', 'm10', 'stainless-a2', 100, 1.1, [2490, 2290]),
  fastener('WSH-M6', 'Flat washer M6, box of 500', 'Unterlegscheibe M6, 500 Stück', 'washers', 'm6', 'steel-zinc', 500, 0.5, [749, 689]),
  fastener('WSH-M8', 'Flat washer M8, box of 500', 'Unterlegscheibe M8, 500 Stück', 'washers', 'm8', 'steel-zinc', 500, 0.8, [999, 919]),
  fastener('WSH-M10-SPR', 'Spring washer M10, box of 200', 'Federring M10, 200 Stück', 'washers', 'm10', 'steel-zinc', 200, 0.4, [899, 829]),
  tool('DRL-18V', 'Cordless drill 18 V', 'Akku-Bohrschrauber 18 V', 'power-tools', 1.8, [12900, 11900], { voltage: 18, cordless: true, color: ['blue', 'black'] }),
  tool('IMP-18V', 'Cordless impact driver 18 V', 'Akku-Schlagschrauber 18 V', 'power-tools', 1.5, [14900, 13700], { voltage: 18, cordless: true, color: ['blue', 'black'] }),
  tool('SAW-CIRC-18V', 'Cordless circular saw 18 V, 165 mm', 'Akku-Handkreissäge 18 V, 165 mm', 'power-tools', 3.1, [19900, 18300], { voltage: 18, cordless: true, color: ['blue'] }),
  tool('GRN-125', 'Angle grinder 125 mm, 1,100 W', 'Winkelschleifer 125 mm, 1.100 W', 'power-tools', 2.2, [8900, 8200], { voltage: 230, cordless: false, color: ['grey'] }),
  tool('HAM-SDS', 'Rotary hammer SDS-plus, 800 W', 'Bohrhammer SDS-plus, 800 W', 'power-tools', 2.9, [15900, 14600], { voltage: 230, cordless: false, color: ['grey', 'black'] }),
  tool('BAT-18V-5AH', 'Battery pack 18 V 5 Ah', 'Akku 18 V 5 Ah', 'batteries', 0.7, [8900, 8200], { voltage: 18, cordless: true, 'battery-capacity': 5 }),
  tool('BAT-18V-2AH', 'Battery pack 18 V 2 Ah', 'Akku 18 V 2 Ah', 'batteries', 0.4, [4900, 4500], { voltage: 18, cordless: true, 'battery-capacity': 2 }),
  tool('CHG-18V', 'Fast charger 18 V', 'Schnellladegerät 18 V', 'batteries', 0.6, [3900, 3600], { voltage: 18, cordless: false }),
  plain('HAM-CLAW-450', 'Claw hammer 450 g', 'Latthammer 450 g', 'hand-tools', 'BUREAU', 0.7, [2490, 2290]),
  plain('SCRDR-SET-6', 'Screwdriver set, 6 pieces', 'Schraubendreher-Satz, 6-teilig', 'hand-tools', 'BUREAU', 0.5, [1990, 1830]),
  plain('WRN-SET-8', 'Combination wrench set 8–19 mm, 8 pieces', 'Ringmaulschlüssel-Satz 8–19 mm, 8-teilig', 'hand-tools', 'BUREAU', 1.4, [3990, 3690]),
  plain('PLR-COMBI-180', 'Combination pliers 180 mm', 'Kombizange 180 mm', 'hand-tools', 'BUREAU', 0.3, [1490, 1370]),
  {
    sku: 'GLV-NIT',
    name: ['Nitrile work gloves, pair', 'Nitril-Arbeitshandschuhe, Paar'],
    category: 'gloves', brand: 'GRIPSAFE', family: 'gloves', weight: 0.05, prices: [349, 319],
    values: { material: 'nitrile', color: ['blue'] },
    variants: ['s', 'm', 'l', 'xl'].map((size) => ({
      sku: `GLV-NIT-${size.toUpperCase()}`,
      values: { size },
      name: [`Nitrile work gloves, size ${size.toUpperCase()}, pair`, `Nitril-Arbeitshandschuhe, Größe ${size.toUpperCase()}, Paar`] as Label,
      ...(size === 'xl' ? { prices: [379, 349] as Prices } : {}),
    })),
  },
  {
    sku: 'GLV-LTH',
    name: ['Leather rigger gloves, pair', 'Leder-Arbeitshandschuhe, Paar'],
    category: 'gloves', brand: 'GRIPSAFE', family: 'gloves', weight: 0.15, prices: [899, 829],
    values: { material: 'leather', color: ['orange'] },
    variants: ['m', 'l', 'xl'].map((size) => ({ sku: `GLV-LTH-${size.toUpperCase()}`, values: { size } })),
  },
  {
    sku: 'GLV-CUT-L', name: ['Cut-resistant gloves, level C, size L, pair', 'Schnittschutzhandschuhe, Stufe C, Größe L, Paar'],
    category: 'gloves', brand: 'GRIPSAFE', family: 'gloves', weight: 0.08, prices: [1290, 1190],
    values: { size: 'l', material: 'hppe', color: ['grey', 'black'] },
  },
  plain('GGL-CLEAR', 'Safety goggles, clear, anti-fog', 'Schutzbrille, klar, beschlagfrei', 'eye-protection', 'GRIPSAFE', 0.09, [990, 910]),
  plain('GLS-TINT', 'Safety glasses, tinted', 'Schutzbrille, getönt', 'eye-protection', 'GRIPSAFE', 0.03, [690, 630]),
  plain('TAPE-PTFE', 'PTFE thread seal tape, 12 m', 'PTFE-Gewindedichtband, 12 m', 'sealing', 'BUREAU', 0.02, [199, 179]),
  plain('SEAL-SIL-300', 'Sanitary silicone, white, 300 ml', 'Sanitär-Silikon, weiß, 300 ml', 'sealing', 'BUREAU', 0.35, [690, 640]),
]
