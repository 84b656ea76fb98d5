import { startMailchimpSimulator, type MailchimpSimulator } from '../../simulators/mailchimp'
import { startMplusSimulator, type MplusSimulator } from '../../simulators/mplus'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import { createMplusClient, type MplusClient } from '../../src/main/core/connectors/mplus/client'
import type { ConnectorTuning } from '../../src/main/core/connections/connection-cache'
import { createCore, type Core } from '../../src/main/core/create-core'
import { createFlowsFactory, type FlowsOptions } from '../../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'

export const harnessStoreId = 'kassabrug-kassa'
export const harnessFlows = ['customers', 'products', 'categories'] as const

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
}): Promise<SimulatorPair> {
  const seed = size.seed ?? 7
  const mplus = await startMplusSimulator({ fixture: { size: size.products, seed } })
  const webShop = size.webShopOrders ? { products: 10, orders: size.webShopOrders } : {}
  const mailchimp = await startMailchimpSimulator({
    fixture: { members: size.members, seed, ...webShop }
  })
  const client = createMailchimpClient({ apiKey: mailchimp.apiKey, baseUrl: mailchimp.baseUrl })
  await client.createStore({
    id: harnessStoreId,
    list_id: mailchimp.listId,
    name: 'Kassabrug kassa',
    currency_code: 'EUR'
  })
  mailchimp.resetCounts()
  return {
    mplus,
    mailchimp,
    close: async () => {
      await Promise.all([mplus.close(), mailchimp.close()])
    }
  }
}

/** Our own Mplus client pointed at the pair's till (to set up state the way a user would). */
export function harnessMplusClient(pair: SimulatorPair): MplusClient {
  return createMplusClient({
    host: '127.0.0.1',
    port: pair.mplus.port,
    useTls: false,
    ident: pair.mplus.ident,
    secret: pair.mplus.secret
  })
}

/** Settings and secrets that point a core at the simulators. */
export function connectionSettings(pair: SimulatorPair) {
  return {
    mailchimp: {
      baseUrl: pair.mailchimp.baseUrl,
      listId: pair.mailchimp.listId,
      storeId: harnessStoreId
    },
    mplus: { host: '127.0.0.1', port: pair.mplus.port, useTls: false, ident: pair.mplus.ident }
  }
}

/** A core on a real SQLite file in `dataDir`, configured for the simulators, with the real flows. */
export async function startConfiguredCore(
  pair: SimulatorPair,
  dataDir: string,
  options: FlowsOptions & { maxRecordAttempts?: number; connectors?: ConnectorTuning } = {}
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
  for (const flow of harnessFlows) await core.call('sync.setFlow', { flow, enabled: true })
  return core
}

/** Writes counted at both simulators, summed. */
export function totalWrites(pair: SimulatorPair): number {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
  return sum(pair.mplus.writeCounts()) + sum(pair.mailchimp.writeCounts())
}
