/**
 * A calculation's reads in one round trip. Stages declare what they read from the input and the buyer alone
 * (`read` on their registration), and so may plugins that read for a later step of the same request
 * (`registerReadAhead`: the inventory's stock candidates for the order being placed); the line loader, once it knows
 * the buyer, hands its own product reads to `readAlong`, and every declared read joins them in one statement
 * (src/kit/read-together.ts). Each handler then gets its answer in `run`, and a read-ahead waits on the request for
 * its plugin to take it (`takeReadAhead`), instead of making its own statement.
 */
import type { Config, PayloadRequest } from 'payload'

import type { CalculationBuyer, CalculationInput, StageReadStart, StageRegistration } from './pipeline'
import { readTogether, type SqlRead } from './read-together'
import { getRegistry } from './registry'

/**
 * The line loader's way in: runs `own` (its product reads) with every declared read for `buyer`, in one statement,
 * and answers `own`'s results in order. A loader calls it once, when it reads its products.
 */
export type ReadAlong = (buyer: CalculationBuyer, own: ReadonlyArray<SqlRead<unknown>>) => Promise<unknown[]>

/** A read a plugin makes with the calculation's for a later step of the request (see `registerReadAhead`). */
export type ReadAheadRegistration = {
  /** unique name (`plugin:what`), which `takeReadAhead` asks for */
  name: string
  plugin: string
  /** the read, or null when this calculation needs none (most read only when `placing`) */
  read: (start: StageReadStart, req: PayloadRequest) => SqlRead<unknown> | null | Promise<SqlRead<unknown> | null>
}

/**
 * Declares a read made in the calculation's statement for a later step of the same request, e.g. an order hook's.
 * Its answer is only planning material: it was read before the order's own writes, so the step that takes it must
 * not rely on it for what a conditional write decides, and must read again when the answer is not for what it needs.
 */
export function registerReadAhead(config: Config, registration: ReadAheadRegistration): void {
  const registry = getRegistry(config)
  const clash = registry.readsAhead.find((existing) => existing.name === registration.name)
  if (clash) throw new Error(`Plugin "${registration.plugin}" registers the read-ahead "${registration.name}", already registered by "${clash.plugin}"`)
  registry.readsAhead.push(registration)
}

const readAheadKey = (name: string) => `bureau:read-ahead:${name}`

/** The answer of the read-ahead `name` made with this request's last calculation, taken once; undefined when none. */
export function takeReadAhead<T>(req: Pick<PayloadRequest, 'context'>, name: string): T | undefined {
  const key = readAheadKey(name)
  const answer = req.context[key] as T | undefined
  delete req.context[key]
  return answer
}

type Declared = { name: string; read: SqlRead<unknown>; ahead: boolean }

async function declaredReads(req: PayloadRequest, stages: ReadonlyArray<StageRegistration<PayloadRequest>>, start: StageReadStart): Promise<Declared[]> {
  const declared: Declared[] = []
  for (const stage of stages) {
    const read = stage.read ? await stage.read(start, req) : null
    if (read) declared.push({ name: stage.name, read: read as SqlRead<unknown>, ahead: false })
  }
  for (const registration of getRegistry(req.payload.config).readsAhead) {
    const read = await registration.read(start, req)
    if (read) declared.push({ name: registration.name, read, ahead: true })
  }
  return declared
}

/**
 * The reads of one calculation: `readAlong` for the line loader, and `answers` for the stages, by handler name. A
 * loader that never called `readAlong` (another plugin's, or one whose products need the local API) still gets the
 * declared reads made together, after it.
 */
export function calculationReads(req: PayloadRequest, input: CalculationInput, stages: ReadonlyArray<StageRegistration<PayloadRequest>>, placing: boolean) {
  let answered: Map<string, unknown> | null = null
  // an answer an earlier calculation of the request left untaken never stands in for this one's
  for (const registration of getRegistry(req.payload.config).readsAhead) delete req.context[readAheadKey(registration.name)]
  const run = async (buyer: CalculationBuyer, own: ReadonlyArray<SqlRead<unknown>>) => {
    const declared = await declaredReads(req, stages, { input, buyer, placing })
    const results = await readTogether(req, [...own, ...declared.map((entry) => entry.read)])
    answered = new Map()
    declared.forEach((entry, index) => {
      const answer = results[own.length + index]
      if (entry.ahead) req.context[readAheadKey(entry.name)] = answer
      else answered!.set(entry.name, answer)
    })
    return results.slice(0, own.length)
  }
  return {
    readAlong: run satisfies ReadAlong,
    /** the stages' answers; none when the loader resolved no buyer (each stage then reads for itself) */
    answers: async (buyer: CalculationBuyer | undefined): Promise<ReadonlyMap<string, unknown> | undefined> => {
      if (answered) return answered
      if (!buyer) return undefined
      await run(buyer, [])
      return answered ?? undefined
    },
  }
}
