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
 * A fault storm parks good products in needs-attention (their attempts ran out). A parked record
 * is not tried again by itself; once its source record changes, or a resync reads it, a clean
 * run delivers it and it leaves the queue.
 */
const tempDir = useTempDir()
let pair: SimulatorPair
let core: Core
let parked: string[] = []

const attentionIds = async (): Promise<string[]> =>
  (await core.call('attention.list', { flow: 'products', state: 'attention', limit: 100 })).items
    .map((item) => item.sourceId)
    .sort()

beforeAll(async () => {
  pair = await startSimulatorPair({ products: 8, members: 1, seed: 9 })
  parked = [...pair.mplus.state.products.values()]
    .filter((product) => product.articleList.article.length > 0)
    .slice(0, 3)
    .map((product) => String(product.productNumber))
    .sort()
  for (const id of parked)
    pair.mailchimp.faults.inject({
      kind: 'status',
      status: 503,
      pathIncludes: `/products/${id}`,
      count: 1000
    })
  core = await startConfiguredCore(pair, tempDir(), {
    maxRecordAttempts: 1,
    connectors: { mailchimp: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 } } }
  })
  await core.call('sync.runNow', { flow: 'products', wait: true })
  pair.mailchimp.faults.clear()
}, 120_000)

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

describe('records parked by a fault storm', () => {
  it('are parked after their attempts, and a clean run leaves them parked', async () => {
    expect(await attentionIds()).toEqual(parked)
    await core.call('sync.runNow', { flow: 'products', wait: true })
    expect(await attentionIds()).toEqual(parked)
  })

  it('leave the queue once a later run delivers them: one changed at the source, the others by a resync', async () => {
    const [changed] = parked
    const product = pair.mplus.state.products.get(Number(changed))!
    product.description = 'Nieuwe omschrijving'
    product.syncMarker = ++pair.mplus.state.counters.articleSyncMarker
    await core.call('sync.runNow', { flow: 'products', wait: true })
    const store = pair.mailchimp.state.products.get(harnessStoreId)!
    expect(store.get(changed)?.title).toBe('Nieuwe omschrijving')
    expect(await attentionIds()).toEqual(parked.slice(1))

    const resync = (await core.call('sync.resync', { flow: 'products', wait: true })).runs[0]
    expect(resync.counts.created).toBe(2)
    expect(await attentionIds()).toEqual([])
    for (const id of parked) expect(store.has(id), id).toBe(true)
  })
})
