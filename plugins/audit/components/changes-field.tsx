'use client'
/**
 * The audit entry's Changes, read-only: a table of path, before and after. Payload's JSON field would show them in
 * its code editor (Monaco), which @monaco-editor/react loads from a CDN — blank in an admin without internet access,
 * and a request leaving the server for every audit entry opened. An audit entry is never edited, so plain markup
 * shows it everywhere.
 */
import { FieldLabel, useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

import type { FieldChange } from '../rules/diff'

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2))

export const ChangesField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<FieldChange[] | null>({ path: path ?? field.name })
  const changes = Array.isArray(value) ? value : []
  return (
    <div className="field-type json-field read-only audit-changes">
      <FieldLabel label={field.label ?? 'Changes'} path={path} />
      {changes.length === 0 ? (
        <p>No field changed.</p>
      ) : (
        <table className="audit-changes__table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Field</th>
              <th style={{ textAlign: 'left' }}>Before</th>
              <th style={{ textAlign: 'left' }}>After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change, index) => (
              <tr key={`${change.path}-${index}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }}>
                <td>
                  <code>{change.path}</code>
                </td>
                <td>
                  <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{show(change.before)}</pre>
                </td>
                <td>
                  <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{show(change.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
