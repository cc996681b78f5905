/**
 * What every start-up script does first: pick the database (DATABASE_URI, else the embedded PostgreSQL), and provide
 * PAYLOAD_SECRET. The returned `stop` shuts the embedded server down if this process started it.
 *
 * The embedded server runs in its own process group (src/db/own-process-group.ts), so Ctrl-C reaches only this
 * script and its app; until the script hands its signals over to the child it starts (`handOver`), Ctrl-C stops the
 * server and exits.
 */
import { resolveDatabase } from '../db/resolve'
import { resolvePayloadSecret } from '../db/secret'

export type PreparedEnvironment = {
  uri: string
  stop: () => Promise<unknown>
  /** the caller now handles SIGINT/SIGTERM itself (and calls `stop` once its child has exited) */
  handOver: () => void
}

export async function prepareEnvironment(database: string): Promise<PreparedEnvironment> {
  const resolved = await resolveDatabase(database, (message) => console.log(`[bureau] ${message}`))
  process.env.DATABASE_URI = resolved.uri
  process.env.PAYLOAD_SECRET = resolvePayloadSecret()
  const stop = async () => resolved.embedded?.stop()
  const stopAndExit = async () => {
    await stop()
    process.exit(130)
  }
  process.once('SIGINT', stopAndExit)
  process.once('SIGTERM', stopAndExit)
  return {
    uri: resolved.uri,
    stop,
    handOver: () => {
      process.removeListener('SIGINT', stopAndExit)
      process.removeListener('SIGTERM', stopAndExit)
    },
  }
}
