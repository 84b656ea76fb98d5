import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startMailchimpSimulator, type MailchimpSimulator } from '../simulators/mailchimp'
import { startMplusSimulator, type MplusSimulator } from '../simulators/mplus'
import { expectAccessible } from './support/accessibility'
import { en } from '../src/renderer/src/i18n/en'
import { fr } from '../src/renderer/src/i18n/fr'
import { nl } from '../src/renderer/src/i18n/nl'
import { startKassabrugServe, type ServeProcess } from './support/kassabrug-serve'
import { openPage } from './support/open-page'
import { correctMemberEmail, plantMember } from '../tests/support/planted-member'
import type { AttentionItem, RecordLogEntry, RunSummary } from '../src/shared/contract'

// One install for the whole file: the wizard sets it up, the later tests walk its pages.
test.describe.configure({ mode: 'serial' })

// Outside test-results/, which Playwright empties at the start of every run.
const screenshotDir = resolve(__dirname, '..', 'e2e-screenshots')
let serve: ServeProcess
let mplus: MplusSimulator
let mailchimp: MailchimpSimulator

test.beforeAll(async () => {
  mkdirSync(screenshotDir, { recursive: true })
  mplus = await startMplusSimulator({ fixture: { size: 12, seed: 3 } })
  mailchimp = await startMailchimpSimulator({ fixture: { members: 15, seed: 3 } })
  serve = await startKassabrugServe('kassabrug-e2e-wizard-')
})

test.afterAll(async () => {
  await serve?.stop()
  await mplus?.close()
  await mailchimp?.close()
})

async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

async function checkStep(page: Page, name: string): Promise<void> {
  await expectAccessible(page, `wizard ${name}`)
  await snapshot(page, `wizard-${name}-nl`)
}

