/**
 * What every start-up script does first: pick the database (DATABASE_URI, else the embedded PostgreSQL), and provide
 * PAYLOAD_SECRET. The returned `stop` shuts the embedded server down if this process started it.
 */
import { resolveDatabase } from '../db/resolve'
import { resolvePayloadSecret } from '../db/secret'

export async function prepareEnvironment(database: string) {
  const resolved = await resolveDatabase(database, (message) => console.log(`[bureau] ${message}`))
  process.env.DATABASE_URI = resolved.uri
  process.env.PAYLOAD_SECRET = resolvePayloadSecret()
  return { uri: resolved.uri, stop: async () => resolved.embedded?.stop() }
}
