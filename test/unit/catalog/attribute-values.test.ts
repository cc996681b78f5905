import { describe, expect, it } from 'vitest'

import {
  canonicalDecimal,
  checkProductValues,
  checkVariantValues,
  combinationKey,
  normalizeAttributeValue,
  type AttributeDefinition,
  type FamilyAttribute,
} from '../../../collections/catalog/rules/attribute-values'

const threadSize: AttributeDefinition = { id: 1, code: 'thread-size', type: 'select', options: ['m4', 'm6', 'm8'] }
const length: AttributeDefinition = { id: 2, code: 'length', type: 'number', options: [] }
const material: AttributeDefinition = { id: 3, code: 'material', type: 'text', options: [] }
const coated: AttributeDefinition = { id: 4, code: 'coated', type: 'boolean', options: [] }
const colors: AttributeDefinition = { id: 5, code: 'color', type: 'multiselect', options: ['red', 'blue', 'black'] }
const size: AttributeDefinition = { id: 6, code: 'size', type: 'select', options: ['s', 'm', 'l', 'xl'] }
const definitions = new Map([threadSize, length, material, coated, colors, size].map((attribute) => [String(attribute.id), attribute]))

const entry = (attribute: number, required = false, isVariantAttribute = false): FamilyAttribute => ({ attribute, required, isVariantAttribute })

describe('canonicalDecimal writes one text per number', () => {
  it('drops signs, leading and trailing zeros that do not change the value', () => {
    expect(canonicalDecimal('20')).toBe('20')
    expect(canonicalDecimal('+020.500')).toBe('20.5')
    expect(canonicalDecimal('20.0')).toBe('20')
    expect(canonicalDecimal('.5')).toBe('0.5')
    expect(canonicalDecimal('-0.750')).toBe('-0.75')
    expect(canonicalDecimal('-0.00')).toBe('0')
    expect(canonicalDecimal(' 7. ')).toBe('7')
  })

  it('refuses what is not a plain decimal', () => {
    for (const text of ['', '.', '-', '1e3', '1,5', '2.5.1', 'abc', '0x10']) expect(canonicalDecimal(text)).toBeNull()
  })
})

describe('normalizeAttributeValue reads a raw value as the type demands', () => {
  it('stores numbers as canonical decimal text, from JSON numbers and strings alike', () => {
    expect(normalizeAttributeValue(length, 20)).toEqual({ ok: true, value: '20' })
    expect(normalizeAttributeValue(length, 2.5)).toEqual({ ok: true, value: '2.5' })
    expect(normalizeAttributeValue(length, '040.00')).toEqual({ ok: true, value: '40' })
    expect(normalizeAttributeValue(length, 'long')).toMatchObject({ ok: false, message: expect.stringContaining('takes a number') })
    expect(normalizeAttributeValue(length, 1e21)).toMatchObject({ ok: false })
  })

  it('stores booleans as "true"/"false" and refuses anything else', () => {
    expect(normalizeAttributeValue(coated, true)).toEqual({ ok: true, value: 'true' })
    expect(normalizeAttributeValue(coated, ' FALSE ')).toEqual({ ok: true, value: 'false' })
    expect(normalizeAttributeValue(coated, 'yes')).toMatchObject({ ok: false, message: '"coated" takes true or false' })
    expect(normalizeAttributeValue(coated, 1)).toMatchObject({ ok: false })
  })

  it('accepts only the option values of a select, listing them when refusing', () => {
    expect(normalizeAttributeValue(threadSize, 'm6')).toEqual({ ok: true, value: 'm6' })
    expect(normalizeAttributeValue(threadSize, 'M6')).toEqual({ ok: false, message: '"M6" is not an option of "thread-size" (m4, m6, m8)' })
  })

  it('trims text and refuses empty values', () => {
    expect(normalizeAttributeValue(material, '  stainless A2 ')).toEqual({ ok: true, value: 'stainless A2' })
    expect(normalizeAttributeValue(material, '   ')).toEqual({ ok: false, message: 'A value for "material" is required' })
    expect(normalizeAttributeValue(material, 'x'.repeat(1001))).toMatchObject({ ok: false })
    expect(normalizeAttributeValue(material, { text: 'x' })).toMatchObject({ ok: false })
  })
})

