import {
  startMailchimpSimulator,
  type MailchimpSimulator,
  type MailchimpSimulatorOptions
} from '../../simulators/mailchimp'
import { startMplusSimulator, type MplusSimulator } from '../../simulators/mplus'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import { createMplusClient, type MplusClient } from '../../src/main/core/connectors/mplus/client'
import { harnessStoreId } from './configured-core'
import { generatedOrders, placeOrders, seedWebShop, webShopId } from './web-shop'

// The core's side of the harness lives in configured-core.ts, so a sync process of its own
// (bench/sync-process.ts) can start a core without loading the simulators.
export {
  connectionSettings,
  harnessBranch,
  harnessFlows,
  harnessFlowSets,
  harnessSalesStartDate,
  harnessStoreId,
  startConfiguredCore,
  type SimulatorEndpoints
} from './configured-core'

export interface SimulatorPair {
  mplus: MplusSimulator
  mailchimp: MailchimpSimulator
  close(): Promise<void>
}

/** Both simulators with a seeded shop, plus the Mailchimp store Kassabrug writes into. */
export async function startSimulatorPair(size: {
  products: number
  members: number
  seed?: number
  /** Also a web-shop store in Mailchimp with customers, products and this many orders. */
  webShopOrders?: number
  /** Added to every call (the benchmark's network). */
  latencyMs?: { mailchimp?: number; mplus?: number }
  /** Paid orders in the web-shop store (`webShopId`, always there) for the orders-in flow. */
  orders?: number
  /** Sees every Mailchimp request with its parsed body. */
  onMailchimpRequest?: MailchimpSimulatorOptions['onRequest']
  /** The Mplus secret (default the simulator's); the Mailchimp API key is random anyway. */
  mplusSecret?: string
}): Promise<SimulatorPair> {
  const seed = size.seed ?? 7
  const mplus = await startMplusSimulator({
    fixture: { size: size.products, seed },
    latencyMs: size.latencyMs?.mplus,
    secret: size.mplusSecret
  })
  const webShop = size.webShopOrders ? { products: 10, orders: size.webShopOrders } : {}
  const mailchimp = await startMailchimpSimulator({
    fixture: { members: size.members, seed, ...webShop },
    latencyMs: size.latencyMs?.mailchimp,
    onRequest: size.onMailchimpRequest
  })
  await addStores(mailchimp, [
    { id: harnessStoreId, name: 'Kassabrug kassa' },
    { id: webShopId, name: 'Webwinkel' }
  ])
  const pair: SimulatorPair = {
    mplus,
    mailchimp,
    close: async () => {
      await Promise.all([mplus.close(), mailchimp.close()])
    }
  }
  if (size.orders) await placeOrders(pair, generatedOrders(await seedWebShop(pair), size.orders))
  mailchimp.resetCounts()
  mplus.resetCounts()
  return pair
}

/** Stores in EUR on the simulator's audience, created through its public API. */
export async function addStores(
  mailchimp: MailchimpSimulator,
  stores: readonly { id: string; name: string }[]
): Promise<void> {
  const client = createMailchimpClient({ apiKey: mailchimp.apiKey, baseUrl: mailchimp.baseUrl })
  for (const { id, name } of stores)
    await client.createStore({ id, list_id: mailchimp.listId, name, currency_code: 'EUR' })
}

/** An Mplus client of its own on the simulated till, for a test that changes data at the till. */
export function tillClient(pair: SimulatorPair): MplusClient {
  return createMplusClient({
    host: '127.0.0.1',
    port: pair.mplus.port,
    useTls: false,
    ident: pair.mplus.ident,
    secret: pair.mplus.secret
  })
}

/** Writes counted at both simulators, summed. */
export function totalWrites(pair: SimulatorPair): number {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
  return sum(pair.mplus.writeCounts()) + sum(pair.mailchimp.writeCounts())
}
