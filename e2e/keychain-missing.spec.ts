import { expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startKassabrugServe, type ServeProcess } from './support/kassabrug-serve'

// `kassabrug serve` on a machine without a keychain: the D-Bus session address points at nothing,
// and one credential (MplusKASSA's) is given through its environment variable.
let serve: ServeProcess
const noBusDir = mkdtempSync(join(tmpdir(), 'kassabrug-no-bus-'))

test.beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(noBusDir, 'bus')}`,
    KASSABRUG_MPLUS_SECRET: 'given-at-start-up'
  }
  delete env.KASSABRUG_MAILCHIMP_API_KEY
  delete env.KASSABRUG_SECRETS_FILE
  serve = await startKassabrugServe('kassabrug-e2e-no-keychain-', env)
})
test.afterAll(async () => {
  await serve?.stop()
  rmSync(noBusDir, { recursive: true, force: true })
})

test('the setup page explains plainly that there is no keychain and what to do', async ({
  page
}) => {
  await page.goto(serve.url)
  // An install that is not set up opens the wizard first; the Setup page is one click away.
  await expect(page.getByRole('heading', { name: 'Kassabrug inrichten' })).toBeVisible()
  await page.getByRole('link', { name: 'Inrichten', exact: true }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'Geen sleutelhanger beschikbaar' })
  await expect(notice.getByRole('heading')).toHaveText('Geen sleutelhanger beschikbaar')
  await expect(notice).toContainText('Op deze computer draait geen sleutelhanger')
  await expect(notice).toContainText('nooit als leesbare tekst')
  for (const variable of [
    'KASSABRUG_MAILCHIMP_API_KEY',
    'KASSABRUG_MPLUS_SECRET',
    'KASSABRUG_SECRETS_FILE'
  ])
    await expect(notice).toContainText(variable)
  const mplus = page.getByRole('form', { name: 'MplusKASSA' })
  await expect(
    mplus.getByText('Meegegeven bij het starten (KASSABRUG_MPLUS_SECRET)', { exact: true })
  ).toBeVisible()
  const mailchimp = page.getByRole('form', { name: 'Mailchimp' })
  await expect(mailchimp.getByText('Nog niet opgeslagen', { exact: true })).toBeVisible()
})