test('from an empty data folder the wizard, with typed credentials and Test, reaches a first finished sync', async ({
  page
}) => {
  // Nine axe checks and a first sync, on a machine shared with other work.
  test.setTimeout(420_000)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(serve.url)
  // A fresh install opens the wizard by itself.
  await expect(page.getByRole('heading', { level: 1, name: 'Kassabrug inrichten' })).toBeVisible()
  await expect(page).toHaveURL(/#\/wizard$/)
  const step = page.locator('.wizard-step')
  // Next stores the step first (the keychain, the settings, the schedule): seconds each on a
  // loaded machine.
  const storing = { timeout: 30_000 }
  await checkStep(page, '1-welcome')
  await step.getByRole('button', { name: 'Beginnen' }).click()

  // Mailchimp: the address of the simulator under Advanced, a wrong key, then the right one.
  await expect(step.getByRole('heading', { name: 'Mailchimp' })).toBeFocused()
  await expect(step.getByRole('listitem').first()).toHaveText('Log in op mailchimp.com.')
  await step.getByText('Geavanceerd').click()
  await step.getByLabel('Adres van de API (leeg = standaard)').fill(mailchimp.baseUrl)
  await step.locator('input[type="password"]').fill(`${'0'.repeat(32)}-us21`)
  await expect(step.getByRole('button', { name: 'Volgende' })).toBeDisabled()
  await step.getByRole('button', { name: 'Testen' }).click()
  const mcResult = page.getByTestId('test-result-mailchimp')
  await expect(mcResult.locator('[data-ok]')).toHaveAttribute('data-ok', 'false')
  await expect(mcResult).toContainText('Mailchimp accepteert deze API-sleutel niet')
  await expect(mcResult.locator('.result-failed')).toBeVisible()
  await checkStep(page, '2-mailchimp-wrong-key')
  await step.locator('input[type="password"]').fill(mailchimp.apiKey)
  await step.getByRole('button', { name: 'Testen' }).click()
  await expect(mcResult.locator('[data-ok]')).toHaveAttribute('data-ok', 'true')
  await expect(mcResult).toContainText('Verbonden met Mailchimp.')
  await expect(mcResult).toContainText('Account:')
  await expect(mcResult).toContainText('Doelgroepen: 1')
  await checkStep(page, '2-mailchimp')
  // What the README shows.
  await page.screenshot({ path: resolve(__dirname, '..', 'docs', 'wizard.png') })
  await step.getByRole('button', { name: 'Volgende' }).click()

  // Audience (with the warning) and a new store on it.
  await expect(step.getByRole('heading', { name: 'Doelgroep en winkel' })).toBeFocused(storing)
  await step.getByLabel('Doelgroep').selectOption(mailchimp.listId)
  await expect(step.getByRole('note')).toContainText('hoort voor altijd bij één doelgroep')
  await step.getByText('Of maak een nieuwe winkel').click()
  await step.getByLabel('Winkel-id').fill('kassa-centrum')
  await step.getByLabel('Naam').fill('Kassa Centrum')
  await step.getByRole('button', { name: 'Aanmaken' }).click()
  await expect(step.getByLabel('Winkel', { exact: true })).toHaveValue('kassa-centrum')
  await checkStep(page, '3-audience')
  await step.getByRole('button', { name: 'Volgende' }).click()

  // MplusKASSA: a wrong secret first, then the right one; the branches come with the test.
  await expect(step.getByRole('heading', { name: 'MplusKASSA' })).toBeFocused(storing)
  await step.getByLabel('Server').fill('127.0.0.1')
  await step.getByLabel('Poort').fill(String(mplus.port))
  await step.getByLabel('Versleutelde verbinding (TLS)').uncheck()
  await step.getByLabel('Ident').fill(mplus.ident)
  await step.locator('input[type="password"]').fill('not-the-secret')
  await step.getByRole('button', { name: 'Testen' }).click()
  const tillResult = page.getByTestId('test-result-mplus')
  await expect(tillResult.locator('[data-ok]')).toHaveAttribute('data-ok', 'false')
  await expect(tillResult).toContainText('De kassa accepteert deze ident of dit geheim niet')
  await checkStep(page, '4-mplus-wrong-secret')
  await step.locator('input[type="password"]').fill(mplus.secret)
  await step.getByRole('button', { name: 'Testen' }).click()
  await expect(tillResult.locator('[data-ok]')).toHaveAttribute('data-ok', 'true')
  await expect(tillResult).toContainText('Filialen:')
  const branch = step.getByLabel('Filiaal')
  const firstBranch = await branch.locator('option').nth(1).getAttribute('value')
  await branch.selectOption(firstBranch ?? '')
  await checkStep(page, '4-mplus')
  await step.getByRole('button', { name: 'Volgende' }).click()

  // Flows, each with its direction in words.
  await expect(step.getByRole('heading', { name: 'Wat synchroniseren' })).toBeFocused(storing)
  for (const name of ['Klanten', 'Producten', 'Categorieën']) {
    // The switch follows the core's answer (sync.setFlow), not the click itself.
    await step.getByRole('switch', { name }).click()
    await expect(step.getByRole('switch', { name })).toBeChecked()
  }
  await expect(step).toContainText('Klanten uit Mailchimp komen als relaties in de kassa.')
  await checkStep(page, '5-flows')
  await step.getByRole('button', { name: 'Volgende' }).click()

  await expect(step.getByRole('heading', { name: 'Hoe vaak' })).toBeFocused(storing)
  await step.getByLabel('Hoe vaak').selectOption('hourly')
  await checkStep(page, '6-schedule')
  await step.getByRole('button', { name: 'Volgende' }).click()

  await expect(step.getByRole('heading', { name: 'Overzicht' })).toBeFocused(storing)
  await expect(step).toContainText('kassa-centrum')
  await expect(step).toContainText('Klanten, Producten, Categorieën')
  await expect(step).toContainText('Elk uur')
  await checkStep(page, '7-summary')
  await step.getByRole('button', { name: 'Eerste synchronisatie starten' }).click()

  await expect(page.getByTestId('first-sync-done')).toBeVisible({ timeout: 120_000 })
  for (const flow of ['customers', 'products', 'categories'])
    await expect(step.locator(`li[data-flow="${flow}"]`)).toContainText('Gelukt')
  await checkStep(page, '8-first-sync')
  expect(problems).toEqual([])
})

const pages = [
  '/',
  '/attention',
  '/activity',
  '/wizard',
  '/setup',
  '/mappings',
  '/lookups',
  '/settings',
  '/about'
]
const pageNames: Record<string, string> = {
  '/': 'dashboard',
  '/attention': 'attention',
  '/activity': 'activity',
  '/wizard': 'wizard',
  '/setup': 'setup',
  '/mappings': 'mappings',
  '/lookups': 'lookups',
  '/settings': 'settings',
  '/about': 'about'
}

/** Every word of a message catalogue, lower case, placeholders left out. */
function catalogueWords(catalogue: unknown): Set<string> {
  const words = new Set<string>()
  const walk = (node: unknown): void => {
    if (typeof node === 'string')
      for (const word of node
        .replace(/\{\{[^}]*\}\}/g, ' ')
        .toLowerCase()
        .match(/[a-zà-ÿ]+/g) ?? [])
        words.add(word)
    else if (node && typeof node === 'object') Object.values(node).forEach(walk)
  }
  walk(catalogue)
  return words
}

