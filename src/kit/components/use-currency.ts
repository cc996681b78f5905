'use client'
/**
 * The `currencies` collection as the admin's money inputs and cells need it (code and minor digits), read once per
 * admin page through REST with the editor's own session and shared by every component on the page: a list of 50
 * orders makes one request, not 50. No currency table lives in the code.
 */
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { CurrencyFormat } from '../money-format'
import type { CurrencyRef } from './currency-source'

type CurrencyIndex = { byId: Map<string, CurrencyFormat>; byCode: Map<string, CurrencyFormat> }
type CurrencyDoc = { id: number | string; code?: unknown; minorDigits?: unknown }

let index: Promise<CurrencyIndex> | undefined
// A currency created after the page loaded is missing from the index: read the collection again once for it.
const refetchedFor = new Set<string>()

async function fetchCurrencies(apiURL: string): Promise<CurrencyIndex> {
  const query = 'pagination=false&depth=0&select[code]=true&select[minorDigits]=true'
  const response = await fetch(`${apiURL}/currencies?${query}`, { credentials: 'include' })
  if (!response.ok) throw new Error(`currencies answered HTTP ${response.status}`)
  const { docs } = (await response.json()) as { docs: CurrencyDoc[] }
  const byId = new Map<string, CurrencyFormat>()
  const byCode = new Map<string, CurrencyFormat>()
  for (const doc of docs) {
    if (typeof doc.code !== 'string' || typeof doc.minorDigits !== 'number') continue
    const currency = { code: doc.code, minorDigits: doc.minorDigits }
    byId.set(String(doc.id), currency)
    byCode.set(doc.code, currency)
  }
  return { byId, byCode }
}

function load(apiURL: string, refresh: boolean): Promise<CurrencyIndex> {
  if (!index || refresh) {
    index = fetchCurrencies(apiURL)
    // A failed read is not cached: the next component to ask tries again.
    index.catch(() => (index = undefined))
  }
  return index
}

async function findCurrency(apiURL: string, ref: CurrencyRef): Promise<CurrencyFormat | undefined> {
  const pick = (found: CurrencyIndex) => (ref.by === 'id' ? found.byId : found.byCode).get(ref.key)
  const currency = pick(await load(apiURL, false))
  const refetchKey = `${ref.by}:${ref.key}`
  if (currency || refetchedFor.has(refetchKey)) return currency
  refetchedFor.add(refetchKey)
  return pick(await load(apiURL, true))
}

export type CurrencyState =
  | { status: 'none' } // the document names no currency yet (a new price row)
  | { status: 'loading' }
  | { status: 'unknown'; key: string } // named, but not in the currencies collection (or unreadable)
  | { status: 'ready'; currency: CurrencyFormat }

/** The currency `ref` names, once the page's currencies have been read. */
export function useCurrency(ref: CurrencyRef | undefined): CurrencyState {
  const { config } = useConfig()
  const apiURL = `${config.serverURL ?? ''}${config.routes.api}`
  const [state, setState] = useState<CurrencyState>(ref ? { status: 'loading' } : { status: 'none' })
  const by = ref?.by
  const key = ref?.key

  useEffect(() => {
    if (!by || !key) {
      setState({ status: 'none' })
      return
    }
    let current = true
    setState({ status: 'loading' })
    findCurrency(apiURL, { by, key })
      .then((currency) => current && setState(currency ? { status: 'ready', currency } : { status: 'unknown', key }))
      .catch(() => current && setState({ status: 'unknown', key }))
    return () => {
      current = false
    }
  }, [apiURL, by, key])

  return state
}
