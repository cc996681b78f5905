/** Child-process plumbing shared by the scripts that serve the app for a run: the benchmark and the e2e set-up. */
import type { ChildProcess } from 'node:child_process'
import net from 'node:net'

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Stops a detached child's whole process group: SIGTERM, SIGKILL after `graceMs` if it has not exited, and a last
 * SIGKILL to the group once it has, because Next.js workers can outlive their parent for a moment.
 */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // the group is already gone
    }
  }
  signalGroup('SIGTERM')
  const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
  signalGroup('SIGKILL')
}
