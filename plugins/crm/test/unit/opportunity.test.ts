import { describe, expect, it } from 'vitest'

import { DEFAULT_STAGES, opportunityIssues, probabilityOf, stagesOf } from '../../rules/opportunity'

const stages = [
  { name: 'Open', probability: 10 },
  { name: 'Negotiation', probability: 80 },
]

describe('stagesOf', () => {
  it('falls back to the named defaults when none are configured', () => {
    expect(stagesOf([])).toBe(DEFAULT_STAGES)
    expect(stagesOf(null).map((stage) => stage.name)).toEqual(['Prospecting', 'Qualification', 'Needs analysis', 'Proposal', 'Negotiation'])
    expect(stagesOf(stages)).toBe(stages)
  })
})

describe('probabilityOf', () => {
  it('takes the stage’s probability while open unless one is asked for', () => {
    expect(probabilityOf({ status: 'open', stage: 'Negotiation' }, stages)).toBe(80)
    expect(probabilityOf({ status: 'open', stage: 'Negotiation', requested: 65 }, stages)).toBe(65)
  })

  it('is 100 when won and 0 when lost, whatever was asked', () => {
    expect(probabilityOf({ status: 'won', stage: 'Open', requested: 30 }, stages)).toBe(100)
    expect(probabilityOf({ status: 'lost', stage: 'Negotiation' }, stages)).toBe(0)
  })
})

describe('opportunityIssues', () => {
  it('names an unknown stage and lists the configured ones', () => {
    expect(opportunityIssues({ stage: 'Dreaming', status: 'open' }, stages)).toEqual([{ path: 'stage', message: 'Unknown stage; one of: Open, Negotiation.' }])
  })

  it('requires a close reason when won or lost, not while open', () => {
    expect(opportunityIssues({ stage: 'Open', status: 'open' }, stages)).toEqual([])
    expect(opportunityIssues({ stage: 'Open', status: 'lost', closeReason: ' ' }, stages)).toEqual([{ path: 'closeReason', message: 'Say why the opportunity was lost.' }])
    expect(opportunityIssues({ stage: 'Open', status: 'won', closeReason: 'Best lead time' }, stages)).toEqual([])
  })
})
