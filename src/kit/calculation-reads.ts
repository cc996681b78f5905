/**
 * A calculation's reads in one round trip. Stages declare what they read from the input and the buyer alone
 * (`read` on their registration); the line loader, once it knows the buyer, hands its own product reads to
 * `readAlong`, and every declared read joins them in one statement (src/kit/read-together.ts). Each handler then gets
 * its answer in `run` instead of making its own statement: a checkout with prices, promotions and tax made four reads
 * here, now one.
 */
import type { PayloadRequest } from 'payload'

import { sqlReaderOf } from './database'
import type { CalculationBuyer, CalculationInput, StageRegistration } from './pipeline'
import { readTogether, type SqlRead } from './read-together'

/**
 * The line loader's way in: runs `own` (its product reads) with every stage's declared read for `buyer`, in one
 * statement, and answers `own`'s results in order. A loader calls it once, when it reads its products.
 */
export type ReadAlong = (buyer: CalculationBuyer, own: ReadonlyArray<SqlRead<unknown>>) => Promise<unknown[]>

type Declared = { name: string; read: SqlRead<unknown> }

async function declaredReads(req: PayloadRequest, stages: ReadonlyArray<StageRegistration<PayloadRequest>>, input: CalculationInput, buyer: CalculationBuyer): Promise<Declared[]> {
  const declared: Declared[] = []
  for (const stage of stages) {
    const read = stage.read ? await stage.read({ input, buyer }, req) : null
    if (read) declared.push({ name: stage.name, read: read as SqlRead<unknown> })
  }
  return declared
}

/**
 * The reads of one calculation: `readAlong` for the line loader, and `answers` for the stages, by handler name. A
 * loader that never called `readAlong` (another plugin's, or one whose products need the local API) still gets the
 * stages' reads made together, after it.
 */
export function calculationReads(req: PayloadRequest, input: CalculationInput, stages: ReadonlyArray<StageRegistration<PayloadRequest>>) {
  let answered: Map<string, unknown> | null = null
  const run = async (buyer: CalculationBuyer, own: ReadonlyArray<SqlRead<unknown>>) => {
    const declared = await declaredReads(req, stages, input, buyer)
    const results = await readTogether(await sqlReaderOf(req), [...own, ...declared.map((entry) => entry.read)])
    answered = new Map(declared.map((entry, index) => [entry.name, results[own.length + index]]))
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
