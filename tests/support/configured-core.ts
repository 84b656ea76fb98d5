/**
 * A core on a real SQLite file configured for the simulators: the core's side of the sync
 * harness (tests/support/sync-harness.ts re-exports it), without the simulators themselves, so
 * a process that only syncs (bench/sync-process.ts) does not load them.
 */
import type { MailchimpSimulator } from '../../simulators/mailchimp'
import type { MplusSimulator } from '../../simulators/mplus'
import type { ConnectorTuning } from '../../src/main/core/connections/connection-cache'
import { createCore, type Core } from '../../src/main/core/create-core'
import { createFlowsFactory, type FlowsOptions } from '../../src/main/core/flows/create-flows'
import { MemorySecretStore } from '../../src/main/core/secrets/memory-store'
import {
  compatibleFlows,
  descriptorOf,
  flowIds,
  type FlowId
} from '../../src/shared/flows/catalogue'

/** The Mailchimp store of the shop's web shop, whose orders the orders-in flow imports. */
export const webShopId = 'webwinkel'

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
