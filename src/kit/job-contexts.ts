/**
 * Gives every job its own `req.context` and its own relationship DataLoader. Payload's runner runs a batch of jobs in
 * parallel on one request and isolates only `transactionID` per job (runJobs: `isolateObjectProperty(req,
 * 'transactionID')`), so two things were shared by every job of the batch:
 * - `req.context`, where `cachedPerRequest` keeps its loads: one job's read, made inside its own transaction, answered
 *   the others, and failed them when that transaction failed;
 * - `req.payloadDataLoader`, which populates relationships: it keeps the request of whichever job created it and,
 *   before each batch, sets that request's `transactionID` to the asking job's — so one job's population moved another
 *   job's request out of (or into) a transaction, and a read could run in a transaction already gone. A populated
 *   relationship then came back as a bare id: a low-stock delivery found its warehouse's managers as ids, "no one to
 *   alert", and succeeded without sending (seen in three full runs).
 * Applied after every plugin has added its tasks.
 */
import { getDataLoader, isolateObjectProperty, type Config, type PayloadRequest, type TaskConfig } from 'payload'

/** The job's request with a context and a DataLoader of its own; everything else (transaction included) as the runner set it. */
export function withOwnContext(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['context', 'payloadDataLoader'])
  own.context = {}
  own.payloadDataLoader = getDataLoader(own)
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

/**
 * A request for work in a transaction of its own beside the caller's (a delivery, a payment action): its own
 * `transactionID` (none yet) and its own DataLoader, since the caller's would set the caller's request into this
 * transaction the first time it populated a relationship here, and leave it there.
 */
export function requestForOwnTransaction(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['transactionID', 'payloadDataLoader'])
  delete own.transactionID
  own.payloadDataLoader = getDataLoader(own)
  return own
}
