/** Logging the demo administrator into the real admin in Chromium, the way a person does, for the e2e tests. */
import type { Page } from 'playwright-core'

import { DEMO_ADMIN } from '../../src/seed/demo-data'

/** Fills the login form, submits it and waits for the dashboard. */
export async function logInAsDemoAdmin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(DEMO_ADMIN.email)
  await page.locator('#field-password').fill(DEMO_ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
  await page.getByText('Products').first().waitFor()
}
