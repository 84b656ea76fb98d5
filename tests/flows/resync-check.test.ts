import { beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import { readCheckpointRow } from '../../src/main/core/sync/checkpoints'
import {
  harnessStoreId,
  tillClient,
  totalWrites,
  type SimulatorPair
} from '../support/sync-harness'
import { useShops } from '../support/shops'

// A resync of the products flow when nothing changed reads on from the checkpoint (a few calls,
// whatever the catalogue's size); a changed mapping, a changed product or a product removed in
// Mailchimp by hand still reaches Mailchimp.
const shopWithFlows = useShops('file')
let pair: SimulatorPair
let core: Core
/** 60 products at 10 articles a page: a whole read takes many calls. */
const pageSize = 10

beforeAll(async () => {
  ;({ pair, core } = await shopWithFlows(
    ['products'],
    { products: 60, members: 0, seed: 5 },
    { pageSize }
  ))
  const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
  expect(runs[0].counts.failed).toBe(0)
})

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

/** A new price at the till for the first article of the n-th product that has one. */
async function changePrice(n: number, priceIncl: number): Promise<void> {
  const product = [...pair.mplus.state.products.values()].filter(
    (p) => p.articleList.article.length > 0
  )[n]
  const article = product.articleList.article[0] as { articleNumber: number }
  await tillClient(pair).updateProduct({
    productNumber: product.productNumber,
    articleList: [{ articleNumber: article.articleNumber, priceIncl }]
  })
}

/** A resync, with the calls it made at both simulators. */
async function resync() {
  pair.mailchimp.resetCounts()
  pair.mplus.resetCounts()
  const writesBefore = totalWrites(pair)
  const { runs } = await core.call('sync.resync', { flow: 'products', wait: true })
  const mplusReads = pair.mplus.requestCounts()
  return {
    counts: runs[0].counts,
    status: runs[0].status,
    writes: totalWrites(pair) - writesBefore,
    reads: sum(mplusReads) + sum(pair.mailchimp.requestCounts()),
    productPages: mplusReads.getProducts ?? 0
  }
}

describe('a resync when nothing changed', () => {
  it('reads on from the checkpoint: at most 3 read calls, nothing written', async () => {
    const checkpoint = await readCheckpointRow(core.database.db, 'products')
    expect(checkpoint?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    const run = await resync()
    expect(run).toMatchObject({ status: 'succeeded', writes: 0, productPages: 1 })
    expect(run.reads).toBeLessThanOrEqual(3)
    expect(await readCheckpointRow(core.database.db, 'products')).toEqual(checkpoint)
  })

  it('still sends a product changed at the till since', async () => {
    await changePrice(0, 4321)
    const run = await resync()
    expect(run.counts).toMatchObject({ updated: 1, created: 0, failed: 0 })
    // The page with the change, and the empty one after it.
    expect(run.productPages).toBeLessThanOrEqual(2)
  })
})

describe('a resync after a change the checkpoint cannot show', () => {
  it('reads everything again after the mapping changed, also when a run came in between', async () => {
    const current = await core.call('mapping.get', { flow: 'products' })
    // The SKU from the barcode's digits instead of the article number: every variant changes.
    const rules = current.mapping.rules.map((rule) =>
      rule.target === 'variant.sku'
        ? {
            ...rule,
            source: { firstOf: [{ path: 'article.barcode' }, { path: 'article.articleNumber' }] },
            transforms: [{ kind: 'toString' as const }, { kind: 'digitsOnly' as const }]
          }
        : rule
    )
    await core.call('mapping.save', { flow: 'products', mapping: { ...current.mapping, rules } })
    // A scheduled run reads on with the new mapping (here: one changed product); the records
    // before its checkpoint were planned with the old one, so that checkpoint has no fingerprint.
    await changePrice(1, 2468)
    const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
    expect(runs[0].counts.updated).toBe(1)
    expect((await readCheckpointRow(core.database.db, 'products'))?.fingerprint).toBeNull()

    const run = await resync()
    expect(run.productPages).toBeGreaterThan(60 / pageSize)
    expect(run.counts.updated).toBeGreaterThan(0)
    expect(run.counts.failed).toBe(0)
    // Read whole with this mapping: the next resync is cheap again.
    expect((await readCheckpointRow(core.database.db, 'products'))?.fingerprint).toMatch(
      /^[0-9a-f]{64}$/
    )
    expect((await resync()).productPages).toBe(1)
  })

  it('reads everything again when Mailchimp holds fewer products than were sent', async () => {
    const store = pair.mailchimp.state.products.get(harnessStoreId)!
    const [removed] = store.keys()
    store.delete(removed)
    const run = await resync()
    expect(run.productPages).toBeGreaterThan(60 / pageSize)
    expect(run.status).not.toBe('failed')
  })
})
