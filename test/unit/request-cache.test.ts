/**
 * The kit's per-request loads: `batchedPerRequest` turns ids asked in parallel (a list page's documents, each in its
 * own afterRead hook) into one load, keeps each id for the rest of the request, and forgets a failed load.
 */
import { describe, expect, it } from 'vitest'

import { batchedPerRequest } from '../../src/kit/request-cache'

const squares = () => {
  const calls: number[][] = []
  const load = async (ids: number[]) => {
    calls.push([...ids].sort((a, b) => a - b))
    return new Map(ids.map((id) => [id, id * id]))
  }
  return { calls, load }
}

describe('batchedPerRequest', () => {
  it('loads ids asked in the same turn with one call, each answered its own value', async () => {
    const req = { context: {} }
    const { calls, load } = squares()
    const answers = await Promise.all([3, 1, 2, 3].map((id) => batchedPerRequest(req, 'squares', id, load)))
    expect(answers).toEqual([9, 1, 4, 9])
    expect(calls).toEqual([[1, 2, 3]])
  })

  it('keeps loaded ids for the request and loads only new ones in a later batch', async () => {
    const req = { context: {} }
    const { calls, load } = squares()
    await Promise.all([1, 2].map((id) => batchedPerRequest(req, 'squares', id, load)))
    expect(await Promise.all([2, 5].map((id) => batchedPerRequest(req, 'squares', id, load)))).toEqual([4, 25])
    expect(calls).toEqual([[1, 2], [5]])
  })

  it('answers undefined for an id the load left out, and keeps requests and keys apart', async () => {
    const { calls, load } = squares()
    const partial = async (ids: number[]) => new Map([...(await load(ids))].filter(([id]) => id !== 7))
    expect(await batchedPerRequest({ context: {} }, 'squares', 7, partial)).toBeUndefined()
    const req = { context: {} }
    await Promise.all([batchedPerRequest(req, 'squares', 1, load), batchedPerRequest(req, 'cubes', 1, load), batchedPerRequest({ context: {} }, 'squares', 1, load)])
    expect(calls).toHaveLength(4)
  })

  it('forgets a failed batch, so a later ask in the same request tries again', async () => {
    const req = { context: {} }
    let fail = true
    const flaky = async (ids: number[]) => {
      if (fail) throw new Error('connection lost')
      return new Map(ids.map((id) => [id, id]))
    }
    await expect(batchedPerRequest(req, 'flaky', 4, flaky)).rejects.toThrow('connection lost')
    fail = false
    expect(await batchedPerRequest(req, 'flaky', 4, flaky)).toBe(4)
  })
})
