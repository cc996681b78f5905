/** `npm run payload -- <command>`: Payload's CLI (migrate, generate:types…; jobs run in `npm run worker`) with the prepared environment. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../db/resolve'
import { prepareEnvironment } from './environment'

const { stop, handOver } = await prepareEnvironment(process.env.BUREAU_DATABASE ?? 'bureau_dev')
const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/payload/bin.js'), ...process.argv.slice(2)], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: { ...process.env, PAYLOAD_CONFIG_PATH: path.join(projectRoot, 'payload.config.ts') },
})
// Ctrl-C reaches the CLI itself (same process group); the database stops once it has exited.
handOver()
process.on('SIGINT', () => child.kill('SIGINT'))
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', async (code) => {
  await stop()
  process.exit(code ?? 1)
})
