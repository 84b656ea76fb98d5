import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { subscriberHash } from '../../src/main/core/connectors/mailchimp/subscriber-hash'
import type { Core } from '../../src/main/core/create-core'
import { bundleScript } from '../support/bundle-script'
import {
  connectionSettings,
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  tillClient,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'
import {
  bookReceipts,
  customerRelations,
  ordersLedger,
  receiptOrders,
  sellableArticles,
  storeIsSyncing
} from '../support/till-sales'

const tempDir = useTempDir()
let pair: SimulatorPair | null = null
let core: Core | null = null

afterEach(async () => {
  await core?.close()
  core = null
  await pair?.close()
  pair = null
})

const flowOptions = { ordersOutStartDate: '2026-02-01' }
const flows = ['products', 'orders-out'] as const

async function ordersCore(dataDir: string, pageSize = 500): Promise<Core> {
  const started = await startConfiguredCore(pair!, dataDir, {
    flows,
    pageSize,
    batchPollMs: 20
  })
  await started.call('settings.update', { flowOptions })
  return started
}

async function syncAll(target: Core) {
  const { runs } = await target.call('sync.runNow', { all: true, wait: true })
  return Object.fromEntries(runs.map((run) => [run.flow, run]))
}

describe('till sales into Mailchimp', () => {
  it('a receipt per customer: subscribed stays subscribed, a new customer is transactional, anonymous is skipped, a credit refunds its original, nothing changes twice', async () => {
    pair = await startSimulatorPair({ products: 6, members: 6 })
    const subscribed = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()].find(
      (member) => member.status === 'subscribed'
    )!
    const till = tillClient(pair)
    const known = await till.createRelation({
      name: 'Vaste Klant',
      email: subscribed.email_address
    })
    const newcomer = await till.createRelation({ name: 'Nieuwe Klant', email: 'nieuw@example.nl' })
    const [article] = sellableArticles(pair)
    const sale = (relationNumber?: number) =>
      String(
        pair!.mplus.createReceipt({
          relationNumber,
          financialDate: '2026-06-01',
          lines: [{ articleNumber: article, quantity: 2, discountAmount: 100 }]
        }).receiptId
      )
    const knownSale = sale(known.relationNumber)
    const newSale = sale(newcomer.relationNumber)
    const anonymous = sale(undefined)
    const credit = String(pair.mplus.creditReceipt(newSale).receiptId)

    core = await ordersCore(tempDir(), 50)
    const first = await syncAll(core)
    expect(first['orders-out']).toMatchObject({ status: 'succeeded', error: null })
    expect(first['orders-out'].counts).toMatchObject({
      created: 2,
      updated: 1,
      unchanged: 0,
      skipped: 1,
      failed: 0
    })

    const orders = receiptOrders(pair)
    expect(orders.has(`receipt-${knownSale}`)).toBe(true)
    expect(orders.has(`receipt-${anonymous}`)).toBe(false)
    expect(orders.has(`receipt-${credit}`)).toBe(false)
    const members = pair.mailchimp.state.members.get(pair.mailchimp.listId)!
    expect(members.get(subscriberHash(subscribed.email_address))?.status).toBe('subscribed')
    expect(members.get(subscriberHash('nieuw@example.nl'))?.status).toBe('transactional')
    // The credit refunded the newcomer's order (within the same run or the drain of waiting ones).
    const refunded = orders.get(`receipt-${newSale}`)
    expect(refunded).toMatchObject({ financial_status: 'refunded', order_total: 0 })
    const line = orders.get(`receipt-${knownSale}`)!.lines[0]
    expect(line).toMatchObject({ quantity: 2, product_variant_id: String(article), discount: 1 })

    // The anonymous sale counts as skipped, with its reason in the activity log.
    const { records } = await core.call('log.records', {
      flow: 'orders-out',
      outcome: 'skipped',
      limit: 50
    })
    expect(records.map((record) => record.sourceId)).toEqual([`receipt:${anonymous}`])
    expect(records[0].reason).toMatch(/^No customer/)

    // A run with nothing new writes nothing to Mailchimp.
    pair.mailchimp.resetCounts()
    const quiet = await syncAll(core)
    expect(quiet['orders-out'].counts).toMatchObject({
      created: 0,
      updated: 0,
      skipped: 0,
      failed: 0
    })
    expect(pair.mailchimp.writeCounts()).toEqual({})

    // A receipt changed at the till (left outstanding) updates its Mailchimp order.
    await fetch(`${pair.mplus.url}__admin/receipts/${knownSale}`, {
      method: 'PATCH',
      body: JSON.stringify({ state: 'RECEIPT-STATE-OUTSTANDING' })
    })
    const changed = await syncAll(core)
    expect(changed['orders-out'].counts).toMatchObject({ updated: 1, created: 0 })
    expect(receiptOrders(pair).get(`receipt-${knownSale}`)?.financial_status).toBe('pending')
    expect(receiptOrders(pair).size).toBe(2)
    expect(storeIsSyncing(pair)).toBe(false)
  }, 60_000)

  it('back-fills 5 000 receipts through batches with is_syncing set, also across a SIGKILL, each exactly once', async () => {
    pair = await startSimulatorPair({ products: 8, members: 4 })
    const receipts = bookReceipts(pair, 5000, { financialDate: '2026-05-04' })
    bookReceipts(pair, 20, { financialDate: '2026-05-04', anonymous: true })
    expect(customerRelations(pair).length).toBeGreaterThan(10)
    const dataDir = tempDir()

    // First in a process of its own, killed once about a quarter of the orders are in Mailchimp.
    const childScript = await bundleScript(join(__dirname, '../support/sync-child.ts'))
    const child = spawn(process.execPath, [childScript], {
      env: {
        ...process.env,
        KASSABRUG_CHILD: JSON.stringify({
          dataDir,
          mailchimpApiKey: pair.mailchimp.apiKey,
          mplusSecret: pair.mplus.secret,
          settings: { ...connectionSettings(pair), flowOptions },
          flows,
          pageSize: 500,
          batchPollMs: 20
        })
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let syncingSeen = false
    const killed = await new Promise<boolean>((resolve) => {
      const watch = setInterval(() => {
        syncingSeen ||= storeIsSyncing(pair!)
        if (receiptOrders(pair!).size >= 1200) child.kill('SIGKILL')
      }, 2)
      child.on('exit', (_code, signal) => {
        clearInterval(watch)
        resolve(signal === 'SIGKILL')
      })
    })
    expect(killed).toBe(true)
    expect(syncingSeen).toBe(true)
    expect(receiptOrders(pair).size).toBeLessThan(receipts.length)
    // The dead process left the store syncing; the next start of Kassabrug clears it first.
    expect(storeIsSyncing(pair)).toBe(true)
    core = await ordersCore(dataDir)
    expect(await core.sync.engine.completeOwedHooks()).toEqual(['orders-out'])
    expect(storeIsSyncing(pair)).toBe(false)

    // Then the back-fill carries on, with is_syncing set again, until every receipt is there.
    let syncingDuringRun = false
    const watch = setInterval(() => (syncingDuringRun ||= storeIsSyncing(pair!)), 2)
    const finished = await syncAll(core)
    clearInterval(watch)
    expect(finished['orders-out']).toMatchObject({ status: 'succeeded', error: null })
    expect(syncingDuringRun).toBe(true)
    expect(storeIsSyncing(pair)).toBe(false)

    const orders = receiptOrders(pair)
    expect(orders.size).toBe(receipts.length)
    for (const id of receipts) expect(orders.has(`receipt-${id}`), id).toBe(true)
    const ledger = ordersLedger(dataDir)
    expect([...ledger.values()].filter(Boolean).length).toBe(receipts.length)
    for (const id of receipts) expect(ledger.get(`receipt:${id}`)).toBe(`receipt-${id}`)
    // Batches carried the back-fill, and not one order of it mailed anybody.
    expect(pair.mailchimp.requestCounts()['POST /batches']).toBeGreaterThanOrEqual(10)
    const mailed = pair.mailchimp.state.automationEvents.filter(
      (event) => event.store_id === harnessStoreId && !event.suppressed
    )
    expect(mailed).toEqual([])

    // Once back-filled, a later run leaves is_syncing alone.
    pair.mailchimp.resetCounts()
    await syncAll(core)
    expect(pair.mailchimp.writeCounts()).toEqual({})
  }, 300_000)
})