/**
 * Words that are English only: every word of the English messages that neither the Dutch nor the
 * French ones use (so "Mailchimp", "record" or "ident" stay allowed), and a few the core used to
 * send in its own English sentences. None of them may show on a Dutch or French page.
 */
const shared = new Set([...catalogueWords(nl), ...catalogueWords(fr)])
const englishOnly = [...catalogueWords(en)].filter((word) => word.length > 1 && !shared.has(word))
const englishWords: string[] = []
const handWords = [
  'the',
  'and',
  'with',
  'failed',
  'invalid',
  'input',
  'error',
  'please',
  'missing',
  'unknown',
  'connected',
  'settings',
  'loading',
  'never',
  'idle',
  'succeeded',
  'created',
  'updated',
  'customers',
  'products',
  'schedule',
  'branch',
  'key',
  'too',
  'small',
  'must',
  'expected',
  'received'
]
englishWords.push(...englishOnly, ...handWords)

/**
 * The English words in what the page shows (closed details, like technical detail, excluded).
 * The mapping editor still shows raw API paths (merge_fields.ADDRESS.country): until it labels
 * them, it is held to the short hand-made list only.
 */
async function englishOn(page: Page): Promise<string[]> {
  // File paths and addresses (the backup folder, the API address) are names, not words.
  const text = (await page.locator('main').innerText()).replace(/\S*\/\S*/g, ' ')
  const words = text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []
  const mapping = (await page.locator('main h1').innerText()) === (await mappingTitle(page))
  const list = mapping ? handWords : englishWords
  return [...new Set(words.filter((word) => list.includes(word)))]
}

async function mappingTitle(page: Page): Promise<string> {
  const language = (await page.locator('html').getAttribute('lang')) ?? 'nl'
  return ({ nl, en, fr } as const)[language as 'nl' | 'en' | 'fr'].mapping.title
}

async function callCore(name: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${serve.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input)
  })
  return ((await response.json()) as { value: unknown }).value
}

/** A wrong secret typed on the Setup page and a refused setting: plain words in the language. */
async function provokeRefusals(page: Page): Promise<void> {
  await openPage(page, '/setup')
  const till = page.getByRole('form', { name: 'MplusKASSA' })
  await till.locator('input[type="password"]').fill('still-not-the-secret')
  await till.locator('.connection-test button').click()
  await expect(page.getByTestId('test-result-mplus').locator('[data-ok]')).toHaveAttribute(
    'data-ok',
    'false'
  )
  expect(await englishOn(page)).toEqual([])
  await openPage(page, '/settings')
  const retention = page.locator('main input[type="number"]').first()
  await retention.fill('0')
  // The general settings form comes first; the flows' own settings follow it.
  await page.locator('main form button[type="submit"]').first().click()
  await expect(page.locator('main .field-error, main [role="alert"]').first()).toBeVisible()
  expect(await englishOn(page)).toEqual([])
}

