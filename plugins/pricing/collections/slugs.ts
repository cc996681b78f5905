/** The pricing plugin's slugs (CONTRACT names the first three) and the internal tables of combined lists. */
export const PRICE_LISTS_SLUG = 'price-lists'
export const PRODUCT_PRICES_SLUG = 'product-prices'
export const PRICE_LIST_ASSIGNMENTS_SLUG = 'price-list-assignments'
export const PRICING_SETTINGS_SLUG = 'pricing-settings'
export const COMBINED_PRICE_LISTS_SLUG = 'combined-price-lists'
export const COMBINED_PRICES_SLUG = 'combined-prices'
export const COMBINED_PRICE_LIST_LINKS_SLUG = 'combined-price-list-links'
/** Admin group of every pricing collection. */
export const PRICING_GROUP = 'Pricing'
/** The staff data these collections hold is under role access levels (owner, business unit): src/kit/secured-collections.ts. */
export const SECURED = { bureau: { secured: true } }
export const PRICE_IMPORTS_SLUG = 'price-imports'
export const PRICE_EXPORTS_SLUG = 'price-exports'
export const PRICE_CSV_FILES_SLUG = 'price-csv-files'
