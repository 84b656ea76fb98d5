import { expect, test } from '@playwright/test'
import { startKassabrugServe, type ServeProcess } from './support/kassabrug-serve'

let serve: ServeProcess

test.beforeEach(async () => {
  serve = await startKassabrugServe()
})

test.afterEach(async () => {
  await serve.stop()
})

test('About shows the last backup; Restore puts it back after a confirmation', async ({ page }) => {
  await page.goto(serve.url)
  // An install that is not set up opens the wizard first; only then is About a page of its own.
  await expect(page.getByRole('heading', { name: 'Kassabrug inrichten' })).toBeVisible()
  await page.getByRole('link', { name: 'Over / diagnose' }).click()
  await expect(page.getByTestId('last-backup')).toContainText('Er is nog geen back-up')
  await expect(page.getByRole('button', { name: 'Terugzetten' })).toBeDisabled()
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click()
  await expect(page.getByTestId('last-backup')).toContainText('(met de hand)')

  // A change after the backup is undone by the restore.
  await page.getByRole('link', { name: 'Instellingen' }).click()
  await page.getByLabel('Activiteitenlog bewaren (dagen)').fill('77')
  await page
    .getByRole('form', { name: 'Instellingen' })
    .getByRole('button', { name: 'Opslaan' })
    .click()
  await expect(page.getByRole('form', { name: 'Instellingen' }).getByRole('status')).toHaveText(
    'Instellingen opgeslagen.'
  )

  await page.getByRole('link', { name: 'Over / diagnose' }).click()
  await page.getByRole('button', { name: 'Terugzetten' }).click()
  const dialog = page.getByRole('dialog', { name: 'Deze back-up terugzetten?' })
  await dialog.getByRole('button', { name: 'Terugzetten' }).click()
  await expect(
    page.getByText('Teruggezet. De huidige stand staat in de veiligheidskopie.')
  ).toBeVisible()
  await expect(page.getByTestId('last-backup')).toContainText('(vóór het terugzetten)')
  await page.getByRole('link', { name: 'Instellingen' }).click()
  await expect(page.getByLabel('Activiteitenlog bewaren (dagen)')).toHaveValue('30')
})
