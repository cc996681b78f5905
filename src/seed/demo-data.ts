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
