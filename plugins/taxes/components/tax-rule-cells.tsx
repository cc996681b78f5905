'use client'
/**
 * List cells that make the tax rules read as a table: an empty tax code reads "Any" (the rule matches every product
 * or customer), and a rate reads "4.5 %".
 */
import { DefaultCell } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

export function AnyCodeCell(props: DefaultCellComponentProps) {
  const { cellData } = props
  if (cellData === null || cellData === undefined || cellData === '') return <span className="tax-rule-any">Any</span>
  return <DefaultCell {...props} />
}

export function RateCell({ cellData }: DefaultCellComponentProps) {
  if (cellData === null || cellData === undefined || cellData === '') return null
  return <span>{`${String(cellData)} %`}</span>
}
