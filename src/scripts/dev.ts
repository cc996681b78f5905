/** `npm run dev`: database (embedded when DATABASE_URI is unset), schema push, demo seed, then `next dev`. */
import { prepareDatabase } from '../seed/prepare'
import { prepareEnvironment } from './environment'
import { runNext } from './run-next'

// A development server with a demo administrator's password in the README answers this machine only, unless asked
// (`npm run dev -- --host`, or HOST=0.0.0.0) to listen on every interface.
const host = process.argv.includes('--host') ? '0.0.0.0' : (process.env.HOST ?? 'localhost')

const environment = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau_dev')
await prepareDatabase({ seed: process.env.BUREAU_SEED_DEMO !== 'false' })
runNext(['dev', '--port', process.env.PORT ?? '3000', '--hostname', host], environment)
