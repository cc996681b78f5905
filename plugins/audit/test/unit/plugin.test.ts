import { describe, expect, it } from 'vitest'

import { collectionOf, expectAppends, expectDisabledLeavesConfig } from '../../../../test/helpers/plugin-config'
import { auditPlugin } from '../../index'

const hookCount = (config: Awaited<ReturnType<typeof expectAppends>>, slug: string) => collectionOf(config, slug)?.hooks?.afterChange?.length ?? 0

describe('auditPlugin transforms the config', () => {
  it('appends its hooks to every collection after their own, and the audit collection last', async () => {
    const config = await expectAppends(auditPlugin())
    expect(hookCount(config, 'orders')).toBe(2)
    expect(config.collections?.at(-1)?.slug).toBe('audit-log')
  })

  it('honours collectionSlug and excludeCollections', async () => {
    const config = await expectAppends(auditPlugin({ collectionSlug: 'change-log', excludeCollections: ['currencies'] }))
    expect(config.collections?.at(-1)?.slug).toBe('change-log')
    expect(hookCount(config, 'currencies')).toBe(1)
    expect(hookCount(config, 'products')).toBe(2)
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(auditPlugin({ enabled: false }))
  })
})
