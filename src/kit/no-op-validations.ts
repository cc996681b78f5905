/**
 * Payload 3.90.1 gives every data field a validator, and a field with none of its own (a group, a join, a virtual
 * field) one that always passes. Each validator call costs the same however trivial it is: the save deep-merges the
 * whole document twice to hand it over (fields/hooks/beforeChange/promise.js), and `deepmerge` was 4.7 % of the app's
 * CPU in a checkout's profile (bench/README.md, session 28). This plugin, applied after every other one, marks such
 * fields `validate: false`, which Payload keeps and skips on save and in the admin's form state: nothing that was
 * checked before goes unchecked.
 */
import type { Field, Plugin } from 'payload'

import { mapConfigFields } from './field-walk'

/** A named group or join, or a virtual field, that brings no validator of its own. */
export const passesAlways = (field: Field): boolean =>
  'name' in field && (field as { validate?: unknown }).validate === undefined && (field.type === 'group' || field.type === 'join' || ('virtual' in field && Boolean(field.virtual)))

export const skipNoOpValidations: Plugin = (config) => mapConfigFields(config, (field) => (passesAlways(field) ? ({ ...field, validate: false } as Field) : field))
