import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseFileName, type Core } from '../../src/main/core/create-core'
import type { AttentionItem, RunSummary } from '../../src/shared/contract'
import {
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

/**
 * A first products sync of 1 000 products in one page goes to Mailchimp as one batch. The
 * simulator leaves 3 results out of the archive (the operations ran) and fails 5 operations:
 * the 3 are looked up at Mailchimp and confirmed, never sent again; the 5 fail alone with their
 * reason; every ledger row stands on its own confirmed result.
 */
const tempDir = useTempDir()
const putProduct = 'PUT /ecommerce/stores/{store_id}/products/{product_id}'
let pair: SimulatorPair
let core: Core
let dataDir: string
let run: RunSummary
let attention: AttentionItem[]
let sendable: string[]
/** Products whose articles are all inactive: skipped by the flow's rule, every run. */
let notForSale: number
let ledgerIds: string[]

beforeAll(async () => {
  pair = await startSimulatorPair({ products: 1000, members: 1, seed: 21 })
  sendable = [...pair.mplus.state.products.values()]
    // Inactive articles are not for sale: a product with none active is never created.
    .filter((product) => product.articleList.article.some((article) => article.active !== false))
    .map((product) => String(product.productNumber))
  notForSale = [...pair.mplus.state.products.values()].filter(
    (product) =>
      product.articleList.article.length > 0 &&
      product.articleList.article.every((article) => article.active === false)
  ).length
  pair.mailchimp.faults.batchResultsToDrop = 3
  pair.mailchimp.faults.injectBatchOperationFault({ status: 400, count: 5 })
  dataDir = tempDir()
  // One page holds every product (the page size counts articles).
  core = await startConfiguredCore(pair, dataDir, { pageSize: 100_000 })
  pair.mailchimp.resetCounts()
  run = (await core.call('sync.runNow', { flow: 'products', wait: true })).runs[0]
  attention = (await core.call('attention.list', { flow: 'products', limit: 500 })).items
  const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
  ledgerIds = (
    db
      .prepare(
        "select source_id from sync_ledger where flow = 'products' and target_id is not null"
      )
      .all() as { source_id: string }[]
  ).map((row) => row.source_id)
  db.close()
}, 300_000)

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

describe('a 1 000-product page through batch writes', () => {
  it('sent the page as one batch, and no product twice', () => {
    expect(sendable.length).toBeGreaterThanOrEqual(900)
    const requests = pair.mailchimp.requestCounts()
    expect(requests['POST /batches']).toBe(1)
    // Every PUT ran inside the batch, once; the 5 refused ones never reached the route.
    expect(pair.mailchimp.writeCounts()[putProduct]).toBe(sendable.length - 5)
  })

  it('looked up the 3 products whose results went missing, and confirmed them', () => {
    expect(
      pair.mailchimp.requestCounts()['GET /ecommerce/stores/{store_id}/products/{product_id}']
    ).toBe(3)
    const storeProducts = pair.mailchimp.state.products.get(harnessStoreId)!
    expect(storeProducts.size).toBe(sendable.length - 5)
    expect(run.counts).toMatchObject({
      created: sendable.length - 5,
      updated: 0,
      skipped: notForSale
    })
  })

  it('failed the 5 refused operations alone, with the reason Mailchimp gave', () => {
    const refused = attention.filter((item) => /Invalid Resource/.test(item.reason))
    expect(refused).toHaveLength(5)
    for (const item of refused) expect(item.reason).toMatch(/^Mailchimp refused product \d+/)
    expect(run.status).toBe('partial')
    expect(run.error).toBeNull()
  })

  it('has a ledger row for exactly the products Mailchimp confirmed', () => {
    const storeProducts = pair.mailchimp.state.products.get(harnessStoreId)!
    expect(ledgerIds).toHaveLength(storeProducts.size)
    for (const id of ledgerIds) expect(storeProducts.has(id), id).toBe(true)
  })

  it('sends the 5 again one by one at the next run (fewer than a batch), and nothing else', async () => {
    pair.mailchimp.resetCounts()
    const next = (await core.call('sync.resync', { flow: 'products', wait: true })).runs[0]
    expect(next.counts).toMatchObject({
      created: 5,
      unchanged: sendable.length - 5,
      skipped: notForSale
    })
    expect(pair.mailchimp.requestCounts()['POST /batches']).toBeUndefined()
    expect(pair.mailchimp.state.products.get(harnessStoreId)!.size).toBe(sendable.length)
  })
})
