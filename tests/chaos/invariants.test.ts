import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import {
  harnessFlows,
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  type SimulatorPair
} from '../support/sync-harness'
import { bookReceipts } from '../support/till-sales'
import type { ChaosWorld } from './adapters'
import {
  checkAttention,
  checkFlows,
  checkNotSyncing,
  checkSecrets,
  checkTrial,
  readDatabase
} from './invariants'

/**
 * The chaos suite's invariants hold after a clean sync and catch each kind of damage they are
 * there for: a duplicate, a lost record, stale content, a wrong ledger, an unplanned or missing
 * needs-attention row, a store left syncing, a secret on disk.
 */
let pair: SimulatorPair
let core: Core
let dataDir = ''
let world: ChaosWorld

beforeAll(async () => {
  pair = await startSimulatorPair({ products: 4, members: 5, seed: 11, orders: 2 })
  bookReceipts(pair, 2, { financialDate: '2026-05-04' })
  const poisoned = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()][1]
  poisoned.email_address = 'vergiftigd@'
  world = {
    pair,
    poisonMembers: new Set([poisoned.id]),
    poisonProducts: new Set(),
    fixtureGroups: new Set(pair.mplus.state.articleGroups.keys())
  }
  // One folder for the whole file (useTempDir folders go after each test).
  dataDir = mkdtempSync(join(tmpdir(), 'kassabrug-chaos-invariants-'))
  core = await startConfiguredCore(pair, dataDir)
  // Twice: a member the orders-out flow adds reaches the customers flow at its next run.
  for (let run = 0; run < 2; run++) await core.call('sync.runNow', { all: true, wait: true })
}, 180_000)

afterAll(async () => {
  await core?.close()
  await pair?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the chaos invariants', () => {
  it('hold after a clean sync', () => {
    expect(checkTrial(world, harnessFlows, dataDir, [])).toEqual([])
  })

  it('see a duplicate, a lost record, stale content and a ledger that points elsewhere', () => {
    const { ledger } = readDatabase(dataDir)
    const relation = [...pair.mplus.state.relations.values()].find((r) =>
      ledger.some((row) => row.flow === 'customers' && row.target_id === String(r.relationNumber))
    )!
    const copy = { ...relation, relationNumber: 99_999 }
    pair.mplus.state.relations.set(copy.relationNumber, copy)
    const products = pair.mailchimp.state.products.get(harnessStoreId)!
    const [lostId, lost] = [...products][0]
    products.delete(lostId)
    const [staleId, stale] = [...products][0]
    const title = stale.title
    stale.title = 'Oude titel'
    const moved = ledger.map((row) =>
      row.flow === 'orders-out' ? { ...row, target_id: 'receipt-elders' } : row
    )
    try {
      const violations = checkFlows(world, harnessFlows, moved)
      expect(violations).toContain(
        `customers ${String(relation.email).toLowerCase()}: 2 records at the target, not 1`
      )
      expect(violations).toContain(`products ${lostId}: 0 records at the target, not 1`)
      expect(violations.some((v) => v.startsWith(`products ${staleId}: title "Oude titel"`))).toBe(
        true
      )
      expect(violations.some((v) => /^orders-out .*: ledger says receipt-elders/.test(v))).toBe(
        true
      )
    } finally {
      pair.mplus.state.relations.delete(copy.relationNumber)
      products.set(lostId, lost)
      stale.title = title
    }
  })

  it('see needs attention holding more or less than the poison', () => {
    const { attention } = readDatabase(dataDir)
    expect(checkAttention({ ...world, poisonMembers: new Set() }, attention)).toEqual([
      expect.stringMatching(/^needs attention holds customers vergiftigd@/)
    ])
    expect(checkAttention({ ...world, poisonProducts: new Set(['1']) }, attention)).toEqual([
      'needs attention: 0 rows for poison "productNumber":1,, not 1'
    ])
  })

  it('see a store left syncing and a secret on disk or in an output', () => {
    const store = pair.mailchimp.state.stores.get(harnessStoreId)!
    store.is_syncing = true
    try {
      expect(checkNotSyncing(world)).toEqual([`store ${harnessStoreId} left is_syncing`])
    } finally {
      store.is_syncing = false
    }
    const secret = pair.mplus.secret
    writeFileSync(join(dataDir, 'kassabrug.log'), Buffer.from(`secret=${secret}`, 'utf16le'))
    expect(
      checkSecrets(dataDir, [secret], [{ label: 'stdout', text: `key ${pair.mailchimp.apiKey}` }])
    ).toEqual([
      `secret ${secret.slice(0, 6)}… found in ${join(dataDir, 'kassabrug.log')} (utf16le)`
    ])
    expect(
      checkSecrets(
        dataDir,
        [pair.mailchimp.apiKey],
        [{ label: 'stdout', text: pair.mailchimp.apiKey }]
      )
    ).toEqual([`secret ${pair.mailchimp.apiKey.slice(0, 6)}… found in stdout (utf8)`])
  })
})
