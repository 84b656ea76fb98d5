import { defineConfig } from '@playwright/test'

/**
 * Browser tests in Debian's Chromium (Playwright's own download is not reachable here). The tests
 * start the real `kassabrug serve` themselves (e2e/support/kassabrug-serve.ts), so run
 * `npx electron-vite build` first.
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    headless: true,
    viewport: { width: 1024, height: 768 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Chromium's own passwords stay out of the Secret Service that the app under test uses.
        '--password-store=basic'
      ]
    }
  }
})
