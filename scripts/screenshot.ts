// Takes docs/screenshot.png: the dashboard of the demo (both simulators, a first real sync, then the
// UI) on a fresh data folder, at 1024×768 in Debian's Chromium. Run by hand after `npx electron-vite build`:
//   npx tsx scripts/screenshot.ts
// (inside `dbus-run-session` with an unlocked gnome-keyring, as npm test does, the keychain shows
// as available; outside it the dashboard shows the reason it is not).
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import config from '../playwright.config'
import { startKassabrugDemo } from '../e2e/support/kassabrug-demo'

async function main(): Promise<void> {
  const demo = await startKassabrugDemo()
  const browser = await chromium.launch(config.use?.launchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } })
    await page.goto(demo.url)
    // Wait for real data: the last run of the first flow and the chart drawn from stats.daily.
    await page.getByTestId('last-run').first().waitFor()
    await page.locator('.chart .chart-bar rect').first().waitFor()
    const target = resolve(__dirname, '..', 'docs', 'screenshot.png')
    await page.screenshot({ path: target })
    process.stdout.write(`wrote ${target}\n`)
  } finally {
    await browser.close()
    await demo.stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
