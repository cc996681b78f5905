/**
 * The tests' child processes are started again only after a lost module load: exit code 13 before any output
 * (docs/DECISIONS.md, session 23), or, for a script run to its end, no output at all until its time is up. Anything
 * else fails at once.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { runScript, startChild, stopChildren, type Child } from '../helpers/child-process'

const started: Child[] = []
const countDirs: string[] = []
afterEach(async () => {
  await stopChildren(started.splice(0))
  for (const dir of countDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function attempt(exit13Starts: number, exitSaying?: string) {
  const countDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-start-'))
  countDirs.push(countDir)
  const countFile = path.join(countDir, 'starts')
  const child = startChild({
    name: `start-attempts-${exit13Starts}${exitSaying ? '-saying' : ''}`,
    script: 'test/helpers/start-attempts-child.ts',
    env: { START_COUNT_FILE: countFile, EXIT_13_STARTS: String(exit13Starts), EXIT_SAYING: exitSaying },
    readyText: 'ready',
    logFolder: 'child-process-start',
  }).then((child) => {
    started.push(child)
    return child
  })
  return { child, starts: () => Number(fs.readFileSync(countFile, 'utf8')) }
}

describe('startChild', () => {
  it('starts a child again after a silent exit 13, up to 3 starts', async () => {
    const twice = attempt(2)
    await expect(twice.child).resolves.toMatchObject({ name: 'start-attempts-2' })
    expect(twice.starts()).toBe(3)
    const always = attempt(3)
    await expect(always.child).rejects.toThrow(/exited \(13\) before it was ready/)
    expect(always.starts()).toBe(3)
  }, 30_000)

  it('fails at once when the child said anything before exiting 13', async () => {
    const saying = attempt(1, 'could not connect')
    await expect(saying.child).rejects.toThrow(/exited \(13\) before it was ready[\s\S]*could not connect/)
    expect(saying.starts()).toBe(1)
  }, 30_000)
})

describe('runScript', () => {
  function run(env: Record<string, string>, timeoutMs = 20_000) {
    const countDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bureau-run-'))
    countDirs.push(countDir)
    const countFile = path.join(countDir, 'starts')
    const outcome = (() => {
      try {
        return runScript('test/helpers/start-attempts-child.ts', { ...process.env, START_COUNT_FILE: countFile, EXIT_WHEN_READY: '1', ...env }, timeoutMs)
      } catch (error) {
        return error as Error
      }
    })()
    return { outcome, starts: Number(fs.readFileSync(countFile, 'utf8')) }
  }

  it('runs a script again after a silent exit 13 or a silent hang, up to 3 runs', () => {
    const exits = run({ EXIT_13_STARTS: '2' })
    expect(exits.outcome).toMatchObject({ stdout: 'ready\n' })
    expect(exits.starts).toBe(3)
    const hangs = run({ HANG_STARTS: '1' }, 4_000)
    expect(hangs.outcome).toMatchObject({ stdout: 'ready\n' })
    expect(hangs.starts).toBe(2)
    const always = run({ EXIT_13_STARTS: '3' })
    expect(always.outcome).toBeInstanceOf(Error)
    expect(always.starts).toBe(3)
  }, 60_000)

  it('fails at once when the script said anything before exiting 13', () => {
    const saying = run({ EXIT_13_STARTS: '1', EXIT_SAYING: 'could not connect' })
    expect(String(saying.outcome)).toMatch(/failed \(13\)[\s\S]*could not connect/)
    expect(saying.starts).toBe(1)
  }, 30_000)
})
