/**
 * Length-only text checks made once per save instead of once per field.
 *
 * Payload validates every text field on save by itself, and each validator call deep-merges the whole document twice
 * to hand it over (fields/hooks/beforeChange/promise.js): an order's two addresses alone made 18 such calls, and
 * `deepmerge` was ~1.1 ms of a checkout's app CPU (bench/README.md, session 30). For a text or textarea that is not
 * required, has no `minLength`, no validator of its own, no condition and no `beforeChange` hook, Payload's validator can
 * only refuse a value longer than its `maxLength` (Payload's `defaultMaxTextLength`, 40,000, when it sets none). This
 * plugin, applied after every other one, turns those validators off and makes the same check in one walk of the data,
 * with the same message and path, in a `beforeChange` hook on every door (the local API included).
 *
 * What it leaves to Payload: localized fields, fields inside blocks or under a condition, collections with drafts
 * (a draft may skip validation) and globals. The admin's live check of such a field goes with its validator; the
 * input guard refuses a client's text at 1,000 characters on save anyway (input-bounds.ts), far below 40,000.
 */
import { ValidationError, type CollectionBeforeChangeHook, type CollectionConfig, type Field, type Plugin } from 'payload'

/** Payload's `defaultMaxTextLength` when the config sets none (payload/dist/config/defaults.js). */
const PAYLOAD_DEFAULT_MAX_TEXT_LENGTH = 40_000

type CheckedText = { name: string; type: 'text' | 'textarea'; maxLength: number | undefined }
/** Where the checked texts sit in the data: at this level, in named groups and tabs, in array rows. */
export type TextShape = { texts: CheckedText[]; groups: Array<[string, TextShape]>; arrays: Array<[string, TextShape]> }

type TextLike = {
  type: string
  name?: string
  validate?: unknown
  required?: boolean
  minLength?: number
  maxLength?: number
  hasMany?: boolean
  localized?: boolean
  virtual?: unknown
  admin?: { condition?: unknown }
  hooks?: { beforeChange?: unknown[] }
}

/** A text Payload's own validator could refuse for its length alone. */
export function lengthOnlyText(field: Field): field is Field & { name: string; type: 'text' | 'textarea' } {
  const text = field as TextLike
  if ((text.type !== 'text' && text.type !== 'textarea') || !text.name) return false
  return (
    text.validate === undefined &&
    !text.required &&
    text.minLength === undefined &&
    !text.hasMany &&
    !text.localized &&
    !text.virtual &&
    !text.admin?.condition &&
    !text.hooks?.beforeChange?.length
  )
}

const emptyShape = (): TextShape => ({ texts: [], groups: [], arrays: [] })
const isEmpty = (shape: TextShape) => !shape.texts.length && !shape.groups.length && !shape.arrays.length
const mergeInto = (target: TextShape, source: TextShape) => {
  target.texts.push(...source.texts)
  target.groups.push(...source.groups)
  target.arrays.push(...source.arrays)
}

/** A container Payload may skip whole (a condition) or keep per locale: left as it is. */
const leftAlone = (field: { localized?: boolean; admin?: { condition?: unknown } }) => Boolean(field.localized || field.admin?.condition)

/** The fields with length-only validators turned off, and where those texts sit. Blocks are not entered. */
export function withTextLengthsChecked(fields: readonly Field[]): { fields: Field[]; shape: TextShape } {
  const shape = emptyShape()
  const rewritten = fields.map((field): Field => {
    if (lengthOnlyText(field)) {
      shape.texts.push({ name: field.name, type: field.type, maxLength: (field as TextLike).maxLength })
      return { ...field, validate: false } as Field
    }
    if (leftAlone(field as TextLike)) return field
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      const inner = withTextLengthsChecked(field.fields)
      mergeInto(shape, inner.shape)
      return { ...field, fields: inner.fields } as Field
    }
    if ((field.type === 'group' || field.type === 'array') && 'name' in field && field.name) {
      const inner = withTextLengthsChecked(field.fields)
      if (!isEmpty(inner.shape)) (field.type === 'group' ? shape.groups : shape.arrays).push([field.name, inner.shape])
      return { ...field, fields: inner.fields } as Field
    }
    if (field.type === 'tabs') {
      const tabs = field.tabs.map((tab) => {
        if (leftAlone(tab as { localized?: boolean; admin?: { condition?: unknown } })) return tab
        const inner = withTextLengthsChecked(tab.fields)
        if ('name' in tab && tab.name) {
          if (!isEmpty(inner.shape)) shape.groups.push([tab.name, inner.shape])
        } else {
          mergeInto(shape, inner.shape)
        }
        return { ...tab, fields: inner.fields }
      })
      return { ...field, tabs } as Field
    }
    return field
  })
  return { fields: rewritten, shape }
}

