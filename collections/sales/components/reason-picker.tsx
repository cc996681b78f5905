'use client'
/** The reason (from the list) and free-text note that cancelling, holding and returning ask for. */
import { Button } from '@payloadcms/ui'

import { labelOf } from '../../../src/kit/select-options'
import { TRANSITION_REASONS } from '../rules/transition-reasons'

export type ReasonChoice = { reason: string; note: string }

export function ReasonPicker({ value, onChange }: { value: ReasonChoice; onChange: (next: ReasonChoice) => void }) {
  return (
    <span className="order-reason" style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <select aria-label="Reason" name="transition-reason" value={value.reason} onChange={(event) => onChange({ ...value, reason: event.target.value })}>
        <option value="">Reason…</option>
        {TRANSITION_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {labelOf(reason)}
          </option>
        ))}
      </select>
      <input aria-label="Note" name="transition-note" placeholder="Note (required with Other)" value={value.note} onChange={(event) => onChange({ ...value, note: event.target.value })} style={{ minWidth: '16rem' }} />
    </span>
  )
}

/** The prompt an action that needs a reason opens: "<intro>", the picker, "<action> now" and "Back". */
export function ReasonPrompt(props: {
  intro?: string
  action: string
  choice: ReasonChoice
  onChange: (next: ReasonChoice) => void
  busy?: boolean
  onConfirm: () => void
  onBack: () => void
  className?: string
}) {
  return (
    <div className={props.className} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', marginTop: '0.5rem', flexWrap: 'wrap' }}>
      {props.intro ? <span>{props.intro}</span> : null}
      <ReasonPicker value={props.choice} onChange={props.onChange} />
      <Button buttonStyle="primary" size="small" margin={false} disabled={props.busy} onClick={props.onConfirm}>
        {props.action} now
      </Button>
      <Button buttonStyle="subtle" size="small" margin={false} onClick={props.onBack}>
        Back
      </Button>
    </div>
  )
}