test("the lookup tables offer the till's own codes and refuse one it does not know", async ({
  page
}) => {
  await callCore('settings.update', { language: 'nl' })
  await page.goto(serve.url)
  await openPage(page, '/lookups')
  const vat = page.locator('fieldset[data-table="vatCodeByCountry"]')
  await vat.getByRole('button', { name: 'Regel toevoegen' }).click()
  // The countries are those of the till's VAT groups; the codes those of the chosen country.
  const country = vat.getByLabel('Land 1')
  await expect(country.locator('option')).toHaveText(['— kiezen —', 'BEL', 'DEU', 'FRA', 'NLD'])
  await country.selectOption('BEL')
  const code = vat.getByLabel('Btw-code BEL')
  await expect(code.locator('option')).toHaveText(['— kiezen —', '1 – 6 %', '2 – 21 %'])
  await code.selectOption('2')
  const payment = page.locator('fieldset[data-table="paymentMethods"]')
  await payment.getByRole('button', { name: 'Regel toevoegen' }).click()
  await payment.getByLabel('Naam in de webwinkel 1').fill('iDEAL')
  await payment.getByLabel('Betaalwijze in de kassa iDEAL').selectOption('IDEAL')
  await expect(payment.getByLabel('Betaalwijze in de kassa iDEAL')).toContainText('Pinbetaling')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible()
  const saved = (await callCore('mapping.lookups.get', {})) as Record<
    string,
    { entries: Record<string, unknown> }
  >
  expect(saved.vatCodeByCountry.entries).toEqual({ BEL: 2 })
  expect(saved.paymentMethods.entries).toEqual({ iDEAL: 'IDEAL' })

  // The core itself refuses a code the till does not know (not only the page)…
  const refused = await fetch(`${serve.origin}/api/call/mapping.lookups.save`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      lookups: { ...saved, deliveryMethods: { entries: { Drone: 'DRONE' } } }
    })
  })
  const answer = (await refused.json()) as {
    ok: boolean
    error?: { issues?: { path: string; code?: string }[] }
  }
  expect(answer.ok).toBe(false)
  expect(answer.error?.issues).toContainEqual(
    expect.objectContaining({ path: 'deliveryMethods.entries.Drone', code: 'unknown-code' })
  )
  // …and a code the till stopped knowing after it was saved is refused at its field.
  await callCore('mapping.lookups.save', {
    lookups: { ...saved, deliveryMethods: { entries: { Drone: 'BPOST' } } }
  })
  const tillMethods = mplus.state.deliveryMethods
  mplus.state.deliveryMethods = tillMethods.filter((method) => method.deliveryMethod !== 'BPOST')
  await page.reload()
  await openPage(page, '/lookups')
  const delivery = page.locator('fieldset[data-table="deliveryMethods"]')
  await expect(delivery.locator('.field-error')).toHaveText(
    'Drone: de kassa kent de code BPOST niet; kies er een uit de lijst.'
  )
  await expect(delivery.getByLabel('Verzendwijze in de kassa Drone')).toHaveAttribute(
    'aria-invalid',
    'true'
  )
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeDisabled()
  expect(await englishOn(page)).toEqual([])
  await expectAccessible(page, 'lookups with a refused code')
  await snapshot(page, 'page-lookups-refused-nl')
  await delivery.getByRole('button', { name: 'Regel Drone verwijderen' }).click()
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible()
  mplus.state.deliveryMethods = tillMethods
})

