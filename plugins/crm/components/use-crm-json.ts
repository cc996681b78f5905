'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export type Loaded<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: T }

/** GETs one of the CRM's endpoints with the editor's own session (their access levels apply). */
export function useCrmJson<T>(path: string | null): Loaded<T> {
  const { config } = useConfig()
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' })
  const url = path ? `${config.serverURL ?? ''}${config.routes.api}${path}` : null
  useEffect(() => {
    if (!url) return
    let live = true
    fetch(url, { credentials: 'include' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        const data = (await response.json()) as T
        if (live) setState({ status: 'ready', data })
      })
      .catch((error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }))
    return () => {
      live = false
    }
  }, [url])
  return state
}
