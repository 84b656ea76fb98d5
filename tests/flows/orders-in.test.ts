import { describe, expect, it } from 'vitest'
import { shippingArticleNumber } from '../../simulators/mplus/shop-fixture'
import type { Core } from '../../src/main/core/create-core'
import type { SettingsPatch } from '../../src/shared/contract'
import { useShops } from '../support/shops'
import { tillClient, totalWrites, type SimulatorPair } from '../support/sync-harness'
import {
  addWebShopProduct,
  addresses,
  generatedOrders,
  placeOrders,
  seedWebShop,
  tillOrdersByExtId,
  webShopClient,
  webShopId,
  webShopProduct,
  type WebShopOrder,
  type WebShopProduct
} from '../support/web-shop'

/**
 * The orders-in flow over real HTTP against both simulators, on a real SQLite file: the five
 * steps per order (exists? customer, products, enrich, create) and what a second run does.
 */
const shopWithFlows = useShops('test')

async function shop(options: { maxRecordAttempts?: number; settings?: SettingsPatch } = {}) {
  const { pair, core } = await shopWithFlows(
    ['orders-in'],
    { products: 12, members: 4, seed: 23 },
    { maxRecordAttempts: options.maxRecordAttempts }
  )
  const products = await seedWebShop(pair)
  if (options.settings) await core.call('settings.update', options.settings)
  return { pair, core, products }
}

async function run(c: Core) {
  const { runs } = await c.call('sync.runNow', { flow: 'orders-in', wait: true })
  return runs[0]
}

function tillOrder(p: SimulatorPair, orderId: string) {
  const orders = [...p.mplus.state.orders.values()].filter(
    (order) => order.extOrderId === `MC-${webShopId}-${orderId}`
  )
  expect(orders, `till orders for ${orderId}`).toHaveLength(1)
  return orders[0] as unknown as Record<string, unknown> & {
    relationNumber: number
    totalInclAmount: number
    lineList: { line: { articleNumber: number; data: Record<string, number> }[] }
  }
}

function relationsWith(p: SimulatorPair, email: string) {
  return [...p.mplus.state.relations.values()].filter(
    (relation) => String(relation.email ?? '').toLowerCase() === email
  )
}

function order(products: WebShopProduct[], extra: Partial<WebShopOrder> = {}): WebShopOrder {
  return {
    id: 'o-1',
    email: 'inkoop@fietsenhandel.test',
    lines: [
      { product: products[0], quantity: 2 },
      { product: products[1], quantity: 1 }
    ],
    ...extra
  }
}

