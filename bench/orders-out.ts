/**
 * Bench part 4, orders out: the first back-fill of N till receipts of known customers into
 * Mailchimp orders (through batch operations, the store's is_syncing set around it), then the
 * no-change run after it. Registered in bench/run.ts; figures only, nothing asserted.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulatorPair } from '../tests/support/sync-harness'
import { bookReceipts, receiptOrders, storeIsSyncing } from '../tests/support/till-sales'
import type { AddFigure } from './figures'
import { startRemoteCore } from './remote-core'

export async function ordersOut(add: AddFigure, receipts: number): Promise<void> {
  const pair = await startSimulatorPair({
    products: 20,
    members: 0,
    seed: 11,
    latencyMs: { mailchimp: 40, mplus: 20 }
  })
  const part = '4 orders out'
  try {
    bookReceipts(pair, receipts, { financialDate: '2026-05-04' })
    const core = await startRemoteCore(pair, mkdtempSync(join(tmpdir(), 'kassabrug-bench-')), {
      flows: ['products', 'orders-out'],
      batchPollMs: 250
    })
    await core.call('sync.runNow', { flow: 'products', wait: true })
    pair.mailchimp.resetCounts()
    const started = performance.now()
    const { runs } = await core.call('sync.runNow', { flow: 'orders-out', wait: true })
    const ms = performance.now() - started
    const counts = runs[0]?.counts
    const requests = pair.mailchimp.requestCounts()
    add(
      part,
      'receipts booked / orders in Mailchimp',
      `${receipts} / ${receiptOrders(pair).size} (with the fixture's own sales)`
    )
    add(
      part,
      'wall time',
      `${(ms / 1000).toFixed(1)} s (${Math.round(receipts / (ms / 1000))} orders/s)`
    )
    add(part, 'batches submitted (≤ 1 000 operations each)', String(requests['POST /batches'] ?? 0))
    add(part, 'orders created', String(counts?.created ?? 0))
    add(part, 'is_syncing after the back-fill', storeIsSyncing(pair) ? 'still set' : 'cleared')
    pair.mailchimp.resetCounts()
    const quiet = performance.now()
    await core.call('sync.runNow', { flow: 'orders-out', wait: true })
    const writes = Object.values(pair.mailchimp.writeCounts()).reduce((a, b) => a + b, 0)
    add(
      part,
      'no-change run',
      `${((performance.now() - quiet) / 1000).toFixed(1)} s, ${writes} Mailchimp writes`
    )
    await core.close()
  } finally {
    await pair.close()
  }
}
