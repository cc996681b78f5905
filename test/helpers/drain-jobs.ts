import type { Payload } from 'payload'

/**
 * Runs queued jobs until none is left (the rebuilds are domain-event deliveries, each queuing the next), `limit` at a
 * time in parallel as Bureau's runner does.
 */
export async function drainJobs(payload: Payload, limit = 10, rounds = 100): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    const pending = await payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false }, hasError: { not_equals: true } }, overrideAccess: true })
    if (pending.totalDocs === 0) return
    await payload.jobs.run({ queue: 'default', limit })
  }
  throw new Error(`jobs did not drain in ${rounds} rounds`)
}
