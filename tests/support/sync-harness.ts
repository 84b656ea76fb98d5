import {
  startMailchimpSimulator,
  type MailchimpSimulator,
  type MailchimpSimulatorOptions
} from '../../simulators/mailchimp'
import { startMplusSimulator, type MplusSimulator } from '../../simulators/mplus'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import { createMplusClient, type MplusClient } from '../../src/main/core/connectors/mplus/client'
import type { ConnectorTuning } from '../../src/main/core/connections/connection-cache'
import { createCore, type Core } from '../../src/main/core/create-core'
import { createFlowsFactory, type FlowsOptions } from '../../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import { generatedOrders, placeOrders, seedWebShop, webShopId } from './web-shop'
import {
  compatibleFlows,
  descriptorOf,
  flowIds,
  type FlowId
} from '../../src/shared/flows/catalogue'

export const harnessStoreId = 'kassabrug-kassa'
/** The branch whose stock the harness's stock flow sends. */
export const harnessBranch = 1
/** Where the orders-out back-fill starts: before every fixture sale, whatever today is. */
export const harnessSalesStartDate = '2025-01-01'

/**
 * Every flow of the registry, in sets that can be on together: the flows that can be on out of
 * the box, then one set per flow they leave out (with the flows it does not exclude). The first
 * set is what a core from `startConfiguredCore` switches on.
 */
export const harnessFlowSets: FlowId[][] = [
  compatibleFlows,
  ...flowIds
    .filter((flow) => !compatibleFlows.includes(flow))
    .map((flow) => [
      ...compatibleFlows.filter((other) => other !== descriptorOf(flow).excludes),
      flow
    ])
]
export const harnessFlows = harnessFlowSets[0]

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
  const client = createMailchimpClient({ apiKey: mailchimp.apiKey, baseUrl: mailchimp.baseUrl })
  await client.createStore({
    id: harnessStoreId,
    list_id: mailchimp.listId,
    name: 'Kassabrug kassa',
    currency_code: 'EUR'
  })
  await client.createStore({
    id: webShopId,
    list_id: mailchimp.listId,
    name: 'Webwinkel',
    currency_code: 'EUR'
  })
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

/** Where the simulators listen and their credentials (a SimulatorPair, or one in another process). */
export interface SimulatorEndpoints {
  mailchimp: Pick<MailchimpSimulator, 'apiKey' | 'baseUrl' | 'listId'>
  mplus: Pick<MplusSimulator, 'port' | 'ident' | 'secret'>
}

/** Settings and secrets that point a core at the simulators. */
export function connectionSettings(pair: SimulatorEndpoints) {
  return {
    mailchimp: {
      baseUrl: pair.mailchimp.baseUrl,
      listId: pair.mailchimp.listId,
      storeId: harnessStoreId,
      orderSourceStoreId: webShopId
    },
    mplus: {
      host: '127.0.0.1',
      port: pair.mplus.port,
      useTls: false,
      ident: pair.mplus.ident,
      // The stock flow's branch (the simulated shop's main one).
      branchNumber: harnessBranch
    },
    // Every fixture sale counts, whatever today is (the default is twelve months back).
    flowOptions: { ordersOutStartDate: harnessSalesStartDate }
  }
}

/** A core on a real SQLite file in `dataDir`, configured for the simulators, with the real flows. */
export async function startConfiguredCore(
  pair: SimulatorEndpoints,
  dataDir: string,
  options: FlowsOptions & {
    maxRecordAttempts?: number
    connectors?: ConnectorTuning
    /** The flows to switch on (default: the first of the harness sets). */
    flows?: readonly FlowId[]
  } = {}
): Promise<Core> {
  const secrets = new MemorySecretStore()
  await secrets.set('mailchimp', pair.mailchimp.apiKey)
  await secrets.set('mplus', pair.mplus.secret)
  const core = await createCore({
    dataDir,
    secrets,
    version: 'test',
    flows: createFlowsFactory(options),
    connectors: options.connectors
  })
  await core.call('settings.update', {
    ...connectionSettings(pair),
    ...(options.maxRecordAttempts ? { maxRecordAttempts: options.maxRecordAttempts } : {})
  })
  for (const flow of options.flows ?? harnessFlows)
    await core.call('sync.setFlow', { flow, enabled: true })
  return core
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
