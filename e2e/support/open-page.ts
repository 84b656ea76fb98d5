import { expect, type Page } from '@playwright/test'

/**
 * Goes to a page of the app by its route and waits until that page, not the one left behind, is
 * shown and loaded: pages share field labels ("Stroom" on the log, attention and mapping pages),
 * so a field found before the switch could be the old page's.
 */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    if (window.location.hash === hash) return
    document.querySelector('main h1')?.setAttribute('data-left-behind', '')
    window.location.hash = hash
  }, `#${path}`)
  await expect(page.locator('main h1:not([data-left-behind])')).toBeVisible()
  await expect(page.getByText(/Laden…|Chargement…|Loading…/)).toHaveCount(0)
}
