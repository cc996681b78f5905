import type { CollectionConfig } from 'payload'

import { moneyField, selectOptions, serverComputed, staffOnly } from '../../../src/kit'
import { priceOpportunity } from '../hooks/price-opportunity'
import { OPPORTUNITY_STATUSES } from '../rules/opportunity'
import { percentField } from './percent'
import { ACCOUNTS, CONTACTS, OPPORTUNITIES, SECURED } from './slugs'
import { withTimeline } from './timeline'

/**
 * Opportunities: a deal with an account, at a stage of the pipeline (stages and their probabilities in
 * `crm-settings`), worth an amount in a currency, expected to close on a date; open, then won or lost with a reason.
 * The list shows the pipeline by stage above the table (components/pipeline-board.tsx, `GET /api/crm/pipeline`).
 */
export const Opportunities: CollectionConfig = withTimeline(
  {
    slug: OPPORTUNITIES,
    custom: SECURED,
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'account', 'stage', 'probability', 'amount', 'currency', 'status', 'expectedCloseDate'],
      group: 'CRM',
      components: { beforeListTable: ['/plugins/crm/components/pipeline-board#PipelineBoard'] },
    },
    access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
    hooks: { beforeChange: [priceOpportunity] },
    fields: [
      { name: 'name', type: 'text', required: true },
      { type: 'row', fields: [{ name: 'account', type: 'relationship', relationTo: ACCOUNTS, required: true, index: true }, { name: 'contact', type: 'relationship', relationTo: CONTACTS, index: true }] },
      {
        type: 'row',
        fields: [
          { name: 'stage', type: 'text', required: true, index: true, admin: { width: '50%', description: 'One of the stages in CRM settings (default: Prospecting, Qualification, Needs analysis, Proposal, Negotiation)' } },
          percentField('probability', { width: '50%', description: 'Percent; the stage’s own unless set, 100 when won, 0 when lost' }),
        ],
      },
      {
        type: 'row',
        fields: [
          moneyField({ name: 'amount', required: true, width: '50%' }),
          { name: 'currency', type: 'relationship', relationTo: 'currencies', required: true, index: true, admin: { width: '50%' } },
        ],
      },
      { name: 'expectedCloseDate', type: 'date', index: true },
      { type: 'row', fields: [{ name: 'status', type: 'select', options: selectOptions(OPPORTUNITY_STATUSES), defaultValue: 'open', required: true, index: true }, { name: 'closeReason', type: 'text', admin: { description: 'Required when won or lost', condition: (data) => data?.status !== 'open' } }] },
      serverComputed({ name: 'closedAt', type: 'date', admin: { position: 'sidebar' } }),
    ],
  },
  [],
)
