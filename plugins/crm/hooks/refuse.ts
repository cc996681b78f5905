import { APIError } from 'payload'

import { validationError } from '../../../src/kit'

export type Refusal = { status: 400 | 409; path: string; message: string }

/** A rule's refusal as the Payload error REST and GraphQL answer: 400 naming the field, or 409 for a conflict. */
export const refusal = (issue: Refusal, collection: string): Error =>
  issue.status === 400 ? validationError([issue], collection) : new APIError(issue.message, 409, { field: issue.path }, true)
