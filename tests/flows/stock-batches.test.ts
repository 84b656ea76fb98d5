import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import {
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

/**
 * Many changed stock levels in a page (a branch's first sync) go to Mailchimp as batch
 * operations, and come out as the one-PATCH-per-variant path sends them.
 */
const tempDir = useTempDir()
let pair: SimulatorPair
const cores: Core[] = []
const variantTemplate = '/ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}'
/** Variant PATCHes since the last reset, over the wire and inside batches. */
const patches = { http: 0, batch: 0 }

beforeAll(async () => {
  pair = await startSimulatorPair({
    products: 40,
    members: 0,
    seed: 17,
    onMailchimpRequest: (request) => {
      if (request.method === 'PATCH' && request.template === variantTemplate)
        patches[request.source]++
    }
  })
})

afterAll(async () => {
  for (const core of cores) await core.close()
  await pair?.close()
})

/** Every variant's inventory_quantity in the Mailchimp store, by product/variant. */
function levels(): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>()
  for (const [key, variants] of pair.mailchimp.state.variants) {
    if (!key.startsWith(harnessStoreId)) continue
    for (const [id, variant] of variants) found.set(`${key}/${id}`, variant.inventory_quantity)
  }
  return found
}

async function syncStock(batchFrom: number) {
  const core = await startConfiguredCore(pair, tempDir(), {
    flows: ['products', 'stock'],
    batchFrom,
    batchPollMs: 20
  })
  cores.push(core)
  await core.call('sync.runNow', { flow: 'products', wait: true })
  pair.mailchimp.resetCounts()
  patches.http = patches.batch = 0
  const { runs } = await core.call('sync.runNow', { flow: 'stock', wait: true })
  return { run: runs[0], requests: pair.mailchimp.requestCounts(), patches: { ...patches } }
}

describe('stock levels through batches', () => {
  it('sends a first sync of the branch as batches, the same levels as one PATCH each', async () => {
    const batched = await syncStock(5)
    expect(batched.run).toMatchObject({ status: 'succeeded' })
    expect(batched.run.counts.created).toBeGreaterThan(5)
    expect(batched.run.counts.failed).toBe(0)
    expect(batched.requests['POST /batches']).toBeGreaterThanOrEqual(1)
    expect(batched.patches).toEqual({ http: 0, batch: batched.run.counts.created })
    const viaBatches = levels()

    // Another installation on the same shop, one PATCH per variant: nothing left to change.
    for (const variants of pair.mailchimp.state.variants.values())
      for (const variant of variants.values()) variant.inventory_quantity = -1
    const single = await syncStock(Number.POSITIVE_INFINITY)
    expect(single.run.counts.created).toBe(batched.run.counts.created)
    expect(single.requests['POST /batches']).toBeUndefined()
    expect(single.patches).toEqual({ http: batched.run.counts.created, batch: 0 })
    // Every level the second one wrote is the level the batches wrote.
    const rewritten = [...levels()].filter(([, quantity]) => quantity !== -1)
    expect(rewritten).toHaveLength(single.run.counts.created)
    for (const [variant, quantity] of rewritten)
      expect(quantity, variant).toBe(viaBatches.get(variant))
  })
})
