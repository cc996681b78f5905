/**
 * src/kit/text-lengths.ts: which texts lose Payload's per-field validator, where the one check per save finds them,
 * and what it answers (Payload's own bound and message: payload/dist/fields/validations.js `text`, `textarea`). On the
 * app's own config: test/unit/server-computed-fields.test.ts; on every door: test/integration/bad-input.test.ts.
 */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { lengthOnlyText, textLengthIssues, withTextLengthsChecked } from '../../src/kit/text-lengths'

/** A stand-in for req.t that shows the key and the values Payload's validators pass it. */
const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify({ ...options, stringValue: undefined })}` : key)

describe('which texts are checked once per save', () => {
  it('a text or textarea that only its length could fail', () => {
    expect(lengthOnlyText({ name: 'street2', type: 'text' })).toBe(true)
    expect(lengthOnlyText({ name: 'note', type: 'textarea', maxLength: 500 })).toBe(true)
  })

  it('not one Payload checks for more: required, minLength, many values, its own validator, a condition, a hook, localized', () => {
    const own = () => true as const
    for (const field of [
      { name: 'a', type: 'text', required: true },
      { name: 'a', type: 'text', minLength: 2 },
      { name: 'a', type: 'text', hasMany: true },
      { name: 'a', type: 'text', validate: own },
      { name: 'a', type: 'text', admin: { condition: () => true } },
      { name: 'a', type: 'text', hooks: { beforeChange: [({ value }: { value: unknown }) => value] } },
      { name: 'a', type: 'text', localized: true },
      { name: 'a', type: 'email' },
    ] as Field[]) {
      expect(lengthOnlyText(field), JSON.stringify(field)).toBe(false)
    }
  })

  it('maps where they sit through rows, groups, named and unnamed tabs and arrays, and leaves blocks and conditional containers alone', () => {
    const fields: Field[] = [
      { type: 'row', fields: [{ name: 'title', type: 'text' }] },
      { name: 'address', type: 'group', fields: [{ name: 'city', type: 'text' }, { name: 'country', type: 'text', required: true }] },
      { type: 'tabs', tabs: [{ label: 'Main', fields: [{ name: 'summary', type: 'textarea' }] }, { name: 'seo', fields: [{ name: 'slug', type: 'text', maxLength: 60 }] }] },
      { name: 'phones', type: 'array', fields: [{ name: 'label', type: 'text' }] },
      { name: 'content', type: 'blocks', blocks: [{ slug: 'quote', fields: [{ name: 'by', type: 'text' }] }] },
      { name: 'hidden', type: 'group', admin: { condition: () => false }, fields: [{ name: 'secret', type: 'text' }] },
    ]
    const { fields: rewritten, shape } = withTextLengthsChecked(fields)
    expect(shape).toEqual({
      texts: [
        { name: 'title', type: 'text', maxLength: undefined },
        { name: 'summary', type: 'textarea', maxLength: undefined },
      ],
      groups: [
        ['address', { texts: [{ name: 'city', type: 'text', maxLength: undefined }], groups: [], arrays: [] }],
        ['seo', { texts: [{ name: 'slug', type: 'text', maxLength: 60 }], groups: [], arrays: [] }],
      ],
      arrays: [['phones', { texts: [{ name: 'label', type: 'text', maxLength: undefined }], groups: [], arrays: [] }]],
    })
    const address = rewritten[1] as { fields: Array<{ name: string; validate?: unknown }> }
    expect(address.fields.map((field) => [field.name, field.validate])).toEqual([
      ['city', false],
      ['country', undefined],
    ])
    // untouched: a block's fields and a conditional group's
    expect(rewritten[4]).toBe(fields[4])
    expect(rewritten[5]).toBe(fields[5])
  })
})

describe('the check', () => {
  const { shape } = withTextLengthsChecked([
    { name: 'title', type: 'text' },
    { name: 'note', type: 'textarea', maxLength: 10 },
    { name: 'address', type: 'group', fields: [{ name: 'city', type: 'text' }] },
    { name: 'phones', type: 'array', fields: [{ name: 'label', type: 'text', maxLength: 5 }] },
  ])

  it('accepts values up to the bound, absent ones and anything that is not too long', () => {
    const data = { title: 'x'.repeat(40_000), note: '0123456789', address: { city: null }, phones: [{ label: 'work' }, { label: 12345678 }, null] }
    expect(textLengthIssues(shape, data, t)).toEqual([])
  })

  it('answers every value over its bound by path, with the message Payload gives (worked example)', () => {
    const data = { title: 'x'.repeat(40_001), note: '01234567890', address: { city: 'y'.repeat(40_001) }, phones: [{ label: 'work' }, { label: 'mobile' }] }
    expect(textLengthIssues(shape, data, t)).toEqual([
      { path: 'title', message: 'validation:shorterThanMax {"label":"general:value","maxLength":40000}' },
      { path: 'note', message: 'validation:shorterThanMax {"maxLength":10}' },
      { path: 'address.city', message: 'validation:shorterThanMax {"label":"general:value","maxLength":40000}' },
      { path: 'phones.1.label', message: 'validation:shorterThanMax {"label":"general:value","maxLength":5}' },
    ])
  })

  it("takes the config's defaultMaxTextLength when it sets one", () => {
    expect(textLengthIssues(shape, { title: 'abcdef' }, t, 5).map((issue) => issue.path)).toEqual(['title'])
  })
})
