/** The demo a newcomer sees on first start: believable, small, and printed in the README. */
export const DEMO_ADMIN = { email: 'admin@bureau.local', password: 'bureau-demo', name: 'Demo Administrator' }

export const DEMO_CURRENCIES = [
  { code: 'USD', name: 'US Dollar', symbol: '$', minorDigits: 2 },
  { code: 'EUR', name: 'Euro', symbol: '€', minorDigits: 2 },
]

export const DEMO_CUSTOMERS = [
  { name: 'Northwind Traders', code: 'NORTHWIND', email: 'purchasing@northwind.example' },
  { name: 'Northwind Traders East', code: 'NORTHWIND-EAST', email: 'east@northwind.example', parentCode: 'NORTHWIND' },
  { name: 'Northwind Traders West', code: 'NORTHWIND-WEST', email: 'west@northwind.example', parentCode: 'NORTHWIND' },
  { name: 'Contoso Manufacturing', code: 'CONTOSO', email: 'buyers@contoso.example' },
]

/** [sku, name, USD minor units, EUR minor units, kg per unit] */
export const DEMO_PRODUCTS: Array<[string, string, number, number, number]> = [
  ['SCR-M4-20', 'Hex screw M4 × 20 mm, box of 100', 1249, 1149, 0.35],
  ['SCR-M6-40', 'Hex screw M6 × 40 mm, box of 100', 2199, 1999, 0.9],
  ['NUT-M6', 'Hex nut M6, box of 200', 899, 829, 0.6],
  ['WSH-M6', 'Flat washer M6, box of 500', 749, 689, 0.5],
  ['DRL-18V', 'Cordless drill 18 V', 12900, 11900, 1.8],
  ['BAT-18V-5AH', 'Battery pack 18 V 5 Ah', 8900, 8200, 0.7],
  ['GLV-NIT-L', 'Nitrile work gloves, size L, pair', 349, 319, 0.05],
  ['TAPE-PTFE', 'PTFE thread seal tape, 12 m', 199, 179, 0.02],
]
