import { expect, test } from '@playwright/test'
import { startMailchimpSimulator, type MailchimpSimulator } from '../simulators/mailchimp'
import { startMplusSimulator, type MplusSimulator } from '../simulators/mplus'
import {
  addWebShopProduct,
  addresses,
  placeOrders,
  webShopId,
  webShopProduct
} from '../tests/support/web-shop'
import { secretEnvironmentVariables } from '../src/shared/contract'
import { expectAccessible } from './support/accessibility'
import { startKassabrugServe, type ServeProcess } from './support/kassabrug-serve'
import { openPage } from './support/open-page'

/**
 * The mapping editor against `kassabrug serve` and both simulators: a draft previewed on a real
 * record before it is saved, then synced and seen at Mailchimp and in the log; and the lookup
 * tables, filled from the till's own codes, used by the preview of a web-shop order.
 */
test.describe.configure({ mode: 'serial' })

const storeId = 'kassa'
let serve: ServeProcess
let mplus: MplusSimulator
let mailchimp: MailchimpSimulator

async function callCore<T = unknown>(name: string, input: unknown): Promise<T> {
  const response = await fetch(`${serve.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input)
  })
  const answer = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`)
  return answer.value
}

test.beforeAll(async () => {
  mplus = await startMplusSimulator({ fixture: { size: 8, seed: 5 } })
  mailchimp = await startMailchimpSimulator({ fixture: { members: 4, seed: 5 } })
  // The secrets at run time (no keychain needed): as a shop PC without one runs it.
  serve = await startKassabrugServe('kassabrug-e2e-mapping-', {
    ...process.env,
    [secretEnvironmentVariables.mailchimp]: mailchimp.apiKey,
    [secretEnvironmentVariables.mplus]: mplus.secret
  })
  await callCore('settings.update', {
    language: 'nl',
    mailchimp: { baseUrl: mailchimp.baseUrl, listId: mailchimp.listId },
    mplus: { host: '127.0.0.1', port: mplus.port, useTls: false, ident: mplus.ident }
  })
  for (const [id, name] of [
    [storeId, 'Kassa'],
    [webShopId, 'Webwinkel']
  ])
    await callCore('mailchimp.createStore', { id, name, currencyCode: 'EUR' })
  await callCore('settings.update', { mailchimp: { storeId, orderSourceStoreId: webShopId } })
})

test.afterAll(async () => {
  await serve?.stop()
  await mplus?.close()
  await mailchimp?.close()
})

interface Preview {
  live: {
    sourceId: string
    record: { product: { description?: string }; article: { articleNumber: number } }
  }
}

test('product title uppercase: previewed on a real product before saving, synced, seen at Mailchimp and in the log', async ({
  page
}) => {
  test.setTimeout(180_000)
  // The record the editor will preview: the first product the till gives.
  const first = await callCore<Preview>('mapping.previewRecord', { flow: 'products' })
  const productId = first.live.sourceId
  const title = String(first.live.record.product.description).trim()
  const upper = title.toLocaleUpperCase('nl')
  expect(upper).not.toBe(title)

  await page.goto(serve.url)
  await openPage(page, '/mappings')
  await page.getByLabel('Stroom').selectOption('products')
  const preview = page.getByRole('region', { name: /Voorbeeld van deze koppeling/ })
  await expect(preview.getByTestId('draft-decision')).toHaveAttribute('data-decision', 'create', {
    timeout: 30_000
  })
  const titleRow = page.locator('table.mapping-rules tr[data-target="product.title"]')
  // A source is picked by its label, the real record's value beside it.
  await expect(
    page
      .locator('table.mapping-rules tr[data-target="variant.id"]')
      .getByLabel('Bronveld: variant.id', { exact: true })
  ).toContainText(
    `Artikelnummer (artikel in de kassa) — ${first.live.record.article.articleNumber}`
  )
  await expect(titleRow).toContainText('Samengesteld: product.description | article.description')
  await titleRow
    .getByLabel('Bewerking toevoegen aan product.title', { exact: true })
    .selectOption('uppercase')
  await titleRow.getByRole('button', { name: 'Toevoegen', exact: true }).click()
  await expect(titleRow.getByRole('list', { name: 'Bewerkingen van product.title' })).toContainText(
    'Hoofdletters'
  )
  // The draft's preview, before saving: the uppercase title in the field and in the payload.
  await expect(preview.locator('tr[data-target="product.title"]')).toHaveText(
    `product.title${JSON.stringify(upper)}`
  )
  await expect(preview.getByLabel('Wat nu verstuurd zou worden')).toContainText(
    `"title": ${JSON.stringify(upper)}`
  )
  await expect(preview).toContainText('Nog niets verstuurd.')
  expect(
    (await callCore<{ isDefault: boolean }>('mapping.get', { flow: 'products' })).isDefault
  ).toBe(true)
  await expectAccessible(page, 'mapping editor with a draft')

  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Koppeling opgeslagen.' })).toBeVisible()
  await callCore('sync.setFlow', { flow: 'products', enabled: true })
  const { runs } = await callCore<{ runs: { status: string }[] }>('sync.runNow', {
    flow: 'products',
    wait: true
  })
  expect(runs[0]?.status).toBe('succeeded')

  // At Mailchimp, through its API.
  const response = await fetch(
    `${mailchimp.baseUrl}/ecommerce/stores/${storeId}/products/${productId}`,
    {
      headers: {
        Authorization: `Basic ${Buffer.from(`kb:${mailchimp.apiKey}`).toString('base64')}`
      }
    }
  )
  expect(response.status).toBe(200)
  expect(((await response.json()) as { title: string }).title).toBe(upper)

  // In the activity log: the product's row, created, with what was sent.
  await openPage(page, '/activity')
  const filters = page.getByRole('search')
  await filters.getByLabel('Stroom').selectOption('products')
  const row = page
    .getByRole('list', { name: 'Records' })
    .getByRole('listitem')
    .filter({ hasText: title })
    .first()
  await expect(row).toContainText('Nieuw')
  await row.locator('summary').click()
  await expect(row.getByLabel('Verstuurd')).toContainText(`"title": ${JSON.stringify(upper)}`)

  // The same record once more: sent last time is what the log kept, and nothing changed since.
  await openPage(page, '/mappings')
  await page.getByLabel('Stroom').selectOption('products')
  await expect(preview.getByTestId('draft-decision')).toHaveAttribute('data-decision', 'unchanged')
  await expect(preview.getByLabel('Wat de vorige keer verstuurd is')).toContainText(
    `"title": ${JSON.stringify(upper)}`
  )
})

