/**
 * `npm test`: the type check, then unit + integration tests, then the browser tests, and one closing line that
 * sums them ("tests: N passed, N failed, N skipped"). The browser phase runs alone because it compiles and serves
 * the whole app, which would compete for the two cores with the integration workers.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

type VitestReport = { numTotalTests: number; numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean }

const root = path.resolve(import.meta.dirname, '..')
const artifacts = path.join(root, 'test-artifacts')
fs.mkdirSync(artifacts, { recursive: true })
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

/** Runs a step; `judge` may overrule the exit status (vitest has been seen exiting 0 with failed tests). */
function run(label: string, command: string, args: string[], judge: (status: number) => boolean = (status) => status === 0): number {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env })
  const status = result.status ?? 1
  console.log(`◀ ${label}: ${judge(status) ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return status
}

const readReport = (file: string): VitestReport | undefined =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as VitestReport) : undefined

const phases = [
  { name: 'unit+integration', projects: ['unit', 'integration'] },
  { name: 'e2e', projects: ['e2e'] },
]

let failedSteps = 0
if (run('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', root]) !== 0) failedSteps += 1

const totals = { passed: 0, failed: 0, skipped: 0 }
for (const phase of phases) {
  const report = path.join(artifacts, `vitest-${phase.name}.json`)
  fs.rmSync(report, { force: true })
  const args = ['run', ...phase.projects.flatMap((project) => ['--project', project]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  const status = run(`vitest ${phase.name}`, bin('vitest'), args, (code) => code === 0 && readReport(report)?.numFailedTests === 0)
  const result = readReport(report)
  if (!result) {
    failedSteps += 1
    continue
  }
  totals.passed += result.numPassedTests
  totals.failed += result.numFailedTests
  totals.skipped += result.numPendingTests + result.numTodoTests
  if (status !== 0 && result.numFailedTests === 0) failedSteps += 1
  // A phase whose set-up failed runs nothing, and vitest has been seen exiting 0 then: no tests is a failure, not a pass.
  if (result.numTotalTests === 0) {
    console.log(`◀ vitest ${phase.name}: ran no tests (see the set-up error above)`)
    failedSteps += 1
  }
}

if (failedSteps > 0) console.log(`\n${failedSteps} step(s) failed outside the test counts (type errors, set-up or unhandled errors)`)
console.log(`\ntests: ${totals.passed} passed, ${totals.failed + failedSteps} failed, ${totals.skipped} skipped`)
process.exit(totals.failed + failedSteps > 0 ? 1 : 0)
