import { beforeAll, describe, expect, it } from 'vitest'
import type { CapturedRequest } from '../../simulators/mailchimp/dispatcher'
import { variantKey } from '../../simulators/mailchimp/state'
import type { Core } from '../../src/main/core/create-core'
import type { FlowId, RunSummary } from '../../src/shared/contract'
import type { StockCalculation } from '../../src/shared/flows/catalogue'
import { createPurchaseOrder } from '../support/mplus-purchasing'
import { useShops } from '../support/shops'
import {
  harnessBranch,
  harnessStoreId,
  tillClient,
  type SimulatorPair
} from '../support/sync-harness'

/**
 * The stock flow against both simulators over HTTP, on a real SQLite file: stock with open sales
 * orders (reserved) and purchase orders (incoming) made through the till's API, each calculation,
 * only changed levels written, a variant that is not in Mailchimp yet, the dry run, and the
 * switch ("Mailchimp manages stock") off: no quantity written anywhere.
 */
const shopWithFlows = useShops('file')
let pair: SimulatorPair
let core: Core
const requests: CapturedRequest[] = []

/** One stock article of the shop with nothing reserved or incoming yet, and its product. */
let article: { articleNumber: number; productNumber: number }

beforeAll(async () => {
  ;({ pair, core } = await shopWithFlows(['products', 'stock'], {
    products: 12,
    members: 2,
    seed: 43,
    onMailchimpRequest: (request) => requests.push(request)
  }))
  const quiet = [...pair.mplus.state.stock.values()].find(
    (record) =>
      record.branchNumber === harnessBranch &&
      record.amountReserved === 0 &&
      record.amountIncoming === 0
  )!
  const product = [...pair.mplus.state.products.values()].find((p) =>
    p.articleList.article.some((a) => a.articleNumber === quiet.articleNumber)
  )!
  article = { articleNumber: quiet.articleNumber, productNumber: product.productNumber }
})

async function sync(flow: FlowId): Promise<RunSummary> {
  const { runs } = await core.call('sync.runNow', { flow, wait: true })
  return runs[0]
}

const quantityOf = (productNumber: number, articleNumber: number) =>
  pair.mailchimp.state.variants
    .get(variantKey(harnessStoreId, String(productNumber)))
    ?.get(String(articleNumber))?.inventory_quantity

/** Mailchimp requests since `from` whose body carries an inventory_quantity. */
const quantityWrites = (from: number) =>
  requests
    .slice(from)
    .filter((request) => JSON.stringify(request.body ?? {}).includes('inventory_quantity'))

let orderCount = 0
async function openSalesOrder(quantity: number): Promise<void> {
  const relationNumber = [...pair.mplus.state.relations.keys()][0]
  await tillClient(pair).createOrderV3(
    {
      extOrderId: `STOCK-TEST-${++orderCount}`,
      relationNumber,
      employeeNumber: 999999,
      lineList: [{ articleNumber: article.articleNumber, data: { quantity, price: 1000 } }]
    },
    { idempotencyKey: `STOCK-TEST-${orderCount}` }
  )
}

