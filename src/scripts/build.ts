/**
 * `npm run build`: `next build`. Building pre-renders nothing that needs data, but Payload reads its config, so the
 * same environment (secret, database URI) is provided; the database itself is not touched.
 */
import { prepareEnvironment } from './environment'
import { runNext } from './run-next'

const environment = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau')
runNext(['build'], environment)