test('the dashboard says per flow how many records are in sync, and Sync all runs every flow that is on', async ({
  page
}) => {
  await page.goto(serve.url)
  await openPage(page, '/')
  await page.getByRole('button', { name: 'Alles synchroniseren' }).click()
  await expect(page.locator('.sync-all [role="status"]')).toHaveText(
    'Gestart: Klanten, Producten, Categorieën'
  )
  await expect
    .poll(
      async () => {
        const status = (await callCore('sync.status', {})) as { flows: { running: boolean }[] }
        return status.flows.some((flow) => flow.running)
      },
      { timeout: 120_000 }
    )
    .toBe(false)
  const status = (await callCore('sync.status', {})) as {
    flows: { flow: string; inSync: number }[]
  }
  const inSync = Object.fromEntries(status.flows.map((flow) => [flow.flow, flow.inSync]))
  // The simulators' 15 members and the till's products reached the other side in the first sync.
  expect(inSync.customers).toBeGreaterThan(0)
  expect(inSync.products).toBeGreaterThan(0)
  const totals = (flow: string) => page.locator(`[data-flow="${flow}"] [data-testid="flow-totals"]`)
  await expect(totals('customers')).toHaveText(
    new RegExp(`^${inSync.customers} klanten gesynchroniseerd, laatst `)
  )
  await expect(totals('products')).toHaveText(
    new RegExp(`^${inSync.products} producten gesynchroniseerd, laatst `)
  )
  // Each switch is named after its flow for a screen reader.
  await expect(page.getByRole('switch', { name: 'Aan Klanten' })).toBeChecked()
  await expectAccessible(page, 'dashboard after sync all')
  // What the README shows: every flow in sync (the later tests plant a failed record).
  await page.screenshot({ path: resolve(__dirname, '..', 'docs', 'screenshot.png') })
})

test('the activity log reads in words, filters by date and exports the filtered rows as CSV', async ({
  page
}) => {
  await page.goto(serve.url)
  await openPage(page, '/activity')
  const rows = page.locator('.record-list .record-words')
  await expect(rows.filter({ hasText: /^Klant .+ → naar relatie \d+$/ }).first()).toBeVisible()
  await expect(rows.filter({ hasText: /^Product .+ → naar Mailchimp$/ }).first()).toBeVisible()
  // The quiet runs of Sync all after the first sync fold into one line, or stand alone.
  expect(await englishOn(page)).toEqual([])
  await page.getByLabel('Stroom', { exact: true }).selectOption('customers')
  const today = new Date()
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  await page.getByLabel('Van').fill(day)
  await page.getByLabel('Tot en met').fill(day)
  await expect(rows.first()).toContainText('Klant ')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren (CSV)' }).click()
  ])
  const csv = readFileSync(await file.path(), 'utf8')
  // A byte order mark first, so a spreadsheet reads the accents as UTF-8.
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const lines = csv.slice(1).trim().split('\r\n')
  expect(lines[0]).toBe('Tijd;Stroom;Record;Naar;Resultaat;Reden;Id aan de bron;Id aan de doelkant')
  const shown = (await callCore('log.records', { flow: 'customers', limit: 500 })) as {
    records: unknown[]
  }
  expect(lines).toHaveLength(shown.records.length + 1)
  for (const line of lines.slice(1)) expect(line).toMatch(/;Klanten;Klant /)
  // Never a payload: no JSON and no API key in the export.
  expect(csv).not.toContain('{')
  expect(csv).not.toContain(mailchimp.apiKey)
  await expect(page.getByRole('status').filter({ hasText: 'regels geëxporteerd' })).toHaveText(
    `${shown.records.length} regels geëxporteerd.`
  )
  await expectAccessible(page, 'activity filtered by date')
  // Tomorrow onwards: nothing.
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1)
  await page
    .getByLabel('Van')
    .fill(
      `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`
    )
  await page.getByLabel('Tot en met').fill('')
  await expect(page.getByText('Geen records gevonden.')).toBeVisible()
})

