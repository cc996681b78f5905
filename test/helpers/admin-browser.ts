/**
 * One Chromium page per e2e file, on the app the e2e set-up started (test/setup/app-server.ts): registers the
 * vitest hooks that launch and close it, screenshots a failing test, and offers the steps every admin test repeats
 * (log in as a person does, read the API with the page's session). Screenshots go to test-artifacts/e2e/.
 *
 *   const admin = useAdminBrowser('orders')
 *   it('…', async () => { await admin.logIn(DEMO_ADMIN); await admin.page.goto(admin.url('/admin/collections/orders')) })
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

import { projectRoot } from '../../src/db/resolve'
import { CHROMIUM_ARGS } from '../setup/chromium'

/** `next dev` compiles each admin route on its first visit, which takes a while on two cores. */
export const FIRST_VISIT_MS = 180_000
export const SCREENSHOTS_DIR = path.join(projectRoot, 'test-artifacts', 'e2e')

export type AdminBrowser = {
  /** The page of this file (valid inside tests, after beforeAll). */
  readonly page: Page
  readonly baseUrl: string
  url(pathAndQuery: string): string
  screenshot(name: string): Promise<Buffer>
  /** Fills the admin login form and waits for the dashboard. */
  logIn(user: { email: string; password: string }): Promise<void>
  /** A REST call with the logged-in user's session cookie; asserts the status (200 by default) and answers the JSON. */
  api<T>(pathAndQuery: string, init?: { method?: string; body?: unknown; status?: number }): Promise<T>
}

export function useAdminBrowser(name: string): AdminBrowser {
  const baseUrl = process.env.BUREAU_E2E_URL!
  let browser: Browser | undefined
  let page: Page | undefined

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true })
    browser = await chromium.launch({ executablePath: process.env.BUREAU_E2E_CHROMIUM, args: CHROMIUM_ARGS, headless: true })
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.setDefaultTimeout(FIRST_VISIT_MS)
  })
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page) {
      await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `failed-${name}-${task.name.replace(/\W+/g, '-')}.png`) })
    }
  })
  afterAll(async () => {
    await browser?.close()
  })

  const current = (): Page => {
    if (!page) throw new Error('useAdminBrowser: the page exists only inside tests (after beforeAll)')
    return page
  }

  return {
    get page() {
      return current()
    },
    baseUrl,
    url: (pathAndQuery) => `${baseUrl}${pathAndQuery}`,
    screenshot: (shot) => current().screenshot({ path: path.join(SCREENSHOTS_DIR, `${shot}.png`), fullPage: true }),
    async logIn(user) {
      const tab = current()
      await tab.goto(`${baseUrl}/admin/login`)
      await tab.locator('#field-email').fill(user.email)
      await tab.locator('#field-password').fill(user.password)
      await tab.locator('button[type="submit"]').click()
      await tab.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
    },
    async api<T>(pathAndQuery: string, init: { method?: string; body?: unknown; status?: number } = {}): Promise<T> {
      const cookie = (await current().context().cookies()).map(({ name: key, value }) => `${key}=${value}`).join('; ')
      const response = await fetch(`${baseUrl}/api/${pathAndQuery.replace(/^\//, '')}`, {
        method: init.method ?? 'GET',
        headers: { cookie, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      expect(response.status).toBe(init.status ?? 200)
      return (await response.json()) as T
    },
  }
}
