import { describe, expect, it } from 'vitest'

import type { Stage } from '../../rules/opportunity'
import { pipelineByStage, type Pipeline } from '../../rules/pipeline'

const stages: Stage[] = [
  { name: 'Prospecting', probability: 10 },
  { name: 'Proposal', probability: 60 },
  { name: 'Negotiation', probability: 75 },
]

/** The invariant every pipeline keeps: the totals are the sums of the stage columns. */
function expectColumnsAddUp(pipeline: Pipeline) {
  for (const total of pipeline.totals) {
    const cells = pipeline.stages.flatMap((stage) => stage.totals.filter((cell) => cell.currency === total.currency))
    expect(cells.reduce((sum, cell) => sum + cell.amount, 0n)).toBe(total.amount)
    expect(cells.reduce((sum, cell) => sum + cell.weighted, 0n)).toBe(total.weighted)
    expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(total.count)
  }
}

describe('pipelineByStage', () => {
  it('groups by stage and currency with weighted amounts: 75 % of $1,000.01 + $200.00 = $900.01 (900.0075 half-up)', () => {
    const pipeline = pipelineByStage(
      [
        { stage: 'Negotiation', currency: 'USD', amount: 100001n, probability: 75 },
        { stage: 'Negotiation', currency: 'USD', amount: 20000n, probability: 75 },
        { stage: 'Prospecting', currency: 'EUR', amount: 5005n, probability: 10 },
      ],
      stages,
    )
    expect(pipeline.stages.map((stage) => [stage.stage, stage.count])).toEqual([['Prospecting', 1], ['Proposal', 0], ['Negotiation', 2]])
    expect(pipeline.stages[2].totals).toEqual([{ currency: 'USD', count: 2, amount: 120001n, weighted: 90001n }])
    // 10 % of €50.05 = 5.005 → 5.01 half-up
    expect(pipeline.stages[0].totals).toEqual([{ currency: 'EUR', count: 1, amount: 5005n, weighted: 501n }])
    expect(pipeline.totals).toEqual([
      { currency: 'EUR', count: 1, amount: 5005n, weighted: 501n },
      { currency: 'USD', count: 2, amount: 120001n, weighted: 90001n },
    ])
    expectColumnsAddUp(pipeline)
  })

  it.each([
    // 33 % of 0.01 twice in one stage = 0.0066 → 0.01, rounded once for the stage
    ['rounds once per stage: 33 % of 0.01 + 33 % of 0.01 = 0.0066 → 0.01', ['Proposal', 'Proposal'], 33, 1n],
    // 50 % of 0.01 in two stages: 0.005 → 0.01 each, and the total adds them: 0.02, not round(0.01) = 0.01
    ['adds the stages’ rounded figures: 2 × (50 % of 0.01) = 0.01 + 0.01', ['Prospecting', 'Proposal'], 50, 2n],
  ] as const)('%s', (_name, stageNames, probability, weighted) => {
    const pipeline = pipelineByStage(stageNames.map((stage) => ({ stage, currency: 'USD', amount: 1n, probability })), stages)
    expect(pipeline.totals[0].weighted).toBe(weighted)
    expectColumnsAddUp(pipeline)
  })

  it('keeps opportunities in a stage no longer configured, after the configured ones', () => {
    const pipeline = pipelineByStage([{ stage: 'Legacy', currency: 'USD', amount: 100n, probability: 50 }], stages)
    expect(pipeline.stages.map((stage) => [stage.stage, stage.probability])).toEqual([
      ['Prospecting', 10],
      ['Proposal', 60],
      ['Negotiation', 75],
      ['Legacy', null],
    ])
    expect(pipeline.totals).toEqual([{ currency: 'USD', count: 1, amount: 100n, weighted: 50n }])
  })
})
