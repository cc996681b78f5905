/**
 * Child processes for multi-process tests (app processes, workers): a TypeScript script run with tsx in its own
 * process group, its output written to test-artifacts/<folder>/<name>.log, ready once its output says so.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/db/resolve'
import { freePort, stopGroup } from '../../src/scripts/processes'

export type Child = { name: string; process: ChildProcess; port?: number }

export type ChildOptions = {
  name: string
  script: string
  args?: string[]
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>
  /** The output that says the child is ready. */
  readyText: string
  /** Under test-artifacts/. */
  logFolder: string
}

/**
 * Exit code 13 with no output at all: Node 20 lost one of tsx's module loads before the script's first line ran
 * (docs/DECISIONS.md, "A child that dies while Node loads its modules", session 23). Nothing of the script ran, so
 * starting it again is the same start; any other exit, or 13 after any output, fails at once.
 */
const LOST_MODULE_LOAD = 13
const STARTS = 3

/** Starts the child; resolves when its output contains `readyText`, rejects with its last output if it exits first. */
export async function startChild(options: ChildOptions): Promise<Child> {
  const logDir = path.join(projectRoot, 'test-artifacts', options.logFolder)
  fs.mkdirSync(logDir, { recursive: true })
  const log = fs.createWriteStream(path.join(logDir, `${options.name}.log`))
  for (let start = 1; ; start++) {
    const attempt = await startOnce(options, log)
    if ('child' in attempt) return attempt.child
    if (attempt.code !== LOST_MODULE_LOAD || attempt.output !== '' || start === STARTS) throw attempt.error
    log.write(`[test helper] start ${start} exited ${LOST_MODULE_LOAD} before any output (a lost module load); starting again\n`)
  }
}

/**
 * Runs a script to its end (`npm run migrate`, say) with startChild's rule for a lost module load, which shows either
 * as a silent exit 13 or, when something holds the process open, as a silent hang: a run that printed nothing and
 * exited 13, or printed nothing in `timeoutMs`, is run again (nothing of the script ran), up to 3 runs.
 */
export function runScript(script: string, env: NodeJS.ProcessEnv, timeoutMs: number): { stdout: string; stderr: string } {
  for (let run = 1; ; run++) {
    const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [script], { cwd: projectRoot, env, encoding: 'utf8', timeout: timeoutMs })
    if (result.status === 0) return { stdout: result.stdout, stderr: result.stderr }
    const silent = result.stdout === '' && result.stderr === ''
    const lost = silent && (result.status === LOST_MODULE_LOAD || (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
    if (!lost || run === STARTS) throw new Error(`${script} failed (${result.status ?? result.signal}${result.error ? `, ${result.error.message}` : ''}):\n${result.stdout}\n${result.stderr}`)
  }
}

type Attempt = { child: Child } | { error: Error; code: number | null; output: string }

function startOnce(options: ChildOptions, log: fs.WriteStream): Promise<Attempt> {
  const env = { ...process.env, ...options.env }
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [options.script, ...(options.args ?? [])], {
    cwd: projectRoot,
    detached: true, // its own process group: stopGroup and SIGKILL reach tsx's node child too
    env,
  })
  const entry: Child = { name: options.name, process: child, port: env.PORT ? Number(env.PORT) : undefined }
  return new Promise<Attempt>((resolve) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      log.write(chunk)
      output += chunk.toString('utf8')
      if (output.includes(options.readyText)) resolve({ child: entry })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    // 'close', not 'exit': it comes after the last output, which says why
    child.once('close', (code, signal) => {
      const error = new Error(`${options.name} exited (${code ?? signal}) before it was ready (log: test-artifacts/${options.logFolder}/${options.name}.log):\n${output.slice(-2000)}`)
      resolve({ error, code, output })
    })
  })
}

/**
 * One Bureau app process (test/helpers/app-process.ts) on a free port, serving the REST API; `env` must name its
 * database (DATABASE_URI, PAYLOAD_SECRET) unless this process's environment already does.
 */
export async function startAppProcess(name: string, logFolder: string, env: Record<string, string | undefined> = {}): Promise<Child & { port: number }> {
  const port = await freePort()
  const child = await startChild({ name, script: 'test/helpers/app-process.ts', env: { ...env, PORT: String(port) }, readyText: 'ready', logFolder })
  return { ...child, port }
}

export const stopChildren = (children: readonly Child[]) => Promise.all(children.map((child) => stopGroup(child.process, 5000)))
