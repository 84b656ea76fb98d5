import { flowIds, type FlowId } from '../../../shared/flows/catalogue'
import { loadFlowMapper, type FlowMapper } from '../mapping/flow-mapper'
import { MappingRepository } from '../mapping/mapping-repository'
import type { FlowRegistry, FlowsFactory } from '../sync/flow'
import { readFlowSettings } from '../sync/flow-settings'
import { moduleOf } from './registry'
import { VariantLinks } from './variant-links'

export interface FlowsOptions {
  /** Page sizes (tests use small pages to cross page boundaries). */
  pageSize?: number
  /** How often a Mailchimp batch's status is polled (tests poll faster than the default). */
  batchPollMs?: number
  /** From how many writes in a page a flow with batch writes batches them (the bench sets Infinity to compare). */
  batchFrom?: number
}

/**
 * The concrete flows, built for each run from the current settings, secrets and mappings, so a
 * changed mapping, credential or flow option takes effect at the next run. Every flow of the
 * registry, each from its own module.
 */
export function createFlowsFactory(options: FlowsOptions = {}): FlowsFactory {
  return async ({ settings, secrets, connections, db, sqlite, clock, mappingDraft }) => {
    const { mailchimp, mplus, listId, storeId } = await connections.open(settings, secrets)
    const mappings = new MappingRepository(db, clock)
    const mappers = new Map<FlowId, FlowMapper>()
    for (const flow of flowIds)
      mappers.set(
        flow,
        await loadFlowMapper(mappings, flow, mappingDraft?.flow === flow ? mappingDraft : undefined)
      )
    const mapperOf = (flow: FlowId): FlowMapper => mappers.get(flow)!
    const enabledFlows = new Set(
      (await readFlowSettings(db)).filter((entry) => entry.enabled).map((entry) => entry.flow)
    )
    const variantLinks = new VariantLinks(db, sqlite, clock)
    const registry: FlowRegistry = {}
    for (const flow of flowIds) {
      registry[flow] = moduleOf(flow).build({
        mailchimp,
        mplus,
        listId,
        storeId,
        settings,
        mapper: mapperOf(flow),
        mapperOf,
        enabledFlows,
        variantLinks,
        pageSize: options.pageSize,
        batchPollMs: options.batchPollMs,
        batchFrom: options.batchFrom
      })
    }
    return registry
  }
}