describe('stock levels from the till to Mailchimp', () => {
  it('waits with "product not synced yet" until the products flow has sent the variant, then sends it', async () => {
    const first = await sync('stock')
    expect(first.status).toBe('succeeded')
    expect(first.counts.waiting).toBeGreaterThan(0)
    expect(first.counts.created + first.counts.updated).toBe(0)
    const waiting = await core.call('attention.list', {
      flow: 'stock',
      state: 'waiting',
      limit: 500
    })
    expect(
      waiting.items.find((item) => item.sourceId === String(article.articleNumber))?.reason
    ).toMatch(/product not synced yet/)

    expect((await sync('products')).status).toBe('succeeded')
    const second = await sync('stock')
    expect(second.status).toBe('succeeded')
    // Articles of products that are not for sale (never created in Mailchimp) keep waiting.
    const notInMailchimp = [...pair.mplus.state.stock.values()].filter(
      (record) =>
        record.branchNumber === harnessBranch &&
        ![...pair.mailchimp.state.variants.values()].some((variants) =>
          variants.has(String(record.articleNumber))
        )
    ).length
    expect(second.counts.waiting).toBe(notInMailchimp)
    expect(second.counts.updated + second.counts.created).toBe(
      first.counts.waiting - notInMailchimp
    )
    const record = pair.mplus.state.stock.get(`${harnessBranch}:${article.articleNumber}`)!
    expect(quantityOf(article.productNumber, article.articleNumber)).toBe(
      Math.floor(record.amountFree / 10 ** record.decimalPlaces)
    )
  })

  it('sends each calculation from free stock, open sales orders (reserved) and purchase orders (incoming)', async () => {
    await tillClient(pair).setStock({
      branchNumber: harnessBranch,
      articleNumber: article.articleNumber,
      amount: 1050,
      decimalPlaces: 2
    })
    await openSalesOrder(2)
    const supplier = [...pair.mplus.state.relations.keys()][1]
    await createPurchaseOrder(pair.mplus, {
      extPurchaseOrderId: 'PO-STOCK-1',
      supplierRelationNumber: supplier,
      branchNumber: harnessBranch,
      articleNumber: article.articleNumber,
      quantity: 6
    })
    // free 10.50, reserved 2, incoming 6
    const expected: Record<StockCalculation, number> = {
      'free-minus-reserved': 8,
      free: 10,
      'free-plus-incoming': 16,
      'free-minus-reserved-plus-incoming': 14
    }
    for (const [stockCalculation, level] of Object.entries(expected)) {
      await core.call('settings.update', {
        flowOptions: { stockCalculation: stockCalculation as StockCalculation }
      })
      const run = await sync('stock')
      expect(run.status, stockCalculation).toBe('succeeded')
      expect(quantityOf(article.productNumber, article.articleNumber), stockCalculation).toBe(level)
    }
    // The live example of the settings page shows the same figures.
    const example = await core.call('mplus.stockExample', {})
    expect(example.articles.find((a) => a.articleNumber === article.articleNumber)).toMatchObject({
      free: 10.5,
      reserved: 2,
      incoming: 6,
      levels: expected
    })
  })

  it('never sends a negative level unless the setting allows it', async () => {
    await core.call('settings.update', { flowOptions: { stockCalculation: 'free-minus-reserved' } })
    await openSalesOrder(20) // reserved 22 against 10.50 free
    await sync('stock')
    expect(quantityOf(article.productNumber, article.articleNumber)).toBe(0)
    await core.call('settings.update', { flowOptions: { stockAllowNegative: true } })
    // A changed setting reads the whole branch again; only this level comes out differently.
    const mark = requests.length
    const run = await sync('stock')
    expect(run.counts.updated).toBe(1)
    expect(quantityWrites(mark)).toHaveLength(1)
    expect(quantityOf(article.productNumber, article.articleNumber)).toBe(-12)
    await core.call('settings.update', { flowOptions: { stockAllowNegative: false } })
  })

  it('writes nothing when no stock changed, nor when a change leaves the level as it was', async () => {
    await sync('stock')
    pair.mailchimp.resetCounts()
    const quiet = await sync('stock')
    expect(quiet.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      failed: 0
    })
    expect(pair.mailchimp.writeCounts()).toEqual({})

    // Under "free", another reservation changes the stock record but not the level.
    await core.call('settings.update', { flowOptions: { stockCalculation: 'free' } })
    await sync('stock')
    pair.mailchimp.resetCounts()
    await openSalesOrder(1)
    const reserved = await sync('stock')
    expect(reserved.counts).toMatchObject({ unchanged: 1, skipped: 0, updated: 0 })
    expect(pair.mailchimp.writeCounts()).toEqual({})
  })

  it('shows in a dry run what it would send, and sends nothing', async () => {
    await tillClient(pair).setStock({
      branchNumber: harnessBranch,
      articleNumber: article.articleNumber,
      amount: 3,
      decimalPlaces: 0
    })
    pair.mailchimp.resetCounts()
    const { items } = await core.call('sync.preview', { flow: 'stock', limit: 10 })
    const item = items.find((entry) => entry.sourceId === String(article.articleNumber))!
    expect(item.action).toBe('update')
    expect(JSON.parse(item.payload!)).toMatchObject({ inventory_quantity: 3 })
    expect(pair.mailchimp.writeCounts()).toEqual({})
    expect(quantityOf(article.productNumber, article.articleNumber)).not.toBe(3)
    await sync('stock')
    expect(quantityOf(article.productNumber, article.articleNumber)).toBe(3)
  })

  it('with "Mailchimp manages stock" off, writes no quantity anywhere: not the stock flow, not the products flow', async () => {
    await core.call('sync.setFlow', { flow: 'stock', enabled: false })
    const before = quantityOf(article.productNumber, article.articleNumber)
    await tillClient(pair).setStock({
      branchNumber: harnessBranch,
      articleNumber: article.articleNumber,
      amount: 40,
      decimalPlaces: 0
    })
    // A product change makes the products flow send the product and its variants again.
    await tillClient(pair).updateProduct({
      productNumber: article.productNumber,
      articleList: [{ articleNumber: article.articleNumber, priceIncl: 4321 }]
    })
    const mark = requests.length
    const { runs } = await core.call('sync.runNow', { all: true, wait: true })
    expect(runs.map((run) => run.flow)).toEqual(['products'])
    expect(runs[0].counts.updated).toBe(1)
    // Sync now on the switched-off flow is refused before anything is read or written.
    const refused = await sync('stock')
    expect(refused.status).toBe('failed')
    expect(refused.error).toMatch(/Mailchimp does not manage stock/)
    expect(quantityWrites(mark)).toEqual([])
    expect(quantityOf(article.productNumber, article.articleNumber)).toBe(before)

    // On again: the change made while it was off follows.
    await core.call('sync.setFlow', { flow: 'stock', enabled: true })
    await sync('stock')
    expect(quantityOf(article.productNumber, article.articleNumber)).toBe(40)
  })

  it('refuses to run without a branch, with the not-configured code naming it', async () => {
    await core.call('settings.update', { mplus: { branchNumber: null } })
    await expect(core.call('sync.preview', { flow: 'stock', limit: 1 })).rejects.toMatchObject({
      code: 'not-configured',
      params: { missing: ['branchNumber'] }
    })
    await expect(core.call('mplus.stockExample', {})).rejects.toMatchObject({
      code: 'not-configured',
      params: { missing: ['branchNumber'] }
    })
    const run = await sync('stock')
    expect(run.status).toBe('failed')
    expect(run.error).toMatch(/branch/)
    await core.call('settings.update', { mplus: { branchNumber: harnessBranch } })
  })
})
