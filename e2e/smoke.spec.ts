import { expect, test } from '@playwright/test'
import { startKassabrugServe, type ServeProcess } from './support/kassabrug-serve'

let serve: ServeProcess

test.beforeEach(async () => {
  serve = await startKassabrugServe()
})

test.afterEach(async () => {
  await serve.stop()
})

async function statusFromCore(): Promise<{
  dataDir: string
  database: { schemaVersion: number; latestMigration: string | null }
}> {
  const response = await fetch(`${serve.origin}/api/call/app.status`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
    body: '{}'
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { value: Awaited<ReturnType<typeof statusFromCore>> }).value
}

test('the dashboard shows the real status of the core', async ({ page }) => {
  const status = await statusFromCore()
  expect(status.dataDir).toBe(serve.dataDir)
  // A CSP violation or a script error shows up here (the policy allows nothing inline).
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(serve.url)
  // A fresh install opens the wizard; the dashboard says it is not set up and cannot sync yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Kassabrug inrichten' })).toBeVisible()
  expect(page.url()).toBe(`${serve.origin}/#/wizard`)
  await page.getByRole('link', { name: 'Overzicht' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible()
  await expect(page.getByTestId('sync-state')).toHaveText('Nog niet ingericht')
  for (const button of await page.getByRole('button', { name: 'Nu synchroniseren' }).all())
    await expect(button).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Alles synchroniseren' })).toBeDisabled()
  await expect(page.getByRole('row', { name: /Mailchimp/ })).toContainText('API-sleutel')
  // The token left the address bar; the router owns the fragment now.
  expect(page.url()).toBe(`${serve.origin}/#/`)
  // The technical facts are on About / diagnostics.
  await page.getByRole('link', { name: 'Over / diagnose' }).click()
  await expect(page.getByText(serve.dataDir, { exact: true })).toBeVisible()
  await expect(page.getByTestId('schema-version')).toHaveText(String(status.database.schemaVersion))
  await expect(
    page.getByText(status.database.latestMigration ?? 'none', { exact: true })
  ).toBeVisible()
  expect(problems).toEqual([])
})

test('a language saved in Settings is used at once and after a reload', async ({ page }) => {
  await page.goto(serve.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Kassabrug inrichten' })).toBeVisible()
  await page.getByRole('link', { name: 'Instellingen' }).click()
  await page.getByLabel('Taal').selectOption('en')
  await page
    .getByRole('form', { name: 'Instellingen' })
    .getByRole('button', { name: 'Opslaan' })
    .click()
  // Saved in English: the form is named in the new language at once.
  await expect(page.getByRole('form', { name: 'Settings' }).getByRole('status')).toHaveText(
    'Settings saved.'
  )
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByLabel('Language')).toHaveValue('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('without the token the API answers 401 and the page says how to get in', async ({ page }) => {
  await page.goto(`${serve.origin}/`)
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/call/app.status', { method: 'POST', body: '{}' })
    return response.status
  })
  expect(status).toBe(401)
  await expect(page.getByRole('alert')).toContainText('kassabrug serve')
})
