/**
 * A child for test/unit/child-process-start.test.ts: counts its starts in START_COUNT_FILE, then exits 13 (with
 * output when EXIT_SAYING is set) for its first EXIT_13_STARTS starts, or hangs without output for its first
 * HANG_STARTS, and says `ready` after that (then exits 0 when EXIT_WHEN_READY is set, as a script run to its end).
 */
import fs from 'node:fs'

const countFile = process.env.START_COUNT_FILE!
const start = (fs.existsSync(countFile) ? Number(fs.readFileSync(countFile, 'utf8')) : 0) + 1
fs.writeFileSync(countFile, String(start))
if (start <= Number(process.env.EXIT_13_STARTS ?? 0)) {
  if (process.env.EXIT_SAYING) console.error(process.env.EXIT_SAYING)
  process.exit(13)
}
if (start <= Number(process.env.HANG_STARTS ?? 0)) {
  setInterval(() => {}, 60_000)
} else {
  console.log('ready')
  if (process.env.EXIT_WHEN_READY) process.exit(0)
  setInterval(() => {}, 60_000)
}
