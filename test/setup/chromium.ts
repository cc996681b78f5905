/**
 * Finds the Chromium the browser tests drive: BUREAU_CHROMIUM when set, else Debian's /usr/bin/chromium, which this
 * set-up installs with apt-get when it is missing and the tests run as root (CI on a fresh machine). playwright-core
 * brings no browser of its own; Debian's package is the one that is known to run headless here.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

function apt(args: string[]): void {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status}`)
}

export function ensureChromium(log: (message: string) => void = console.log): string {
  const configured = process.env.BUREAU_CHROMIUM
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`BUREAU_CHROMIUM points at ${configured}, which does not exist`)
    return configured
  }
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing: install Debian's package (sudo apt-get install chromium) or set BUREAU_CHROMIUM to a Chromium binary`,
    )
  }
  log('[e2e] Chromium is missing: installing Debian\'s chromium package…')
  const started = Date.now()
  apt(['update', '-q'])
  apt(['install', '-y', '-q', '--no-install-recommends', 'chromium'])
  log(`[e2e] Chromium installed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  if (!fs.existsSync(DEBIAN_CHROMIUM)) throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is not there`)
  return DEBIAN_CHROMIUM
}

/**
 * Flags for a headless run as root on a machine with a closed network: no sandbox (root), and no background
 * networking, whose refused connections otherwise slow every start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]