describe('orders in', () => {
  it('creates a new company customer with its contact and the order, whose total is its lines', async () => {
    const { pair, core, products } = await shop()
    const placed = order(products, { company: 'Fietsenhandel Noord B.V.' })
    await placeOrders(pair, [placed])
    expect(await run(core)).toMatchObject({
      status: 'succeeded',
      counts: { created: 1, failed: 0, waiting: 0 }
    })
    const [relation] = relationsWith(pair, placed.email)
    expect(relation).toMatchObject({
      name: 'Fietsenhandel Noord B.V.',
      companyName: 'Fietsenhandel Noord B.V.',
      contact: 'Jan de Vries'
    })
    const created = tillOrder(pair, 'o-1')
    expect(created.relationNumber).toBe(relation.relationNumber)
    expect(created.employeeNumber).toBe(999999)
    expect(created.reference).toBe('o-1')
    expect(created.lineList.line.map((line) => line.articleNumber)).toEqual([
      Number(products[0].sku),
      Number(products[1].sku)
    ])
    const mailchimpOrder = await webShopClient(pair).getOrder(webShopId, 'o-1')
    const linesTotal = created.lineList.line.reduce(
      (sum, line) => sum + line.data.totalInclAmount,
      0
    )
    expect(created.totalInclAmount).toBe(linesTotal)
    expect(created.totalInclAmount).toBe(Math.round(mailchimpOrder!.order_total * 100))
    // Ids both ways: the ledger holds the till's order id, the till the Mailchimp ids.
    const records = await core.call('log.records', { flow: 'orders-in', limit: 10 })
    expect(records.records[0]).toMatchObject({
      sourceId: `${webShopId}:o-1`,
      targetId: created.orderId
    })
  })

  it('updates an existing customer found by e-mail instead of creating one', async () => {
    const { pair, core, products } = await shop()
    const existing = await tillClient(pair).createRelation({
      name: 'J. de Vries (oud)',
      email: 'jan@devries.test'
    })
    await placeOrders(pair, [order(products, { email: 'jan@devries.test' })])
    expect((await run(core)).counts).toMatchObject({ created: 1, failed: 0 })
    const relations = relationsWith(pair, 'jan@devries.test')
    expect(relations.map((r) => r.relationNumber)).toEqual([existing.relationNumber])
    expect(relations[0].name).toBe('Jan de Vries')
    expect(tillOrder(pair, 'o-1').relationNumber).toBe(existing.relationNumber)
  })

  it('books every order on the standard debtor when one is set', async () => {
    const { pair, core, products } = await shop()
    const debtor = await tillClient(pair).createRelation({
      name: 'Webwinkel',
      email: 'web@winkel.test'
    })
    await core.call('settings.update', {
      flowOptions: { ordersStandardDebtor: debtor.relationNumber }
    })
    const before = pair.mplus.state.relations.size
    await placeOrders(pair, [order(products), order(products, { id: 'o-2', email: 'b@b.test' })])
    expect((await run(core)).counts).toMatchObject({ created: 2, failed: 0 })
    expect(pair.mplus.state.relations.size).toBe(before)
    expect(tillOrder(pair, 'o-1').relationNumber).toBe(debtor.relationNumber)
    expect(tillOrder(pair, 'o-2').relationNumber).toBe(debtor.relationNumber)
  })

  it('lets an order with an unknown SKU wait whole, then needs attention, then imports it once the article exists', async () => {
    const { pair, core, products } = await shop({ maxRecordAttempts: 2 })
    const unknown = webShopProduct('PLU-NIEUW', 2495)
    await addWebShopProduct(pair, unknown, 'Nieuwe fietsbel')
    await placeOrders(pair, [
      order(products, {
        lines: [
          { product: products[0], quantity: 1 },
          { product: unknown, quantity: 1 }
        ]
      })
    ])
    const relationsBefore = pair.mplus.state.relations.size
    expect((await run(core)).counts).toMatchObject({ waiting: 1, created: 0 })
    const waiting = await core.call('attention.list', { state: 'waiting', limit: 10 })
    expect(waiting.items[0].reason).toContain(
      'product Nieuwe fietsbel (SKU PLU-NIEUW) not found in MplusKASSA'
    )
    // Never half: no order and no customer yet.
    expect(tillOrdersByExtId(pair).size).toBe(0)
    expect(pair.mplus.state.relations.size).toBe(relationsBefore)
    expect((await run(core)).counts).toMatchObject({ waiting: 1 })
    const stuck = await core.call('attention.list', { state: 'attention', limit: 10 })
    expect(stuck.items[0].reason).toMatch(/not found in MplusKASSA.*Still waiting after 2 runs/)

    // The article appears at the till; the web shop's SKU is its article number.
    const till = tillClient(pair)
    const { articleNumbers } = await till.createProduct({
      description: 'Nieuwe fietsbel',
      articleList: [
        { description: 'Nieuwe fietsbel', priceIncl: 2495, turnoverGroup: 3, vatCode: 2 }
      ]
    })
    await webShopClient(pair).updateVariant(webShopId, unknown.productId, unknown.variantId, {
      sku: String(articleNumbers[0])
    })
    expect((await run(core)).counts).toMatchObject({ created: 1, waiting: 0 })
    expect(tillOrder(pair, 'o-1').lineList.line).toHaveLength(2)
    expect((await core.call('attention.list', { limit: 10 })).items).toEqual([])
  })

  it('gives a new customer with several orders in one run one relation', async () => {
    const { pair, core, products } = await shop()
    const email = 'vaste.klant@webwinkel.test'
    await placeOrders(
      pair,
      ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'].map((id) => order(products, { id, email }))
    )
    expect((await run(core)).counts).toMatchObject({ created: 6, failed: 0 })
    const relations = relationsWith(pair, email)
    expect(relations).toHaveLength(1)
    for (const id of ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'])
      expect(tillOrder(pair, id).relationNumber).toBe(relations[0].relationNumber)
  })

  it('imports only the financial statuses asked for (default: paid)', async () => {
    const { pair, core, products } = await shop()
    await placeOrders(pair, [
      order(products),
      order(products, { id: 'o-2', financialStatus: 'pending' })
    ])
    expect((await run(core)).counts).toMatchObject({ created: 1, unchanged: 0, skipped: 1 })
    expect([...tillOrdersByExtId(pair).keys()]).toEqual([`MC-${webShopId}-o-1`])
    const { records } = await core.call('log.records', {
      flow: 'orders-in',
      outcome: 'skipped',
      limit: 10
    })
    expect(records.map((record) => record.reason)).toEqual([
      'Order o-2 has financial status "pending", which is not imported.'
    ])
    await core.call('settings.update', {
      flowOptions: { ordersFinancialStatuses: ['paid', 'pending'] }
    })
    expect((await run(core)).counts).toMatchObject({ created: 1, unchanged: 1, skipped: 0 })
  })

  it('leaves alone the till sales the orders-out flow sent to the same store', async () => {
    const { pair, core, products } = await shop()
    await placeOrders(pair, [order(products), order(products, { id: 'receipt-7c1e' })])
    expect((await run(core)).counts).toMatchObject({ created: 1, skipped: 1, failed: 0 })
    expect([...tillOrdersByExtId(pair).keys()]).toEqual([`MC-${webShopId}-o-1`])
    const { records } = await core.call('log.records', { flow: 'orders-in', limit: 10 })
    expect(records.find((record) => record.sourceId === `${webShopId}:receipt-7c1e`)?.reason).toBe(
      'Order receipt-7c1e is a till sale Kassabrug sent to Mailchimp: it is in MplusKASSA already.'
    )
  })

  it('creates exactly one till order when the answer to the create is lost', async () => {
    const { pair, core, products } = await shop()
    await placeOrders(pair, [order(products)])
    pair.mplus.faults.failNext('createOrderV3', 'reset-after-processing')
    const result = await run(core)
    expect(result.counts.failed + result.counts.created + result.counts.linked).toBe(1)
    await run(core)
    expect(tillOrdersByExtId(pair)).toEqual(new Map([[`MC-${webShopId}-o-1`, 1]]))
    expect(relationsWith(pair, 'inkoop@fietsenhandel.test')).toHaveLength(1)
  })

  it('skips an order already imported (ledger) and links one already at the till (ext order id)', async () => {
    const { pair, core, products } = await shop()
    await placeOrders(pair, [order(products), order(products, { id: 'o-2' })])
    // o-2 was entered at the till by hand under the id Kassabrug derives.
    const relation = await tillClient(pair).createRelation({
      name: 'Hand',
      email: 'hand@till.test'
    })
    await tillClient(pair).createOrderV3(
      {
        extOrderId: `MC-${webShopId}-o-2`,
        relationNumber: relation.relationNumber,
        employeeNumber: 999999,
        lineList: [{ articleNumber: Number(products[0].sku), data: { quantity: 1 } }]
      },
      { idempotencyKey: 'by-hand' }
    )
    expect((await run(core)).counts).toMatchObject({ created: 1, linked: 1, failed: 0 })
    const writes = totalWrites(pair)
    expect((await run(core)).counts).toMatchObject({ created: 0, linked: 0, unchanged: 2 })
    expect(totalWrites(pair)).toBe(writes)
    expect([...tillOrdersByExtId(pair).values()]).toEqual([1, 1])
  })

  it('writes Belgian and French addresses in their form, with VAT code and turnover group per country', async () => {
    const { pair, core, products } = await shop()
    await core.call('mapping.lookups.save', {
      lookups: {
        vatCodeByCountry: { entries: { NLD: 2, BEL: 2, FRA: 2 } },
        turnoverGroupByCountry: { entries: { NLD: 1, BEL: 2, FRA: 3 } },
        paymentMethods: { entries: { paid: 'IDEAL' } },
        deliveryMethods: { entries: {}, default: 'POSTNL' }
      }
    })
    await core.call('settings.update', {
      flowOptions: { ordersShippingArticle: shippingArticleNumber }
    })
    await placeOrders(pair, [
      order(products, { id: 'be-1', email: 'amelie@dubois.test', address: addresses.be }),
      order(products, {
        id: 'fr-1',
        email: 'sophie@martin.test',
        address: addresses.fr,
        shipping: 4.95
      })
    ])
    expect((await run(core)).counts).toMatchObject({ created: 2, failed: 0 })
    const belgian = tillOrder(pair, 'be-1')
    expect(belgian).toMatchObject({
      vatCountryIso3: 'BEL',
      paymentMethod: 'IDEAL',
      deliveryMethod: 'POSTNL',
      deliveryAddress: {
        address: 'Rue Haute 5 bus 3',
        zipcode: '1000',
        city: 'Bruxelles',
        country: 'BE'
      }
    })
    for (const line of belgian.lineList.line)
      expect(line.data).toMatchObject({ vatCode: 2, vatPercentage: 21, turnoverGroup: 2 })
    const french = tillOrder(pair, 'fr-1')
    expect(french).toMatchObject({
      vatCountryIso3: 'FRA',
      deliveryAddress: { address: '12 bis rue de Rivoli', zipcode: '75001', country: 'FR' }
    })
    const lines = french.lineList.line
    for (const line of lines)
      expect(line.data).toMatchObject({ vatPercentage: 20, turnoverGroup: 3 })
    expect(lines.at(-1)).toMatchObject({
      articleNumber: shippingArticleNumber,
      data: { price: 495 }
    })
    const mailchimpOrder = await webShopClient(pair).getOrder(webShopId, 'fr-1')
    expect(french.totalInclAmount).toBe(Math.round(mailchimpOrder!.order_total * 100))
    // The customer is the customers mapping's (address lines joined as given).
    const [relation] = relationsWith(pair, 'sophie@martin.test')
    expect(relation).toMatchObject({ address: 'rue de Rivoli 12 bis', country: 'FR' })
  })

  it('imports 200 orders on the first run, and a second run with no change writes nothing', async () => {
    const { pair, core, products } = await shop()
    await placeOrders(pair, generatedOrders(products, 200))
    const first = await run(core)
    expect(first).toMatchObject({
      status: 'succeeded',
      counts: { created: 200, failed: 0, waiting: 0 }
    })
    const counts = tillOrdersByExtId(pair)
    expect(counts.size).toBe(200)
    // Each of the 67 customers ordered three times, written side by side: one relation each.
    for (let customer = 1; customer <= 67; customer++)
      expect(
        relationsWith(pair, `klant${customer}@webwinkel.test`),
        `klant${customer}`
      ).toHaveLength(1)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
    for (const tillOrder of pair.mplus.state.orders.values()) {
      const lines = (tillOrder.lineList as { line: { data: { totalInclAmount: number } }[] }).line
      expect(tillOrder.totalInclAmount).toBe(
        lines.reduce((sum, l) => sum + l.data.totalInclAmount, 0)
      )
    }
    const writes = totalWrites(pair)
    const second = await run(core)
    expect(second.counts).toMatchObject({ created: 0, updated: 0, linked: 0, unchanged: 200 })
    expect(totalWrites(pair)).toBe(writes)
  })

  it('keeps an imported order as it is when Mailchimp later refunds it, with a warning', async () => {
    const { pair, core, products } = await shop()
    await placeOrders(pair, [order(products)])
    await run(core)
    await webShopClient(pair).updateOrder(webShopId, 'o-1', { financial_status: 'refunded' })
    const writes = totalWrites(pair)
    expect((await run(core)).counts).toMatchObject({ updated: 1 })
    expect(totalWrites(pair)).toBe(writes)
    const records = await core.call('log.records', { flow: 'orders-in', limit: 1 })
    // A code the hosts word (credit or cancel it at the till), kept on the log entry.
    expect(records.records[0].notices).toEqual([
      {
        code: 'changed-after-import',
        params: { order: 'o-1', orderId: expect.any(String), status: 'refunded' }
      }
    ])
    expect((await run(core)).counts).toMatchObject({ unchanged: 1, updated: 0 })
  })
})
