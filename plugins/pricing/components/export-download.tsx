'use client'
/** The price export's download link, once the job is done (the file is served by the collection's endpoint). */
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

export function ExportDownload() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  if (!id) return null
  if (status !== 'done') return <p className="field-description">The CSV can be downloaded here once the export is done (reload to follow it).</p>
  return (
    <p>
      <a href={`/api/price-exports/${id}/download`} download>
        Download the CSV
      </a>
    </p>
  )
}
