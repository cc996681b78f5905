/**
 * Requests that must not share per-request state with their caller.
 *
 * Payload's job runner runs a batch of jobs in parallel on one request and isolates only `transactionID` per job
 * (runJobs: `isolateObjectProperty(req, 'transactionID')`), so two things were shared by every job of a batch:
 * - `req.context`, where `cachedPerRequest` keeps its loads: one job's read, made inside its own transaction, answered
 *   the others, and failed them when that transaction failed;
 * - `req.payloadDataLoader`, which populates relationships. Its batch function writes the `transactionID` of each key
 *   into the request the loader was created with, runs the find, and leaves it there. Shared, it moved the creator's
 *   request into whichever transaction asked last: reads ran in another job's (or a finished) transaction and a
 *   populated relationship came back as a bare id (the low-stock delivery that found its managers as ids and sent
 *   nothing, ~1 full run in 3).
 *
 * A loader of our own is created on a private view of the request whose `transactionID` only the loader writes
 * (`ownDataLoader`), so no caller's transaction is ever changed by a population. Every key carries the transaction of
 * the request that asked, so each find still runs in the asker's transaction.
 */
import { getDataLoader, isolateObjectProperty, type Config, type PayloadRequest, type TaskConfig } from 'payload'

/** A relationship DataLoader for `req` that writes transaction ids into a private view of it, never into `req`. */
function ownDataLoader(req: PayloadRequest): PayloadRequest['payloadDataLoader'] {
  return getDataLoader(isolateObjectProperty(req, 'transactionID'))
}

/** The job's request with its own context and DataLoader; everything else (transaction included) as the runner set it. */
export function withOwnContext(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['context', 'payloadDataLoader'])
  own.context = {}
  own.payloadDataLoader = ownDataLoader(own)
  return own
}

/**
 * A request for work in a transaction of its own beside the caller's (a delivery, a payment action): no transaction
 * yet (the caller starts it) and its own DataLoader, so populations inside it never touch the caller's request.
 */
export function requestForOwnTransaction(req: PayloadRequest): PayloadRequest {
  const own = isolateObjectProperty(req, ['transactionID', 'payloadDataLoader'])
  delete own.transactionID
  own.payloadDataLoader = ownDataLoader(own)
  return own
}

type TaskHandlerArgs = { req: PayloadRequest } & Record<string, unknown>
type TaskHandlerFunction = (args: TaskHandlerArgs) => unknown

/** Wraps every task handler so it runs on `withOwnContext(req)`. Applied after every plugin has added its tasks. */
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
