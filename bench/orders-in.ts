/**
 * Part 4 of `npm run bench`: a first import of a web shop's paid orders into the till (orders-in)
 * and the no-change run after it. The orders are seeded through the Mailchimp API before the
 * network delay is switched on; the runs then see the bench's latency on both sides.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSimulatorPair } from '../tests/support/sync-harness'
import { generatedOrders, placeOrders, seedWebShop } from '../tests/support/web-shop'
import type { AddFigure } from './figures'
import { startRemoteCore } from './remote-core'

export async function ordersIn(options: {
  orders: number
  latencyMs: { mailchimp: number; mplus: number }
  add: AddFigure
}): Promise<void> {
  const { orders, add } = options
  const pair = await startSimulatorPair({ products: 200, members: 0, seed: 44 })
  await placeOrders(pair, generatedOrders(await seedWebShop(pair, 40), orders))
  pair.mailchimp.faults.latencyMs = options.latencyMs.mailchimp
  pair.mplus.faults.setLatency('*', options.latencyMs.mplus)
  const dir = mkdtempSync(join(tmpdir(), 'kassabrug-bench-orders-'))
  const core = await startRemoteCore(pair, dir, { flows: ['orders-in'] })
  const part = '4 orders in'
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
  try {
    pair.mailchimp.resetCounts()
    pair.mplus.resetCounts()
    const started = performance.now()
    const { runs } = await core.call('sync.runNow', { flow: 'orders-in', wait: true })
    const firstMs = performance.now() - started
    const counts = runs[0]?.counts
    add(
      part,
      'orders created / failed',
      `${counts?.created ?? '?'} / ${counts?.failed ?? '?'} of ${orders}`
    )
    add(part, 'first import: wall time', `${(firstMs / 1000).toFixed(1)} s`)
    add(part, 'first import: orders per second', (orders / (firstMs / 1000)).toFixed(1))
    const calls = sum(pair.mailchimp.requestCounts()) + sum(pair.mplus.requestCounts())
    add(part, 'first import: API calls per order', (calls / orders).toFixed(2))
    const writes = sum(pair.mailchimp.writeCounts()) + sum(pair.mplus.writeCounts())
    const again = performance.now()
    await core.call('sync.runNow', { flow: 'orders-in', wait: true })
    const secondMs = performance.now() - again
    const written = sum(pair.mailchimp.writeCounts()) + sum(pair.mplus.writeCounts()) - writes
    add(part, 'no-change run: wall time', `${(secondMs / 1000).toFixed(1)} s`)
    add(part, 'no-change run: writes', String(written), '0', written === 0)
  } finally {
    await core.close()
    await pair.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
