import { describe, expect, it } from 'vitest'

import { checkProductStructure, variantParentProblem } from '../../../collections/catalog/rules/product-structure'
import { skuFormatProblem, skuTakenMessage } from '../../../collections/catalog/rules/sku'

describe('skuFormatProblem', () => {
  it('accepts SKUs with separators and refuses empty, spaced or overlong ones', () => {
    expect(skuFormatProblem('SCR-M6/40_A2.1')).toBeNull()
    expect(skuFormatProblem('  SCR-M6  ')).toBeNull()
    expect(skuFormatProblem('')).toBe('A SKU is required')
    expect(skuFormatProblem(undefined)).toBe('A SKU is required')
    expect(skuFormatProblem('SCR M6')).toMatch(/contains spaces/)
    expect(skuFormatProblem('X'.repeat(65))).toBe('A SKU has at most 64 characters')
  })
})

describe('skuTakenMessage', () => {
  it('names the other holder, product or variant', () => {
    expect(skuTakenMessage('GLV-L', [{ collection: 'product-variants', id: 7 }])).toBe('SKU "GLV-L" is already used by product variant 7')
    expect(skuTakenMessage('DRL', [{ collection: 'products', id: 3 }], { collection: 'product-variants', id: 3 })).toBe(
      'SKU "DRL" is already used by product 3',
    )
  })

  it('lets a document keep its own SKU', () => {
    expect(skuTakenMessage('DRL', [{ collection: 'products', id: 3 }], { collection: 'products', id: '3' })).toBeNull()
    expect(skuTakenMessage('DRL', [])).toBeNull()
  })
})

describe('checkProductStructure', () => {
  const base = { type: 'simple' as const, familyVariantAttributes: null, variantCount: 0, typeChanged: false, familyChanged: false }

  it('accepts a simple product without family and a configurable one with variant attributes', () => {
    expect(checkProductStructure(base)).toEqual([])
    expect(checkProductStructure({ ...base, type: 'configurable', familyVariantAttributes: 1, typeChanged: true })).toEqual([])
  })

  it('asks a configurable product for a family with variant attributes', () => {
    expect(checkProductStructure({ ...base, type: 'configurable' })).toEqual([{ path: 'family', message: expect.stringContaining('needs a family') }])
    expect(checkProductStructure({ ...base, type: 'configurable', familyVariantAttributes: 0 })).toEqual([
      { path: 'family', message: expect.stringContaining('no variant attributes') },
    ])
  })

  it('keeps type and family while variants exist', () => {
    expect(checkProductStructure({ ...base, variantCount: 4, typeChanged: true, familyChanged: true })).toEqual([
      { path: 'type', message: 'The product has 4 variants; delete them before making it simple' },
      { path: 'family', message: expect.stringContaining('has 4 variants') },
    ])
  })
})

describe('variantParentProblem', () => {
  it('accepts configurable products only', () => {
    expect(variantParentProblem({ type: 'configurable', sku: 'GLV' })).toBeNull()
    expect(variantParentProblem({ type: 'simple', sku: 'DRL-18V' })).toBe('Product DRL-18V is simple; only configurable products have variants')
    expect(variantParentProblem(null)).toBe('The product does not exist')
  })
})