test("the order-in preview uses the lookup tables filled from the till's reference data", async ({
  page
}) => {
  test.setTimeout(180_000)
  // A web-shop order of a till article, shipped to Belgium.
  const article = [...mplus.state.products.values()][0].articleList.article[0]
  const product = webShopProduct(String(article.articleNumber), Number(article.priceIncl ?? 1000))
  await addWebShopProduct({ mailchimp }, product, String(article.description ?? product.sku))
  await placeOrders({ mailchimp }, [
    {
      id: 'web-1',
      email: 'amelie@dubois.test',
      address: addresses.be,
      lines: [{ product, quantity: 2 }]
    }
  ])

  await page.goto(serve.url)
  await openPage(page, '/lookups')
  const vat = page.locator('fieldset[data-table="vatCodeByCountry"]')
  await vat.getByRole('button', { name: 'Regel toevoegen' }).click()
  await vat.getByLabel('Land 1').selectOption('BEL')
  await vat.getByLabel('Btw-code BEL').selectOption('2')
  const turnover = page.locator('fieldset[data-table="turnoverGroupByCountry"]')
  await turnover.getByRole('button', { name: 'Regel toevoegen' }).click()
  await turnover.getByLabel('Land 1').selectOption('BEL')
  const group = turnover.getByLabel(/^Omzetgroep BEL/)
  const groupNumber = await group.locator('option').nth(1).getAttribute('value')
  await group.selectOption(groupNumber ?? '')
  const payment = page.locator('fieldset[data-table="paymentMethods"]')
  await payment.getByRole('button', { name: 'Regel toevoegen' }).click()
  await payment.getByLabel('Naam in de webwinkel 1').fill('paid')
  await payment.getByLabel('Betaalwijze in de kassa paid').selectOption('IDEAL')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible()

  await openPage(page, '/mappings')
  await page.getByLabel('Stroom').selectOption('orders-in')
  const preview = page.getByRole('region', { name: /Voorbeeld van deze koppeling/ })
  await expect(preview.getByTestId('draft-decision')).toHaveAttribute('data-decision', 'create', {
    timeout: 30_000
  })
  const field = (target: string) => preview.locator(`tr[data-target="${target}"] td`)
  await expect(field('order.paymentMethod')).toHaveText('"IDEAL"')
  await expect(field('order.vatCountryIso3')).toHaveText('"BEL"')
  await expect(field('line.data.vatCode')).toHaveText('2')
  await expect(field('line.data.turnoverGroup')).toHaveText(String(groupNumber))
  await expect(preview.getByLabel('Wat nu verstuurd zou worden')).toContainText(
    '"paymentMethod": "IDEAL"'
  )
  await expectAccessible(page, 'mapping editor, orders-in')
})
