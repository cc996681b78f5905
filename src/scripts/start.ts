/** `npm start`: database, migrations, demo seed, then `next start` on the production build. */
import { prepareDatabase } from '../seed/prepare'
import { prepareEnvironment } from './environment'
import { runNext } from './run-next'

// Next.js and Payload read NODE_ENV; `next start` requires production.
Object.assign(process.env, { NODE_ENV: 'production' })
const environment = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau')
await prepareDatabase({ seed: process.env.BUREAU_SEED_DEMO !== 'false' })
runNext(['start', '--port', process.env.PORT ?? '3000'], environment)
