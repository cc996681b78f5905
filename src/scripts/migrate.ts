/**
 * `npm run migrate`: what `npm start` does before serving, alone — applies the migrations in src/migrations (and
 * seeds the demo into an empty database unless BUREAU_SEED_DEMO=false), under the start-up lock. Run it once per
 * release before rolling out app nodes; app nodes starting later find nothing left to do.
 */
import { prepareDatabase } from '../seed/prepare'
import { prepareEnvironment } from './environment'

// Payload applies its migrations at init only in production; development pushes the schema instead.
Object.assign(process.env, { NODE_ENV: 'production' })
const { stop } = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau')
try {
  await prepareDatabase({ seed: process.env.BUREAU_SEED_DEMO !== 'false' })
} finally {
  await stop()
}
