import { describe, expect, it } from 'vitest'

import { eventTaskSlug, getRegistry } from '../../../../src/kit'
import { collectionOf, expectAppends, expectDisabledLeavesConfig, fieldNames, literalConfig } from '../../../../test/helpers/plugin-config'
import { orderAlertsPlugin } from '../../index'

describe('orderAlertsPlugin transforms the config', () => {
  it('appends the website field, the subscriber and its job task without clobbering', async () => {
    const config = await expectAppends(orderAlertsPlugin({ recipients: ['ops@test.local'] }))
    expect(fieldNames(collectionOf(config, 'websites'))).toEqual(['websites-own-field', 'orderAlertRecipients'])
    expect(getRegistry(config).eventSubscribers.map((subscriber) => [subscriber.event, subscriber.name])).toEqual([['order.placed', 'order-alerts:email-staff']])
    const task = config.jobs?.tasks?.find((candidate) => candidate.slug === eventTaskSlug('order-alerts:email-staff'))
    expect(task?.retries).toBe(5)
  })

  it('passes its retries option to the delivery task', async () => {
    const config = await orderAlertsPlugin({ retries: 9 })(literalConfig())
    expect(config.jobs?.tasks?.find((task) => task.slug === eventTaskSlug('order-alerts:email-staff'))?.retries).toBe(9)
  })

  it('enabled: false leaves the config as it was', async () => {
    await expectDisabledLeavesConfig(orderAlertsPlugin({ enabled: false }))
  })
})
