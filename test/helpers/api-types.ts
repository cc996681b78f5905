/**
 * The shapes Payload's REST and GraphQL doors answer with, so a test names what it reads from a response body
 * (`app.rest.get<DocResponse<Order>>(…)`, `app.graphql<GraphQLResponse<{ Order: … }>>(…)`). Documents themselves
 * are the generated interfaces in `src/payload-types.ts` (`Order`, `Product`, `Customer`, …).
 */
import type { PaginatedDocs } from 'payload'

/** `POST /:collection` and `PATCH|DELETE /:collection/:id` answer the document with a message. */
export type DocResponse<T> = { doc: T; message?: string }

/** `GET /:collection`: one page of documents with Payload's pagination fields. */
export type ListResponse<T> = PaginatedDocs<T>

/** `PATCH|DELETE /:collection?where=…`: the documents changed, and the ones Payload refused with why. */
export type BulkResponse<T> = { docs: T[]; errors: Array<{ id: number | string; message: string }>; message?: string }

/** One failing field of a `ValidationError`: its path and why. */
export type FieldError = { path: string; message: string; label?: string }

/** Any refused REST request: the error's class name, its message and, for validation errors, the failing fields. */
export type ErrorResponse = {
  errors: Array<{ name?: string; message: string; data?: { errors?: FieldError[] } }>
}

/** A refused write that failed validation (400 `ValidationError`): every error names its failing fields. */
export type ValidationErrorResponse = {
  errors: Array<{ name: string; message: string; data: { errors: FieldError[] } }>
}

/**
 * A write one helper sends for both outcomes: the test reads `doc` where it expects the 201/200 and `errors`
 * where it expects the refusal (it checks the status first).
 */
export type DocOrErrorResponse<T> = DocResponse<T> & Partial<ErrorResponse>

/** `POST /:collection/login` and `GET /:collection/me` for an auth collection. */
export type LoginResponse<U = unknown> = { token: string; exp: number; user: U; message?: string }
export type MeResponse<U = unknown> = { user: U; collection?: string; token?: string; exp?: number }

/** One GraphQL error; Payload puts a validation error's failing fields under `extensions.data`. */
export type GraphQLError = {
  message: string
  path?: Array<number | string>
  extensions?: { name?: string; statusCode?: number; data?: { errors?: FieldError[] } }
}

/** A GraphQL answer: `data` holds what the query selected. */
export type GraphQLResponse<T> = { data: T; errors?: GraphQLError[] }

/** A GraphQL validation error: Payload names the failing fields under `extensions.data`. */
export type GraphQLValidationError = GraphQLError & {
  extensions: { name: string; statusCode: number; data: { errors: FieldError[] } }
}

/**
 * A GraphQL answer the test expects to fail: the errors are there (`E`, e.g. `GraphQLValidationError`), and
 * `data` holds what resolved: null, or the selected fields with null where the resolver threw.
 */
export type GraphQLErrorResponse<T = Record<string, unknown> | null, E extends GraphQLError = GraphQLError> = {
  data: T
  errors: E[]
}

/**
 * A document as one response carries it: the generated type allows an id or a document for a relationship
 * (`customer: number | Customer`) and an optional join; `WithFields<Customer, { users: Joined<CustomerUser> }>`
 * states what this request, at its depth, returned.
 */
export type WithFields<T, F> = Omit<T, keyof F> & F

/** A join field read at depth ≥ 1: its page of documents. */
export type Joined<T> = { docs: T[]; hasNextPage?: boolean; totalDocs?: number }
