import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MplusSimulator } from '../../../../../simulators/mplus/index'
import { startSimulatedMplus } from '../../../../../tests/support/mplus-simulated'
import type { MplusClient } from './client'

describe('syncMarker paging across 10 000 relations', () => {
  let simulator: MplusSimulator
  let client: MplusClient

  beforeAll(async () => {
    ;({ simulator, client } = await startSimulatedMplus({
      fixture: { size: 10, seed: 77, relationCount: 10_000 }
    }))
  })
  afterAll(async () => {
    await simulator.close()
  })

  it('returns every relation exactly once with syncMarkerLimit 500, checkpoint rising page by page', async () => {
    simulator.resetCounts()
    const seen = new Map<number, number>()
    const checkpoints: number[] = []
    for await (const page of client.iterateRelations({ fromSyncMarker: 1, syncMarkerLimit: 500 })) {
      expect(page.items.length).toBeLessThanOrEqual(500)
      for (const relation of page.items)
        seen.set(relation.relationNumber, (seen.get(relation.relationNumber) ?? 0) + 1)
      checkpoints.push(page.syncMarker)
    }
    expect(seen.size).toBe(10_000)
    expect([...seen.values()].every((count) => count === 1)).toBe(true)
    expect(checkpoints).toHaveLength(20)
    expect(checkpoints).toEqual([...checkpoints].sort((a, b) => a - b))
    expect(checkpoints.at(-1)).toBe(simulator.state.counters.relationSyncMarker)
    // 20 full pages and one empty page that ends the iteration.
    expect(simulator.requestCounts()).toEqual({ getRelations: 21 })
  })
})

describe('syncMarker paging while relations change', () => {
  let simulator: MplusSimulator
  let client: MplusClient

  beforeAll(async () => {
    ;({ simulator, client } = await startSimulatedMplus({
      fixture: { size: 10, seed: 78, relationCount: 1_200 }
    }))
  })
  afterAll(async () => {
    await simulator.close()
  })

  it('picks up a relation changed behind the cursor once more, skipping none', async () => {
    const pages = client.iterateRelations({ fromSyncMarker: 1, syncMarkerLimit: 500 })
    const first = await pages.next()
    if (first.done) throw new Error('expected a first page')
    const changed = first.value.items[0]
    await client.updateRelation({ relationNumber: changed.relationNumber, city: 'Maastricht' })
    const later: number[] = []
    for await (const page of pages) later.push(...page.items.map((r) => r.relationNumber))
    expect(later.filter((n) => n === changed.relationNumber)).toHaveLength(1)
    expect(new Set([...first.value.items.map((r) => r.relationNumber), ...later]).size).toBe(1_200)

    // A new run from the last checkpoint + 1 sees nothing: the sync is complete.
    const marker = simulator.state.counters.relationSyncMarker
    expect(await client.getRelations({ fromSyncMarker: marker + 1, syncMarkerLimit: 500 })).toEqual(
      []
    )
  })
})