describe('checkProductValues holds a product to its family', () => {
  const fasteners = [entry(1, true), entry(2, true), entry(3), entry(5)]

  it('normalizes valid rows and keys each one by attribute code', () => {
    const result = checkProductValues({
      productType: 'simple',
      family: fasteners,
      definitions,
      rows: [
        { attribute: 1, value: 'm6' },
        { attribute: '2', value: '40.0' },
        { attribute: 5, value: 'red' },
        { attribute: 5, value: 'blue' },
      ],
    })
    expect(result.issues).toEqual([])
    expect(result.rows).toEqual([
      { attribute: 1, value: 'm6', key: 'thread-size:m6' },
      { attribute: 2, value: '40', key: 'length:40' },
      { attribute: 5, value: 'red', key: 'color:red' },
      { attribute: 5, value: 'blue', key: 'color:blue' },
    ])
  })

  it('names the row and field of each problem', () => {
    const { issues } = checkProductValues({
      productType: 'simple',
      family: fasteners,
      definitions,
      rows: [
        { attribute: 1, value: 'm6' },
        { attribute: 2, value: 'forty' },
        { attribute: 6, value: 'l' },
        { attribute: 1, value: 'm8' },
        { attribute: 5, value: 'red' },
        { attribute: 5, value: 'red' },
        { attribute: null, value: 'x' },
        { attribute: 99, value: 'x' },
      ],
    })
    expect(issues).toEqual([
      { path: 'attributeValues.1.value', message: '"length" takes a number, e.g. 20 or 2.5' },
      { path: 'attributeValues.2.attribute', message: '"size" is not an attribute of the product\'s family' },
      { path: 'attributeValues.3.attribute', message: '"thread-size" has more than one value' },
      { path: 'attributeValues.5.value', message: '"red" is chosen twice for "color"' },
      { path: 'attributeValues.6.attribute', message: 'Choose an attribute' },
      { path: 'attributeValues.7.attribute', message: 'Attribute 99 does not exist' },
      // length's only row was invalid, so it counts as missing too
      { path: 'attributeValues', message: 'Required attributes have no value: length' },
    ])
  })

  it('lists every required attribute without a value', () => {
    const { issues } = checkProductValues({ productType: 'simple', family: fasteners, definitions, rows: [] })
    expect(issues).toEqual([{ path: 'attributeValues', message: 'Required attributes have no value: thread-size, length' }])
  })

  it('allows no attribute values on a product without a family', () => {
    expect(checkProductValues({ productType: 'simple', family: null, definitions, rows: [] }).issues).toEqual([])
    expect(checkProductValues({ productType: 'simple', family: null, definitions, rows: [{ attribute: 3, value: 'steel' }] }).issues).toEqual([
      { path: 'attributeValues.0.attribute', message: '"material" needs a product family that has it: choose the family first' },
    ])
  })

  it('leaves the variant attributes of a configurable product to its variants, required or not', () => {
    const gloves = [entry(3, true), entry(6, true, true)]
    expect(checkProductValues({ productType: 'configurable', family: gloves, definitions, rows: [{ attribute: 3, value: 'nitrile' }] }).issues).toEqual([])
    expect(
      checkProductValues({
        productType: 'configurable',
        family: gloves,
        definitions,
        rows: [{ attribute: 3, value: 'nitrile' }, { attribute: 6, value: 'l' }],
      }).issues,
    ).toEqual([{ path: 'attributeValues.1.attribute', message: '"size" is a variant attribute: set it on each variant' }])
    // A simple product of the same family carries the variant attribute as an ordinary, here required, value.
    expect(checkProductValues({ productType: 'simple', family: gloves, definitions, rows: [{ attribute: 3, value: 'nitrile' }] }).issues).toEqual([
      { path: 'attributeValues', message: 'Required attributes have no value: size' },
    ])
  })
})

describe('checkVariantValues asks one value per variant attribute', () => {
  const screws = [entry(1, true, true), entry(2, true, true), entry(3)]

  it('keys the combination independently of the row order', () => {
    const first = checkVariantValues({ family: screws, definitions, rows: [{ attribute: 1, value: 'm6' }, { attribute: 2, value: 20 }] })
    const second = checkVariantValues({ family: screws, definitions, rows: [{ attribute: 2, value: '20.0' }, { attribute: 1, value: 'm6' }] })
    expect(first.issues).toEqual([])
    expect(first.combination).toBe('length:20|thread-size:m6')
    expect(second.combination).toBe(first.combination)
  })

  it('refuses missing, extra and invalid values, naming each', () => {
    const { issues } = checkVariantValues({
      family: screws,
      definitions,
      rows: [{ attribute: 1, value: 'm5' }, { attribute: 3, value: 'steel' }],
    })
    expect(issues).toEqual([
      { path: 'variantValues.0.value', message: '"m5" is not an option of "thread-size" (m4, m6, m8)' },
      { path: 'variantValues.1.attribute', message: '"material" is not a variant attribute of the product\'s family' },
      { path: 'variantValues', message: 'A variant needs a value for each variant attribute; missing: thread-size, length' },
    ])
  })

  it('refuses two values for one attribute', () => {
    const { issues } = checkVariantValues({
      family: screws,
      definitions,
      rows: [{ attribute: 1, value: 'm6' }, { attribute: 1, value: 'm8' }, { attribute: 2, value: 20 }],
    })
    expect(issues).toEqual([{ path: 'variantValues.1.attribute', message: '"thread-size" has more than one value' }])
  })

  it('combinationKey sorts the keys', () => {
    expect(combinationKey([{ attribute: 6, value: 'l', key: 'size:l' }, { attribute: 4, value: 'true', key: 'coated:true' }])).toBe('coated:true|size:l')
  })
})
