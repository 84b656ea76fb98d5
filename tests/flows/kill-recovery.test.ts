import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bundleScript } from '../support/bundle-script'
import { databaseFileName } from '../../src/main/core/create-core'
import {
  connectionSettings,
  harnessFlowSets,
  harnessStoreId,
  startSimulatorPair,
  type SimulatorPair
} from '../support/sync-harness'
import { runKillable } from '../support/killable-child'
import { seededRandom } from '../support/seeded-random'
import { expectStockLevels } from '../support/stock-expectations'
import { useTempDir } from '../support/temp-dir'
import { customerEmail, tillOrdersByExtId, webShopId } from '../support/web-shop'
import {
  expectedReceiptOrders,
  ordersLedger,
  receiptOrders,
  storeIsSyncing
} from '../support/till-sales'
import type { FlowId } from '../../src/shared/flows/catalogue'

// KASSABRUG_KILL_TRIALS=200 for the long mode.
const trials = Number(process.env.KASSABRUG_KILL_TRIALS ?? 20)
/** Paid web-shop orders each trial imports (orders-in). */
const webShopOrders = 5
const tempDir = useTempDir()
let pair: SimulatorPair | null = null
let childScript = ''

beforeAll(async () => {
  childScript = await bundleScript(join(__dirname, '../support/sync-child.ts'))
})

afterEach(async () => {
  await pair?.close()
  pair = null
})

