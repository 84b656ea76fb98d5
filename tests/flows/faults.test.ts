import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FaultSpec } from '../../simulators/mailchimp'
import { databaseFileName, type Core } from '../../src/main/core/create-core'
import type { AttentionItem } from '../../src/shared/contract'
import {
  harnessFlowSets,
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  type SimulatorPair
} from '../support/sync-harness'
import { expectStockLevels } from '../support/stock-expectations'
import { useTempDir } from '../support/temp-dir'
import { customerEmail, tillOrdersByExtId, webShopId } from '../support/web-shop'
import { expectedReceiptOrders, receiptOrders, storeIsSyncing } from '../support/till-sales'

/**
 * 30 % of all calls to both simulators fail — throttling (429, a bare 403), server errors,
 * connection resets and hangs past the client timeout — while three planted poison products are
 * refused by Mailchimp every time. Every good record must arrive exactly once; the poison ones end
 * in needs-attention with a clear reason after the configured number of runs.
 */
const failureRate = 0.3
const maxRecordAttempts = 3
/** Paid web-shop orders (orders-in): each must reach the till exactly once. */
const webShopOrders = 12

function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const tempDir = useTempDir()

// Every flow of the registry: the flows that exclude each other in separate runs.
describe.each(harnessFlowSets.map((flows) => [flows.join(' + '), flows] as const))(
  'a sync of %s under 30 %% failures with three poison records',
  (_name, flows) => {
    let pair: SimulatorPair
    let core: Core
    let poisonIds: string[] = []
    let attention: AttentionItem[] = []
    let runsNeeded = 0
    let ledger: { flow: string; source_id: string; target_id: string | null }[] = []
    const injected = { mailchimp: 0, mplus: 0 }

    beforeAll(async () => {
      pair = await startSimulatorPair({ products: 30, members: 40, seed: 5, orders: webShopOrders })
      poisonIds = [...pair.mplus.state.products.values()]
        .filter((product) =>
          product.articleList.article.some((article) => article.active !== false)
        )
        .slice(3, 6)
        .map((product) => String(product.productNumber))
      const random = seededRandom(42)

      // Chaos through the simulators' own fault machinery: each call draws whether it fails and how.
      const mailchimpFaults: FaultSpec[] = [
        { kind: 'status', status: 429, retryAfterSeconds: 0 },
        { kind: 'status', status: 403, bare: true },
        { kind: 'status', status: 500 },
        { kind: 'status', status: 503 },
        { kind: 'reset' },
        { kind: 'hang' }
      ]
      const takeMailchimp = pair.mailchimp.faults.take.bind(pair.mailchimp.faults)
      pair.mailchimp.faults.take = (method, path) => {
        if (poisonIds.some((id) => path.includes(`/products/${id}`)) && method !== 'GET') {
          return { kind: 'status', status: 503 }
        }
        if (random() < failureRate) {
          injected.mailchimp++
          return mailchimpFaults[Math.floor(random() * mailchimpFaults.length)]
        }
        return takeMailchimp(method, path)
      }
      const mplusKinds = [
        'server-fault',
        'connection-reset',
        'reset-after-processing',
        'hang'
      ] as const
      const takeMplus = pair.mplus.faults.take.bind(pair.mplus.faults)
      pair.mplus.faults.take = (operation) => {
        if (random() < failureRate) {
          injected.mplus++
          return {
            operation,
            kind: mplusKinds[Math.floor(random() * mplusKinds.length)],
            remaining: 1
          }
        }
        return takeMplus(operation)
      }

      const dataDir = tempDir()
      core = await startConfiguredCore(pair, dataDir, {
        flows,
        pageSize: 10,
        maxRecordAttempts,
        connectors: {
          mailchimp: { timeoutMs: 1500, retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 50 } },
          mplus: {
            timeouts: { requestMs: 1500, connectMs: 1500 },
            retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 50 }
          }
        }
      })
      // Runs until nothing is left for the engine to retry by itself (bounded).
      for (runsNeeded = 1; runsNeeded <= 12; runsNeeded++) {
        await core.call('sync.runNow', { all: true, wait: true })
        const retrying = await core.call('attention.list', { state: 'retry', limit: 500 })
        const status = await core.call('sync.status')
        // A run stopped by a storm of failures (failed/interrupted) left work for the next one.
        const unfinished = status.flows.some(
          (flow) =>
            flow.enabled && ['failed', 'interrupted'].includes(flow.lastRun?.status ?? 'failed')
        )
        if (retrying.items.length === 0 && !unfinished) break
      }
      attention = (await core.call('attention.list', { state: 'attention', limit: 500 })).items
      // Read now: the temporary folder goes after the first test.
      const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
      ledger = db
        .prepare('select flow, source_id, target_id from sync_ledger')
        .all() as typeof ledger
      db.close()
    }, 600_000)

    afterAll(async () => {
      await core?.close()
      await pair?.close()
    })

    describe('with every record checked', () => {
      it('really injected failures on both sides', () => {
        // Proof that the chaos happened; how many calls a flow set makes to each side varies.
        expect(injected.mailchimp).toBeGreaterThan(5)
        expect(injected.mplus).toBeGreaterThan(5)
      })

      it('delivered every good record exactly once', () => {
        const relationsByEmail = new Map<string, number>()
        for (const relation of pair.mplus.state.relations.values()) {
          const email = String(relation.email ?? '').toLowerCase()
          if (email) relationsByEmail.set(email, (relationsByEmail.get(email) ?? 0) + 1)
        }
        for (const member of pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()) {
          expect(
            relationsByEmail.get(member.email_address.toLowerCase()),
            member.email_address
          ).toBe(1)
        }
        const storeProducts = pair.mailchimp.state.products.get(harnessStoreId)!
        for (const product of pair.mplus.state.products.values()) {
          const id = String(product.productNumber)
          // No article for sale (or none at all): not created, by the products rule.
          if (
            poisonIds.includes(id) ||
            !product.articleList.article.some((a) => a.active !== false)
          )
            continue
          expect(storeProducts.has(id), `product ${id}`).toBe(true)
        }
        if (!flows.includes('orders-out')) return
        // Till sales of known customers: each once (a sale of a poison product keeps waiting for
        // it), and the store's is_syncing never left set.
        const expected = expectedReceiptOrders(pair, poisonIds).map((id) => `receipt-${id}`)
        const sent = [...receiptOrders(pair).keys()]
        expect(sent.filter((id) => !expected.includes(id))).toEqual([])
        expect(expected.filter((id) => !sent.includes(id))).toEqual([])
        expect(storeIsSyncing(pair)).toBe(false)
      })

      it.runIf(flows.includes('orders-in'))(
        'created every web-shop order exactly once, each customer once',
        () => {
          const tillOrders = tillOrdersByExtId(pair)
          expect(tillOrders.size).toBe(webShopOrders)
          expect([...tillOrders.values()].every((count) => count === 1)).toBe(true)
          const orders = [...pair.mailchimp.state.orders.get(webShopId)!.values()]
          for (const email of new Set(
            orders.map((order) => customerEmail(pair, order.customer_id))
          )) {
            const relations = [...pair.mplus.state.relations.values()].filter(
              (relation) => String(relation.email ?? '').toLowerCase() === email
            )
            expect(relations, email).toHaveLength(1)
          }
        }
      )

      it.runIf(flows.includes('stock'))(
        'sent every stock level of a variant in Mailchimp, once in the ledger, none of the others',
        () => expectStockLevels(pair, ledger, flows.join('+'))
      )

      it('put exactly the poison records in needs-attention, with a clear reason', () => {
        const poisoned = attention.filter(
          (item) => item.flow === 'products' && poisonIds.includes(item.sourceId)
        )
        expect(poisoned.map((item) => item.sourceId).sort()).toEqual([...poisonIds].sort())
        for (const item of poisoned) {
          expect(item.reason).toMatch(/Mailchimp could not take product \d+ .* in 3 runs .*503/)
          expect(item.attempts).toBe(maxRecordAttempts)
        }
        const others = attention.filter(
          (item) => !poisonIds.includes(item.sourceId) && !/has no articles/.test(item.reason)
        )
        expect(others).toEqual([])
      })
    })
  }
)
