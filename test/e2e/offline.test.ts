/**
 * The admin works without internet access: an administrator's session across the main views — dashboard, lists,
 * edit views, an audit entry with its changes, the account page — makes no request that leaves this machine (no
 * Gravatar avatar, no code editor from a CDN). Every request the browser makes, pages and workers alike, is
 * recorded; the test fails on any whose host is not the app's.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/db/resolve'
import { logInAsDemoAdmin } from '../helpers/admin-session'
import { CHROMIUM_ARGS } from '../setup/chromium'

const baseUrl = process.env.BUREAU_E2E_URL!
const screenshots = path.join(projectRoot, 'test-artifacts', 'e2e')
const FIRST_VISIT_MS = 180_000
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

let browser: Browser
let context: BrowserContext
let page: Page
const requested: string[] = []

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await chromium.launch({ executablePath: process.env.BUREAU_E2E_CHROMIUM, args: CHROMIUM_ARGS, headless: true })
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  // The context sees requests of every page, frame and worker it runs.
  context.on('request', (request) => requested.push(request.url()))
  page = await context.newPage()
  page.setDefaultTimeout(FIRST_VISIT_MS)
})

afterAll(async () => {
  await browser?.close()
})

const leavingThisMachine = (urls: readonly string[]) =>
  urls.filter((url) => {
    const { protocol, hostname } = new URL(url)
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false
    return !LOCAL_HOSTS.has(hostname)
  })

/** Opens the first document of a list by its address (a click before hydration can be lost under load). */
async function openFirstDocument(collection: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/collections/${collection}`)
  // a row's link, not the "Create new" button's
  const link = page.locator(`tbody a[href^="/admin/collections/${collection}/"]`).first()
  const href = await link.getAttribute('href')
  expect(href).toMatch(new RegExp(`^/admin/collections/${collection}/\\d+$`))
  await page.goto(`${baseUrl}${href}`)
  await page.locator('.document-fields, .collection-edit').first().waitFor()
}

describe('the admin offline', () => {
  it('makes no request outside this machine across the main views', async () => {
    await logInAsDemoAdmin(page, baseUrl)

    for (const collection of ['products', 'customers', 'orders', 'users']) await openFirstDocument(collection)

    // An audit entry's changes render here, as a table, not in a code editor fetched from a CDN.
    await openFirstDocument('audit-log')
    await page.locator('.audit-changes').first().waitFor()
    await page.locator('.audit-changes table, .audit-changes p').first().waitFor()
    await page.screenshot({ path: path.join(screenshots, '09-audit-entry-offline.png'), fullPage: true })

    await page.goto(`${baseUrl}/admin/account`)
    await page.locator('#field-email').waitFor()
    // Give late loaders (avatars, editors, fonts) time to ask.
    await page.waitForTimeout(2_000)

    expect(requested.length).toBeGreaterThan(20)
    expect(leavingThisMachine(requested)).toEqual([])
  })
})
