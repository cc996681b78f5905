'use client'
/** A labelled native select over documents (id → name), shared by the preview and the coupon generator. */
type Option = { id: number; name: string }

export function OptionSelect(props: { label: string; name: string; value: string; empty: string; options: Option[]; onChange: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.empty}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  )
}
