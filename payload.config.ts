/**
 * Bureau at a glance. The system is assembled in src/config.ts: PostgreSQL (DATABASE_URI), the Lexical editor,
 * nodemailer email, the core collections (collections/), and the domain plugins (src/plugins.ts → plugins/).
 */
import { buildBureauConfig } from './src/config'

export default buildBureauConfig()
