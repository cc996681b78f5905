/** `npm run dev`: database (embedded when DATABASE_URI is unset), schema push, demo seed, then `next dev`. */
import { prepareDatabase } from '../seed/prepare'
import { prepareEnvironment } from './environment'
import { runNext } from './run-next'

const { stop } = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau_dev')
await prepareDatabase({ seed: process.env.BUREAU_SEED_DEMO !== 'false' })
runNext(['dev', '--port', process.env.PORT ?? '3000'], stop)
