import { beforeAll, describe, expect, it } from 'vitest'
import { variantKey } from '../../simulators/mailchimp/state'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import type { Core } from '../../src/main/core/create-core'
import { useShops } from '../support/shops'
import { harnessStoreId, tillClient, type SimulatorPair } from '../support/sync-harness'

const shopWithFlows = useShops('file')
let pair: SimulatorPair
let core: Core

beforeAll(async () => {
  ;({ pair, core } = await shopWithFlows(undefined, { products: 20, members: 30, seed: 11 }))
  await core.call('sync.runNow', { all: true, wait: true })
})

function firstProductWithArticles() {
  return [...pair.mplus.state.products.values()].find((p) => p.articleList.article.length > 0)!
}

describe('changes after the first sync', () => {
  it('a changed price at the till reaches Mailchimp, and nothing else is written', async () => {
    const product = firstProductWithArticles()
    const article = product.articleList.article[0] as { articleNumber: number }
    await tillClient(pair).updateProduct({
      productNumber: product.productNumber,
      articleList: [{ articleNumber: article.articleNumber, priceIncl: 12345 }]
    })
    pair.mailchimp.resetCounts()
    const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
    expect(runs[0].counts).toMatchObject({ updated: 1, created: 0, failed: 0 })
    const variant = pair.mailchimp.state.variants
      .get(variantKey(harnessStoreId, String(product.productNumber)))
      ?.get(String(article.articleNumber))
    expect(variant?.price).toBe(123.45)
    const writes = pair.mailchimp.writeCounts()
    expect(Object.keys(writes).every((key) => key.includes('/products/{product_id}'))).toBe(true)
  })

  it('a change to a create-only field (the long description) is not sent', async () => {
    const product = firstProductWithArticles()
    const before = pair.mailchimp.state.products
      .get(harnessStoreId)!
      .get(String(product.productNumber))!
    const description = before.description
    await tillClient(pair).updateProduct({
      productNumber: product.productNumber,
      extraText: 'Nieuwe lange omschrijving die de webwinkel al verrijkt heeft',
      articleList: []
    })
    pair.mailchimp.resetCounts()
    const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
    expect(runs[0].counts).toMatchObject({ updated: 0, created: 0, unchanged: 1 })
    expect(pair.mailchimp.writeCounts()).toEqual({})
    expect(
      pair.mailchimp.state.products.get(harnessStoreId)!.get(String(product.productNumber))!
        .description
    ).toBe(description)
  })

  it('a changed member name reaches the relation at the till', async () => {
    const member = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()][0]
    const mailchimp = createMailchimpClient({
      apiKey: pair.mailchimp.apiKey,
      baseUrl: pair.mailchimp.baseUrl
    })
    await mailchimp.upsertMember(pair.mailchimp.listId, {
      email_address: member.email_address,
      status_if_new: 'subscribed',
      merge_fields: { LNAME: 'Van den Broeck-Nieuw' }
    })
    // The member reader closes its window at the run's start, to the second (the API's resolution):
    // a change in that same second belongs to the next run. Step past it.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    pair.mplus.resetCounts()
    const { runs } = await core.call('sync.runNow', { flow: 'customers', wait: true })
    expect(runs[0].counts).toMatchObject({ updated: 1, created: 0, failed: 0 })
    const relation = [...pair.mplus.state.relations.values()].find(
      (r) => String(r.email).toLowerCase() === member.email_address.toLowerCase()
    )
    expect(String(relation?.contact ?? relation?.name)).toContain('Van den Broeck-Nieuw')
    expect(pair.mplus.writeCounts()).toEqual({ updateRelation: 1 })
  })

  it('a dry run shows exactly the payload the real run then sends', async () => {
    const product = firstProductWithArticles()
    const article = product.articleList.article[0] as { articleNumber: number }
    await tillClient(pair).updateProduct({
      productNumber: product.productNumber,
      articleList: [{ articleNumber: article.articleNumber, priceIncl: 999 }]
    })
    const writesBefore = JSON.stringify(pair.mailchimp.writeCounts())
    const { items: preview } = await core.call('sync.preview', { flow: 'products', limit: 10 })
    expect(JSON.stringify(pair.mailchimp.writeCounts())).toBe(writesBefore)
    const planned = preview.find((item) => item.sourceId === String(product.productNumber))
    expect(planned?.action).toBe('update')
    const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
    const { records } = await core.call('log.records', { runId: runs[0].id, limit: 50 })
    const sent = records.find((r) => r.sourceId === String(product.productNumber))?.sentPayload
    expect(sent).toBe(planned?.payload)
  })
})

describe('categories', () => {
  it('new products carry their group name as product type, and a renamed group reaches them', async () => {
    const product = [...pair.mplus.state.products.values()].find(
      (p) =>
        p.articleList.article.length > 0 && pair.mplus.state.articleGroups.has(p.groupNumbers[0])
    )!
    const groupNumber = product.groupNumbers[0]
    const group = pair.mplus.state.articleGroups.get(groupNumber)!
    const storeProducts = pair.mailchimp.state.products.get(harnessStoreId)!
    expect(storeProducts.get(String(product.productNumber))?.type).toBe(group.name)

    await tillClient(pair).updateArticleGroup({ groupNumber, name: 'Zomercollectie 2027' })
    const { runs } = await core.call('sync.runNow', { flow: 'categories', wait: true })
    expect(runs[0].counts).toMatchObject({ updated: 1, failed: 0 })
    const inGroup = [...pair.mplus.state.products.values()].filter(
      (p) => p.groupNumbers[0] === groupNumber && storeProducts.has(String(p.productNumber))
    )
    expect(inGroup.length).toBeGreaterThan(0)
    for (const p of inGroup)
      expect(storeProducts.get(String(p.productNumber))?.type).toBe('Zomercollectie 2027')
  })
})
