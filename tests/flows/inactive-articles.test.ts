import { beforeAll, describe, expect, it } from 'vitest'
import { variantKey } from '../../simulators/mailchimp/state'
import type { Core } from '../../src/main/core/create-core'
import { useShops } from '../support/shops'
import { harnessStoreId, tillClient, type SimulatorPair } from '../support/sync-harness'

/**
 * An inactive Mplus article is not for sale: never created in Mailchimp; hidden when it becomes
 * inactive after it was synced (not deleted: orders refer to it; its stock level is the stock
 * flow's, untouched); visible again when it is reactivated. Through the till's SOAP API and Mailchimp's REST API, on a real SQLite file.
 */
const shopWithFlows = useShops('file')
let pair: SimulatorPair
let core: Core

beforeAll(async () => {
  ;({ pair, core } = await shopWithFlows(['products'], { products: 12, members: 2, seed: 41 }))
})

const storeProduct = (productNumber: number) =>
  pair.mailchimp.state.products.get(harnessStoreId)?.get(String(productNumber))
const variantOf = (productNumber: number, articleNumber: number) =>
  pair.mailchimp.state.variants
    .get(variantKey(harnessStoreId, String(productNumber)))
    ?.get(String(articleNumber))

async function setActive(productNumber: number, articleNumbers: number[], active: boolean) {
  await tillClient(pair).updateProduct({
    productNumber,
    articleList: articleNumbers.map((articleNumber) => ({ articleNumber, active }))
  })
}

async function syncProducts() {
  const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
  expect(runs[0].status).toBe('succeeded')
  return runs[0]
}

describe('inactive articles are not for sale', () => {
  let single: { productNumber: number; articleNumber: number }
  let pairOfArticles: { productNumber: number; active: number; inactive: number }

  it('creates neither a product whose articles are all inactive nor an inactive variant', async () => {
    const products = [...pair.mplus.state.products.values()]
    const one = products.find((p) => p.articleList.article.length === 1)!
    const two = products.find((p) => p.articleList.article.length >= 2)!
    single = {
      productNumber: one.productNumber,
      articleNumber: one.articleList.article[0].articleNumber
    }
    pairOfArticles = {
      productNumber: two.productNumber,
      active: two.articleList.article[0].articleNumber,
      inactive: two.articleList.article[1].articleNumber
    }
    await setActive(single.productNumber, [single.articleNumber], false)
    await setActive(two.productNumber, [pairOfArticles.active], true)
    await setActive(two.productNumber, [pairOfArticles.inactive], false)

    const run = await syncProducts()
    expect(run.counts).toMatchObject({ skipped: 1, failed: 0 })
    expect(storeProduct(single.productNumber)).toBeUndefined()
    expect(storeProduct(pairOfArticles.productNumber)).toBeDefined()
    expect(variantOf(pairOfArticles.productNumber, pairOfArticles.active)?.visibility).toBe(
      'visible'
    )
    expect(variantOf(pairOfArticles.productNumber, pairOfArticles.inactive)).toBeUndefined()
    // Skipped by the rule, with the reason in the activity log, not a failure: nothing waits.
    const { records } = await core.call('log.records', {
      flow: 'products',
      outcome: 'skipped',
      limit: 50
    })
    expect(records.map((record) => record.sourceId)).toEqual([String(single.productNumber)])
    expect(records[0].reason).toMatch(/has no active article: it is not for sale/)
    const attention = await core.call('attention.list', { flow: 'products', limit: 100 })
    expect(attention.items.map((item) => item.sourceId)).not.toContain(String(single.productNumber))
  })

  it('hides a synced article that became inactive, without deleting it or touching its stock', async () => {
    const stockBefore = variantOf(
      pairOfArticles.productNumber,
      pairOfArticles.active
    )?.inventory_quantity
    await setActive(pairOfArticles.productNumber, [pairOfArticles.active], false)
    const run = await syncProducts()
    expect(run.counts).toMatchObject({ updated: 1, failed: 0 })
    expect(storeProduct(pairOfArticles.productNumber)).toBeDefined()
    expect(variantOf(pairOfArticles.productNumber, pairOfArticles.active)).toMatchObject({
      visibility: 'hidden',
      inventory_quantity: stockBefore
    })
    const writes = Object.keys(pair.mailchimp.writeCounts())
    expect(writes).toContain(
      'PUT /ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}'
    )
    expect(writes.filter((call) => call.startsWith('DELETE'))).toEqual([])
  })

  it('shows it again when it is reactivated, and creates the product that became active', async () => {
    await setActive(pairOfArticles.productNumber, [pairOfArticles.active], true)
    await setActive(single.productNumber, [single.articleNumber], true)
    const run = await syncProducts()
    expect(run.counts).toMatchObject({ created: 1, updated: 1, failed: 0 })
    expect(variantOf(pairOfArticles.productNumber, pairOfArticles.active)?.visibility).toBe(
      'visible'
    )
    expect(variantOf(single.productNumber, single.articleNumber)?.visibility).toBe('visible')

    pair.mailchimp.resetCounts()
    const again = await syncProducts()
    expect(again.counts).toMatchObject({ created: 0, updated: 0 })
    expect(pair.mailchimp.writeCounts()).toEqual({})
  })
})
