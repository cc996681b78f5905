import { describe, expect, it } from 'vitest'

import { conversionIssue, leadStatusIssue } from '../../rules/lead-status'

describe('leadStatusIssue', () => {
  it('lets a lead move forward new → contacted → qualified', () => {
    expect(leadStatusIssue({ from: 'new', to: 'contacted' })).toBeNull()
    expect(leadStatusIssue({ from: 'contacted', to: 'qualified' })).toBeNull()
  })

  it('refuses to skip back from qualified to new (409 on status)', () => {
    expect(leadStatusIssue({ from: 'qualified', to: 'new' })).toEqual({ status: 409, path: 'status', message: 'A qualified lead cannot become new.' })
  })

  it('requires a reason to disqualify (400 naming disqualifiedReason), whitespace is no reason', () => {
    expect(leadStatusIssue({ from: 'contacted', to: 'disqualified', reason: '  ' })).toMatchObject({ status: 400, path: 'disqualifiedReason' })
    expect(leadStatusIssue({ from: 'contacted', to: 'disqualified', reason: 'No budget this year' })).toBeNull()
  })

  it('reopens a disqualified lead as new, never straight to qualified', () => {
    expect(leadStatusIssue({ from: 'disqualified', to: 'new' })).toBeNull()
    expect(leadStatusIssue({ from: 'disqualified', to: 'qualified' })).toMatchObject({ status: 409 })
  })

  it('reaches converted only through the conversion, and never leaves it', () => {
    expect(leadStatusIssue({ from: 'qualified', to: 'converted' })).toMatchObject({ status: 409, path: 'status' })
    expect(leadStatusIssue({ from: undefined, to: 'converted' })).toMatchObject({ status: 409 })
    expect(leadStatusIssue({ from: 'qualified', to: 'converted', converting: true })).toBeNull()
    expect(leadStatusIssue({ from: 'converted', to: 'new' })).toMatchObject({ status: 409, message: 'A converted lead cannot become new.' })
    expect(leadStatusIssue({ from: 'converted', to: 'converted' })).toBeNull()
  })
})

describe('conversionIssue', () => {
  it('converts open leads only', () => {
    expect(conversionIssue('new')).toBeNull()
    expect(conversionIssue('qualified')).toBeNull()
    expect(conversionIssue('disqualified')).toMatchObject({ status: 409 })
    expect(conversionIssue('converted')).toMatchObject({ status: 409, message: 'A converted lead cannot be converted.' })
  })
})
