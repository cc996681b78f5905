/**
 * Next.js calls `register` once when a server process starts: each app process runs Bureau's claiming job runner
 * (src/jobs/in-app.ts) in place of Payload's `autoRun`. Not during `next build`, and not in the Edge runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startJobRunnerInApp } = await import('./jobs/in-app')
    await startJobRunnerInApp()
  }
}
