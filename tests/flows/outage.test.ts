import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startMplusSimulator, type MplusFixture } from '../../simulators/mplus'
import type { Core } from '../../src/main/core/create-core'
import {
  startConfiguredCore,
  startSimulatorPair,
  totalWrites,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

/**
 * MplusKASSA goes away for 3 s in the middle of "sync all" — its port closed, open connections
 * cut, as when the till restarts — and comes back on the same port with the same data. The client
 * waits the outage out (connections refused before a byte was sent are tried again with backoff
 * for about a minute), so every run succeeds and a second "sync all" has nothing left to do.
 */
const outageMs = 3000

const tempDir = useTempDir()
let pair: SimulatorPair
let core: Core

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

describe('a 3 s MplusKASSA outage within a run', () => {
  it('is ridden out: every run succeeds, nothing is lost or sent twice', async () => {
    pair = await startSimulatorPair({ products: 30, members: 30, seed: 11 })
    const dataDir = tempDir()
    core = await startConfiguredCore(pair, dataDir, { pageSize: 5 })
    const first = pair.mplus
    const port = first.port
    let outage: Promise<void> | null = null
    // The outage starts on the simulator's 6th call, so the run is well under way.
    let calls = 0
    const take = first.faults.take.bind(first.faults)
    first.faults.take = (operation) => {
      calls += 1
      if (calls === 6) outage = restartAfter(outageMs)
      return take(operation)
    }

    async function restartAfter(ms: number): Promise<void> {
      await new Promise((resolve) => setImmediate(resolve))
      await first.close()
      const snapshot = join(tempDir(), 'mplus-state.json')
      first.saveState(snapshot)
      await new Promise((resolve) => setTimeout(resolve, ms))
      pair.mplus = await startMplusSimulator({
        port,
        ident: first.ident,
        secret: first.secret,
        fixture: JSON.parse(readFileSync(snapshot, 'utf8')) as MplusFixture
      })
    }

    const { runs } = await core.call('sync.runNow', { all: true, wait: true })
    expect(outage).not.toBeNull()
    await outage
    expect(pair.mplus).not.toBe(first)
    expect(runs.map((run) => [run.flow, run.status, run.error])).toEqual(
      runs.map((run) => [run.flow, 'succeeded', null])
    )
    expect(runs.reduce((sum, run) => sum + run.counts.failed, 0)).toBe(0)
    expect(runs.reduce((sum, run) => sum + run.counts.created, 0)).toBeGreaterThan(30)

    // Nothing was lost (a second pass creates nothing) and nothing was sent twice (no writes).
    pair.mplus.resetCounts()
    pair.mailchimp.resetCounts()
    const again = await core.call('sync.runNow', { all: true, wait: true })
    expect(again.runs.every((run) => run.status === 'succeeded')).toBe(true)
    expect(again.runs.reduce((sum, run) => sum + run.counts.created, 0)).toBe(0)
    expect(totalWrites(pair)).toBe(0)
  })
})