type Issue = { path: string; message: string }
type Translate = (key: string, options?: Record<string, unknown>) => string

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What Payload's text and textarea validators would answer for each checked text of `data` (pure; `t` translates). */
export function textLengthIssues(shape: TextShape, data: Record<string, unknown>, t: Translate, defaultMax = PAYLOAD_DEFAULT_MAX_TEXT_LENGTH, prefix = ''): Issue[] {
  const issues: Issue[] = []
  for (const text of shape.texts) {
    const value = data[text.name]
    if (value === undefined || value === null) continue
    const maxLength = text.maxLength ?? defaultMax
    // Payload's text validator measures each value of an array too; the textarea's only a string
    const values = text.type === 'text' && Array.isArray(value) ? value : [value]
    const tooLong = values.find((each) => ((each as { length?: unknown })?.length as number | undefined ?? 0) > maxLength)
    if (tooLong === undefined) continue
    const message = text.type === 'text' ? t('validation:shorterThanMax', { label: t('general:value'), maxLength, stringValue: tooLong }) : t('validation:shorterThanMax', { maxLength })
    issues.push({ path: `${prefix}${text.name}`, message })
  }
  for (const [name, inner] of shape.groups) {
    const group = data[name]
    if (isRecord(group)) issues.push(...textLengthIssues(inner, group, t, defaultMax, `${prefix}${name}.`))
  }
  for (const [name, inner] of shape.arrays) {
    const rows = data[name]
    if (!Array.isArray(rows)) continue
    rows.forEach((row, index) => {
      if (isRecord(row)) issues.push(...textLengthIssues(inner, row, t, defaultMax, `${prefix}${name}.${index}.`))
    })
  }
  return issues
}

const TEXT_LENGTH_CHECK = Symbol.for('bureau:textLengthCheck')

/**
 * Whether a collection hook is this check. It is pure (it reads the data and may throw), so a writer that inserts
 * rows itself may run it before an insert that may not happen, or skip it as it skips the validators it replaces.
 */
export const isTextLengthCheck = (hook: unknown): boolean => typeof hook === 'function' && (hook as unknown as Record<symbol, unknown>)[TEXT_LENGTH_CHECK] === true

function checkTextLengths(shape: TextShape): CollectionBeforeChangeHook {
  const hook: CollectionBeforeChangeHook = ({ collection, data, req }) => {
    const defaultMax = req.payload.config.defaultMaxTextLength ?? PAYLOAD_DEFAULT_MAX_TEXT_LENGTH
    const issues = isRecord(data) ? textLengthIssues(shape, data, req.t as unknown as Translate, defaultMax) : []
    if (issues.length) throw new ValidationError({ collection: collection.slug, errors: issues, req }, req.t)
    return data
  }
  return Object.assign(hook, { [TEXT_LENGTH_CHECK]: true })
}

/** The plugin: every collection without drafts gets its length-only texts checked once per save. */
export const checkTextLengthsOnce: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection): CollectionConfig => {
    const drafts = typeof collection.versions === 'object' && collection.versions?.drafts
    if (drafts) return collection
    const { fields, shape } = withTextLengthsChecked(collection.fields)
    if (isEmpty(shape)) return collection
    return { ...collection, fields, hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), checkTextLengths(shape)] } }
  }),
})