/** Today as the locale writes a short date: nl-NL 2-12-2026, fr-BE 2/12/26 (day first, never 12/2). */
function shortDate(language: 'nl' | 'fr'): string {
  const today = new Date()
  const [day, month, year] = [today.getDate(), today.getMonth() + 1, today.getFullYear()]
  return language === 'nl' ? `${day}-${month}-${year}` : `${day}/${month}/${year % 100}`
}

async function attentionItems(): Promise<AttentionItem[]> {
  return (
    (await callCore('attention.list', { flow: 'customers', limit: 50 })) as {
      items: AttentionItem[]
    }
  ).items
}

async function lastCustomersRun(): Promise<RunSummary | null> {
  const status = (await callCore('sync.status', {})) as {
    flows: { flow: string; lastRun: RunSummary | null }[]
  }
  return status.flows.find((flow) => flow.flow === 'customers')?.lastRun ?? null
}

/** The till's relations with this e-mail address (through the simulator's own state). */
function relationsWith(email: string): number {
  return [...mplus.state.relations.values()].filter(
    (relation) => String(relation.email ?? '').toLowerCase() === email
  ).length
}

test('a member with a broken e-mail address needs attention in plain words, and goes through on Retry once it is corrected in Mailchimp', async ({
  page
}) => {
  // A run (the sync, the retry) takes seconds on a loaded machine.
  const slowCall = { timeout: 60_000 }
  // Mailchimp refuses such an address at every write, so it is planted in the simulator's state
  // (an old import). Kassabrug refuses it itself, before the till sees it: invalid-email.
  const broken = 'marie.claes@'
  const corrected = 'marie.claes@telenet.be'
  plantMember(mailchimp, broken, { FNAME: 'Marie', LNAME: 'Claes' })
  await callCore('settings.update', { language: 'nl' })
  const before = await lastCustomersRun()
  await page.goto(serve.url)
  await openPage(page, '/')
  const card = page.getByRole('article', { name: 'Klanten', exact: true })
  await card.getByRole('button', { name: 'Nu synchroniseren' }).click()
  await expect
    .poll(async () => {
      const run = await lastCustomersRun()
      return run !== null && run.id !== before?.id && run.status !== 'running'
    }, slowCall)
    .toBe(true)
  const run = await lastCustomersRun()
  expect(run?.counts.failed).toBe(1)
  const [item, ...others] = await attentionItems()
  expect(others).toEqual([])
  expect(item).toMatchObject({
    sourceId: broken,
    state: 'attention',
    notices: [{ code: 'invalid-email', params: { email: broken } }]
  })
  // Refused at once (it would fail the same way again): one attempt, nothing sent to the till.
  expect(item.attempts).toBe(1)
  expect(relationsWith(broken)).toBe(0)

  await card.getByRole('link', { name: 'Aandacht nodig: 1' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Aandacht nodig' })).toBeVisible()
  const row = page.getByRole('row', { name: new RegExp(`^Klanten ${broken} `) })
  await expect(row.locator('[data-notice-code="invalid-email"]')).toHaveText(
    '“marie.claes@” is geen geldig e-mailadres.'
  )
  await expect(row.getByTestId('what-to-do')).toHaveText(
    'Wat te doen: Verbeter het e-mailadres “marie.claes@” in Mailchimp en kies Opnieuw proberen.'
  )
  // Columns: flow, reason, attempts, time (the record is the row's header).
  const cells = row.getByRole('cell')
  await expect(cells.nth(2)).toHaveText(String(item.attempts))
  await expect(cells.nth(3)).toContainText(shortDate('nl'))
  expect(await englishOn(page)).toEqual([])
  await expectAccessible(page, 'attention with a failed record')
  await snapshot(page, 'page-attention-failed-nl')

  // Corrected at the source; the address is the record's key, so the old key is gone.
  await correctMemberEmail(mailchimp, broken, corrected)
  await row.getByRole('button', { name: `Opnieuw proberen: ${broken}` }).click()
  await expect(page.locator('.toolbar [role="status"]')).toHaveText(
    'Opnieuw geprobeerd: 1 gelukt, 0 nog niet.',
    slowCall
  )
  const results = page.getByTestId('retry-results').getByRole('listitem')
  await expect(results).toHaveText([
    'Klanten marie.claes@: overgeslagen. Mailchimp heeft dit record niet meer onder deze naam (verwijderd, of bijvoorbeeld het e-mailadres verbeterd); de oude kopie is niet verstuurd. Een gewijzigd record komt met zijn nieuwe naam binnen.',
    'Klanten marie.claes@telenet.be: gelukt, nieuw aangemaakt.'
  ])
  await expect(page.getByTestId('attention-empty')).toBeVisible()
  expect(await attentionItems()).toEqual([])
  // At the till once, under the corrected address, never under the broken one.
  expect(relationsWith(corrected)).toBe(1)
  expect(relationsWith(broken)).toBe(0)
  expect(await englishOn(page)).toEqual([])

  // And in the activity log, in words.
  const { records } = (await callCore('log.records', { flow: 'customers', limit: 50 })) as {
    records: RecordLogEntry[]
  }
  const written = records.find((record) => record.sourceId === corrected)
  expect(written).toMatchObject({ outcome: 'created' })
  await openPage(page, '/activity')
  await expect(
    page.locator(`.record-list [data-record-id="${written?.id}"] .record-words`)
  ).toHaveText(`Klant Marie Claes → naar relatie ${written?.targetId}`)
})

/**
 * The every-page runs walk an install with a record that failed: a member whose e-mail address
 * stays broken (planted once; the nl run leaves it for the fr run).
 */
async function keepFailedRecord(): Promise<void> {
  if ((await attentionItems()).length > 0) return
  plantMember(mailchimp, 'jef.peeters@', { FNAME: 'Jef', LNAME: 'Peeters' })
  await callCore('sync.runNow', { flow: 'customers', wait: true })
  expect((await attentionItems()).map((item) => item.sourceId)).toEqual(['jef.peeters@'])
}

for (const language of ['nl', 'fr', 'en'] as const) {
  test(`every page in ${language}: ${language === 'en' ? 'screenshots' : 'no English word, dates in the regional format'}, axe clean`, async ({
    page
  }) => {
    // Seven pages, each checked by axe, on a machine shared with other work.
    test.setTimeout(360_000)
    if (language !== 'en') await keepFailedRecord()
    await callCore('settings.update', { language })
    await page.goto(serve.url)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    for (const path of pages) {
      await openPage(page, path)
      await expectAccessible(page, `${language} ${path}`)
      await snapshot(page, `page-${pageNames[path]}-${language}`)
      if (language === 'en') continue
      if (path === '/attention') {
        // The failed record, its reason worded and its date in the regional format.
        const row = page.getByRole('row', { name: /^\S+ jef\.peeters@ / })
        await expect(row.locator('[data-notice-code="invalid-email"]')).toBeVisible()
        await expect(row.getByTestId('what-to-do')).toBeVisible()
        await expect(row.getByRole('cell').nth(3)).toContainText(shortDate(language))
      }
      expect({ path, english: await englishOn(page) }).toEqual({ path, english: [] })
    }
    await openPage(page, '/')
    // The first sync ran today, in the regional format.
    if (language !== 'en')
      await expect(page.getByTestId('last-run').first()).toContainText(shortDate(language))
    if (language === 'nl') {
      // The technical facts are on About, in one line for the keychain.
      await openPage(page, '/about')
      await expect(page.getByTestId('keychain-line')).toHaveText(
        'Beschikbaar Sleutelhanger van het systeem'
      )
      await openPage(page, '/')
    }
    if (language !== 'en') await provokeRefusals(page)
  })
}