function startChild(pair: SimulatorPair, dataDir: string, flows: FlowId[]): ChildProcess {
  const config = {
    dataDir,
    mailchimpApiKey: pair.mailchimp.apiKey,
    mplusSecret: pair.mplus.secret,
    settings: connectionSettings(pair),
    flows,
    pageSize: 4
  }
  return spawn(process.execPath, [childScript], {
    env: { ...process.env, KASSABRUG_CHILD: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** Runs the child; kills it with SIGKILL once the simulators have seen `killAfterWrites` writes. */
async function runChild(
  pair: SimulatorPair,
  dataDir: string,
  flows: FlowId[],
  killAfterWrites: number | null
): Promise<number | 'killed'> {
  const result = await runKillable(startChild(pair, dataDir, flows), pair, killAfterWrites)
  if (result.killed) return 'killed'
  if (result.code === 0) return 0
  throw new Error(`sync child exited with ${result.code}: ${result.stderr}`)
}

describe('a sync killed at random points', () => {
  it(
    `ends with every record exactly once at the target and a ledger that matches (${trials} trials)`,
    async () => {
      const random = seededRandom(20261129)
      let totalKills = 0
      for (let trial = 0; trial < trials; trial++) {
        pair = await startSimulatorPair({
          products: 6,
          members: 14,
          seed: trial + 1,
          orders: webShopOrders
        })
        const dataDir = tempDir()
        // Every flow of the registry, the ones that exclude each other in turn.
        const flows = harnessFlowSets[trial % harnessFlowSets.length]
        const fixtureGroups = new Set(pair.mplus.state.articleGroups.keys())
        let kills = 0
        // Kill up to twice at random write counts (a run makes about 20 with product-types, 35 with
        // categories, plus about 10 for the orders: within 20 every set is killed), then let it finish.
        for (;;) {
          const killAt = kills < 2 ? 1 + Math.floor(random() * 20) : null
          const outcome = await runChild(pair, dataDir, flows, killAt)
          if (outcome === 'killed') kills++
          else break
        }
        assertExactlyOnce(
          pair,
          dataDir,
          flows,
          fixtureGroups,
          `trial ${trial} (${kills} kills, ${flows.join('+')})`
        )
        totalKills += kills
        await pair.close()
        pair = null
      }
      // Most trials must really have been killed, or the test proved nothing.
      expect(totalKills).toBeGreaterThanOrEqual(trials)
    },
    60_000 + trials * 30_000
  )
})

function assertExactlyOnce(
  pair: SimulatorPair,
  dataDir: string,
  flows: FlowId[],
  fixtureGroups: ReadonlySet<number>,
  label: string
): void {
  const members = [...(pair.mailchimp.state.members.get(pair.mailchimp.listId)?.values() ?? [])]
  const relationsByEmail = new Map<string, number[]>()
  for (const relation of pair.mplus.state.relations.values()) {
    const email = String(relation.email ?? '').toLowerCase()
    if (!email) continue
    relationsByEmail.set(email, [...(relationsByEmail.get(email) ?? []), relation.relationNumber])
  }
  for (const member of members) {
    const email = String(member.email_address).toLowerCase()
    expect(relationsByEmail.get(email)?.length, `${label}: relations for ${email}`).toBe(1)
  }
  const storeProducts = pair.mailchimp.state.products.get(harnessStoreId) ?? new Map()
  for (const product of pair.mplus.state.products.values()) {
    if (!product.articleList.article.some((article) => article.active !== false)) continue
    expect(
      storeProducts.has(String(product.productNumber)),
      `${label}: product ${product.productNumber}`
    ).toBe(true)
  }

  const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
  const ledger = db.prepare('select flow, source_id, target_id from sync_ledger').all() as {
    flow: string
    source_id: string
    target_id: string | null
  }[]
  db.close()
  const customerRows = ledger.filter((row) => row.flow === 'customers')
  // Members the orders-out flow added (a till customer new to Mailchimp) come back to the
  // customers flow only at its next run, after orders-out: those may not be in its ledger yet.
  const storeCustomers = new Set(
    [...(pair.mailchimp.state.customers.get(harnessStoreId)?.values() ?? [])].map((customer) =>
      customer.email_address.toLowerCase()
    )
  )
  const ledgered = new Set(customerRows.map((row) => row.source_id))
  expect(customerRows.length, `${label}: customer ledger rows`).toBeLessThanOrEqual(members.length)
  for (const member of members) {
    const email = String(member.email_address).toLowerCase()
    if (!storeCustomers.has(email))
      expect(ledgered.has(email), `${label}: customer ledger has ${email}`).toBe(true)
  }
  for (const row of customerRows) {
    expect(relationsByEmail.get(row.source_id), `${label}: ledger ${row.source_id}`).toEqual([
      Number(row.target_id)
    ])
  }
  const productRows = ledger.filter((row) => row.flow === 'products')
  expect(productRows.length, `${label}: product ledger rows`).toBe(storeProducts.size)
  for (const row of productRows)
    expect(storeProducts.has(String(row.target_id)), `${label}: ${row.target_id}`).toBe(true)
  if (flows.includes('stock')) expectStockLevels(pair, ledger, label)

  if (flows.includes('orders-in')) {
    // Every web-shop order exactly once at the till, its customer once, the ledger pointing at it.
    const tillOrders = tillOrdersByExtId(pair)
    expect(tillOrders.size, `${label}: till orders`).toBe(webShopOrders)
    expect(
      [...tillOrders.values()].every((count) => count === 1),
      `${label}: once`
    ).toBe(true)
    for (const email of new Set(
      [...pair.mailchimp.state.orders.get(webShopId)!.values()].map((order) =>
        customerEmail(pair, order.customer_id)
      )
    ))
      expect(relationsByEmail.get(email)?.length, `${label}: relations for ${email}`).toBe(1)
    const orderRows = ledger.filter((row) => row.flow === 'orders-in')
    expect(orderRows.length, `${label}: order ledger rows`).toBe(webShopOrders)
    for (const row of orderRows)
      expect(pair.mplus.state.orders.get(String(row.target_id))?.extOrderId).toBe(
        `MC-${row.source_id.replace(':', '-')}`
      )
  }

  if (flows.includes('orders-out')) {
    // Every till sale of a known customer exactly once (order ids are the receipts' own), none
    // of an anonymous one, and the store never left syncing.
    const expected = expectedReceiptOrders(pair).map((id) => `receipt-${id}`)
    expect([...receiptOrders(pair).keys()].sort(), `${label}: orders`).toEqual(expected.sort())
    const orderLedger = [...ordersLedger(dataDir).values()].filter(Boolean)
    expect(orderLedger.sort(), `${label}: order ledger`).toEqual(expected.sort())
    expect(storeIsSyncing(pair), `${label}: is_syncing`).toBe(false)
  }

  if (!flows.includes('product-types')) return
  // The fixture may hold two groups of one name (Dames › Broeken, Heren › Broeken): the flow must
  // reuse one of them, and create a group only for a type without one, exactly once.
  const groupsByName = new Map<string, { fixture: number[]; created: number[] }>()
  for (const group of pair.mplus.state.articleGroups.values()) {
    const name = group.name.trim().toLowerCase()
    const entry = groupsByName.get(name) ?? { fixture: [], created: [] }
    entry[fixtureGroups.has(group.groupNumber) ? 'fixture' : 'created'].push(group.groupNumber)
    groupsByName.set(name, entry)
  }
  const types = new Set(
    [...storeProducts.values()].map((product) =>
      String(product.type ?? '')
        .trim()
        .toLowerCase()
    )
  )
  types.delete('')
  const typeRows = ledger.filter((row) => row.flow === 'product-types')
  expect(typeRows.map((row) => row.source_id).sort(), `${label}: product-type ledger`).toEqual(
    [...types].sort()
  )
  for (const row of typeRows) {
    const groups = groupsByName.get(row.source_id) ?? { fixture: [], created: [] }
    const expected =
      groups.fixture.length > 0 ? { created: [] } : { created: [Number(row.target_id)] }
    expect(groups, `${label}: groups named ${row.source_id}`).toMatchObject(expected)
    expect([...groups.fixture, ...groups.created]).toContain(Number(row.target_id))
  }
}
