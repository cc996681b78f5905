/**
 * Gives every job its own `req.context`. Payload's runner runs a batch of jobs in parallel on one request and
 * isolates only `transactionID` per job (runJobs: `isolateObjectProperty(req, 'transactionID')`), so `req.context` —
 * where `cachedPerRequest` keeps its loads — was shared by every job of the batch: one job's read, made inside its
 * own transaction, answered the others, and when that transaction failed the others failed with it. The relationship
 * DataLoader is shared the same way (docs/DECISIONS.md "Jobs and per-request caches": found, not yet isolated).
 * Applied after every plugin has added its tasks.
 */
import { isolateObjectProperty, type Config, type PayloadRequest, type TaskConfig } from 'payload'

/** The job's request with a context of its own; everything else (transaction included) as the runner set it. */
export function withOwnContext(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, 'context')
  own.context = {}
  return own
}

type TaskHandlerArgs = { req: PayloadRequest } & Record<string, unknown>
type TaskHandlerFunction = (args: TaskHandlerArgs) => unknown

export function ownJobContexts(config: Config): Config {
  const tasks = config.jobs?.tasks
  if (!tasks?.length) return config
  const wrapped = tasks.map((task): TaskConfig => {
    // a handler given as a file path is imported by Payload itself; every Bureau task passes a function
    if (typeof task.handler !== 'function') return task
    const handler = task.handler as unknown as TaskHandlerFunction
    return { ...task, handler: ((args: TaskHandlerArgs) => handler({ ...args, req: withOwnContext(args.req) })) as unknown as TaskConfig['handler'] }
  })
  return { ...config, jobs: { ...config.jobs, tasks: wrapped } }
}
