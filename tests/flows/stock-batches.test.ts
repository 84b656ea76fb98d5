import { describe, expect, it } from 'vitest'
import { harnessStoreId, type SimulatorPair } from '../support/sync-harness'
import { useShops } from '../support/shops'

/**
 * Many changed stock levels in a page (a branch's first sync) go to Mailchimp as batch
 * operations, and come out as the one-PATCH-per-variant path sends them.
 */
const shopWithFlows = useShops('file')
const variantTemplate = '/ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}'

/** Every variant's inventory_quantity in the Mailchimp store, by product/variant. */
function levels(pair: SimulatorPair): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>()
  for (const [key, variants] of pair.mailchimp.state.variants) {
    if (!key.startsWith(harnessStoreId)) continue
    for (const [id, variant] of variants) found.set(`${key}/${id}`, variant.inventory_quantity)
  }
  return found
}

/** The same shop (one seed) on a fresh installation: its products, then its stock levels. */
async function syncStock(batchFrom: number) {
  /** Variant PATCHes since the products were sent, over the wire and inside batches. */
  const patches = { http: 0, batch: 0 }
  const { pair, core } = await shopWithFlows(
    ['products', 'stock'],
    {
      products: 40,
      members: 0,
      seed: 17,
      onMailchimpRequest: (request) => {
        if (request.method === 'PATCH' && request.template === variantTemplate)
          patches[request.source]++
      }
    },
    { batchFrom, batchPollMs: 20 }
  )
  await core.call('sync.runNow', { flow: 'products', wait: true })
  pair.mailchimp.resetCounts()
  patches.http = patches.batch = 0
  const { runs } = await core.call('sync.runNow', { flow: 'stock', wait: true })
  return {
    run: runs[0],
    requests: pair.mailchimp.requestCounts(),
    patches: { ...patches },
    levels: levels(pair)
  }
}

describe('stock levels through batches', () => {
  it('sends a first sync of the branch as batches, the same levels as one PATCH each', async () => {
    const batched = await syncStock(5)
    expect(batched.run).toMatchObject({ status: 'succeeded' })
    expect(batched.run.counts.created).toBeGreaterThan(5)
    expect(batched.run.counts.failed).toBe(0)
    expect(batched.requests['POST /batches']).toBeGreaterThanOrEqual(1)
    expect(batched.patches).toEqual({ http: 0, batch: batched.run.counts.created })

    // The same shop on another installation, one PATCH per variant: the same levels.
    const single = await syncStock(Number.POSITIVE_INFINITY)
    expect(single.run.counts.created).toBe(batched.run.counts.created)
    expect(single.requests['POST /batches']).toBeUndefined()
    expect(single.patches).toEqual({ http: batched.run.counts.created, batch: 0 })
    expect(single.levels.size).toBeGreaterThanOrEqual(batched.run.counts.created)
    expect(batched.levels).toEqual(single.levels)
  })
})
