/**
 * The bounds Bureau puts on client input (README "Input bounds"). One table, so the request guard, the field
 * sanitiser and the README agree. Generous for real use, small enough that no value reaches a PostgreSQL limit
 * (a B-tree index row holds ~2.7 kB) or a recursion that could overflow the stack.
 */
export const INPUT_BOUNDS = {
  /** request body, bytes (uploads included) */
  bodyBytes: 10 * 1024 * 1024,
  /** nesting of a JSON body or `_payload` form field */
  jsonDepth: 32,
  /** characters of a GraphQL query */
  graphQLQueryChars: 100_000,
  /** `limit` of a list request (0 = Payload's default page) */
  maxLimit: 1_000,
  /** `page` of a list request */
  maxPage: 1_000_000,
  /** `depth` of relationship population */
  maxDepth: 10,
  /** characters of a text, email or select value (indexed text must fit an index row) */
  textChars: 1_000,
  /** characters of a textarea or code field */
  longTextChars: 100_000,
  /** absolute value of a number field */
  numberMagnitude: 1e12,
  /** rows of an array field, values of a hasMany field */
  arrayRows: 1_000,
  /** an order line's quantity */
  quantity: 1_000_000,
  /** length of a password */
  passwordMinChars: 8,
  passwordMaxChars: 256,
  /** an id: a positive whole number within PostgreSQL's `serial` (int4) range */
  maxId: 2_147_483_647,
} as const
