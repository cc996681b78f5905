import { describe, expect, it } from 'vitest'

import { checkAttributeDefinition, removedOptionValues } from '../../../collections/catalog/rules/attribute-definition'
import { checkFamilyAttributes, removedAttributes, variantAttributesChanged } from '../../../collections/catalog/rules/attribute-family'
import type { AttributeDefinition } from '../../../collections/catalog/rules/attribute-values'

describe('checkAttributeDefinition', () => {
  it('accepts a select with distinct options and a number without', () => {
    expect(checkAttributeDefinition({ code: 'thread-size', type: 'select', options: [{ value: 'm4' }, { value: 'm6' }] })).toEqual([])
    expect(checkAttributeDefinition({ code: 'length_mm', type: 'number', options: [] })).toEqual([])
  })

  it('asks options of select types and refuses them elsewhere', () => {
    expect(checkAttributeDefinition({ code: 'size', type: 'multiselect', options: [] })).toEqual([
      { path: 'options', message: 'A multiselect attribute needs at least one option' },
    ])
    expect(checkAttributeDefinition({ code: 'voltage', type: 'number', options: [{ value: '18' }] })).toEqual([
      { path: 'options', message: 'Only select and multiselect attributes have options, not number' },
    ])
  })

  it('names the bad option row and a bad code', () => {
    expect(
      checkAttributeDefinition({ code: 'Thread Size', type: 'select', options: [{ value: 'm4' }, { value: ' m6' }, { value: 'm4' }, { value: '' }] }),
    ).toEqual([
      { path: 'code', message: expect.stringContaining('lower-case letters') },
      { path: 'options.1.value', message: expect.stringContaining('without leading or trailing spaces') },
      { path: 'options.2.value', message: 'Option value "m4" is used twice' },
      { path: 'options.3.value', message: expect.stringContaining('non-empty') },
    ])
  })

  it('finds the option values an update removes', () => {
    expect(removedOptionValues({ options: [{ value: 's' }, { value: 'm' }, { value: 'l' }] }, { options: [{ value: 'm' }, { value: 'xl' }] })).toEqual(['s', 'l'])
  })
})

describe('checkFamilyAttributes', () => {
  const definitions = new Map<string, AttributeDefinition>([
    ['1', { id: 1, code: 'size', type: 'select', options: ['s'] }],
    ['2', { id: 2, code: 'material', type: 'text', options: [] }],
    ['3', { id: 3, code: 'color', type: 'multiselect', options: ['red'] }],
  ])

  it('refuses duplicates and variant attributes a variant cannot take one value of', () => {
    expect(
      checkFamilyAttributes(
        [
          { attribute: 1, isVariantAttribute: true },
          { attribute: 2, isVariantAttribute: true },
          { attribute: 3, isVariantAttribute: true },
          { attribute: 1 },
          { attribute: 7 },
        ],
        definitions,
      ),
    ).toEqual([
      { path: 'attributes.1.isVariantAttribute', message: 'Variants can differ by select, boolean, number attributes, not by the text "material"' },
      { path: 'attributes.2.isVariantAttribute', message: 'Variants can differ by select, boolean, number attributes, not by the multiselect "color"' },
      { path: 'attributes.3.attribute', message: '"size" is listed twice' },
      { path: 'attributes.4.attribute', message: 'Attribute 7 does not exist' },
    ])
  })

  it('sees a change of variant attributes and removed attributes', () => {
    const before = [
      { attribute: 1, required: true, isVariantAttribute: true },
      { attribute: 2, required: false, isVariantAttribute: false },
    ]
    expect(variantAttributesChanged(before, [{ attribute: 1, required: false, isVariantAttribute: true }])).toBe(false)
    expect(variantAttributesChanged(before, [...before, { attribute: 4, required: false, isVariantAttribute: true }])).toBe(true)
    expect(removedAttributes(before, [before[0]])).toEqual([2])
  })
})
