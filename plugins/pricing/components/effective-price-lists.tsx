'use client'
/**
 * A customer's or customer group's effective price lists in chain order on each website (item 7, as Oro's customer
 * view shows them), from GET /api/price-lists/effective — the chain code the combined-list rebuild uses.
 */
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { problemOf } from './money'

type Effective = { websites: Array<{ id: number; name: string | null; lists: Array<{ id: number; name: string | null; mergeAllowed: boolean; level: string }> }> }

const LEVELS: Record<string, string> = { customer: 'customer', group: 'group', website: 'website', config: 'configuration' }

export function EffectivePriceLists() {
  const { id, collectionSlug } = useDocumentInfo()
  const [effective, setEffective] = useState<Effective | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (id === undefined || id === null) return
    const by = collectionSlug === 'customer-groups' ? 'customerGroup' : 'customer'
    void fetch(`/api/price-lists/effective?${by}=${id}`, { credentials: 'include' }).then(async (response) => {
      if (response.ok) setEffective((await response.json()) as Effective)
      else setProblem(await problemOf(response))
    })
  }, [id, collectionSlug])
  if (id === undefined || id === null) return null
  return (
    <div className="field-type pricing-effective-lists" style={{ marginBottom: '1.5rem' }}>
      <h4>Effective price lists</h4>
      {problem ? <p role="alert">{problem}</p> : null}
      {effective?.websites.map((website) => (
        <div key={website.id}>
          <p style={{ marginBottom: '0.25rem' }}>
            <strong>{website.name ?? `Website ${website.id}`}</strong> (first = highest priority)
          </p>
          {website.lists.length ? (
            <ol data-website={website.id} style={{ marginTop: 0 }}>
              {website.lists.map((list) => (
                <li key={list.id}>
                  {list.name ?? `List ${list.id}`} — {LEVELS[list.level] ?? list.level}
                  {list.mergeAllowed ? '' : ', no merging'}
                </li>
              ))}
            </ol>
          ) : (
            <p>No price list: base prices.</p>
          )}
        </div>
      ))}
    </div>
  )
}
