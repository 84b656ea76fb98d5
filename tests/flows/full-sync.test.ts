import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import {
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  totalWrites,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let pair: SimulatorPair | null = null
let core: Core | null = null

afterEach(async () => {
  await core?.close()
  await pair?.close()
  core = null
  pair = null
})

describe('customers, products and categories against both simulators', () => {
  it('syncs everything, then a second run writes nothing', async () => {
    pair = await startSimulatorPair({ products: 60, members: 150 })
    core = await startConfiguredCore(pair, tempDir(), { pageSize: 25 })
    const first = await core.call('sync.runNow', { all: true, wait: true })
    const byFlow = Object.fromEntries(first.runs.map((run) => [run.flow, run]))
    for (const flow of ['customers', 'products', 'categories'] as const) {
      expect(byFlow[flow]?.error ?? null, flow).toBeNull()
      expect(byFlow[flow]?.counts.failed, flow).toBe(0)
    }
    expect(byFlow.customers.counts.created).toBe(150)
    const mplusProducts = pair.mplus.state.products.size
    expect(byFlow.products.counts.created).toBe(mplusProducts)
    const store = pair.mailchimp.state.stores.get(harnessStoreId)
    expect(store).toBeDefined()

    pair.mplus.resetCounts()
    pair.mailchimp.resetCounts()
    const second = await core.call('sync.runNow', { all: true, wait: true })
    expect(second.runs.every((run) => run.counts.created + run.counts.updated === 0)).toBe(true)
    expect(totalWrites(pair)).toBe(0)
  })
})
