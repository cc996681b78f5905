import { describe, expect, it } from 'vitest'
import type { CollectionAfterChangeHook } from 'payload'

import { afterChangeManyOf, withAfterChangeMany, type AfterChangeArgs } from '../../src/kit'

describe('afterChange hooks with a many-documents handler', () => {
  it('stays the same callable hook and hands its handler to writers that ask', async () => {
    const seen: unknown[] = []
    const hook: CollectionAfterChangeHook = ({ doc }) => doc
    const many = async (calls: readonly AfterChangeArgs[]) => void seen.push(calls.map((call) => call.doc.id))
    const carried = withAfterChangeMany(hook, many)
    expect(await carried({ doc: { id: 7 } } as never)).toEqual({ id: 7 })
    await afterChangeManyOf(carried)?.([{ doc: { id: 1 } }, { doc: { id: 2 } }] as never)
    expect(seen).toEqual([[1, 2]])
  })

  it('has none on a plain hook, and keeps it when the hook is copied onto a wrapper (as profilers do)', () => {
    const plain: CollectionAfterChangeHook = ({ doc }) => doc
    expect(afterChangeManyOf(plain)).toBeUndefined()
    const carried = withAfterChangeMany(plain, async () => undefined)
    expect(afterChangeManyOf(Object.assign((args: AfterChangeArgs) => carried(args), carried))).toBeDefined()
  })
})
