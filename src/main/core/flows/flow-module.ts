import type {
  FlowMapping,
  MappingFlow,
  TargetSection
} from '../../../shared/contract/mapping-model'
import type { Settings } from '../../../shared/contract/settings'
import type { FlowId, FlowSectionId } from '../../../shared/flows/catalogue'
import type { MailchimpClient } from '../connectors/mailchimp/client'
import type { MplusClient } from '../connectors/mplus/client'
import type { FlowMapper } from '../mapping/flow-mapper'
import type { AnyFlow } from '../sync/flow'
import type { VariantLinks } from './variant-links'

/** What a flow module gets to build its flow for one run. */
export interface FlowBuildContext {
  mailchimp: MailchimpClient
  mplus: MplusClient
  listId: string
  storeId: string
  settings: Settings
  /** The flow's own mapping and the lookup tables, as saved (or the default). */
  mapper: FlowMapper
  /** Another flow's mapping, for a flow that writes that flow's records too (an order's customer). */
  mapperOf(flow: MappingFlow): FlowMapper
  /** The flows switched on (a flow may depend on whether another one runs). */
  enabledFlows: ReadonlySet<FlowId>
  /** Article → Mailchimp product and variant, as the products flow wrote them. */
  variantLinks: VariantLinks
  /** Page size for sources that take one (tests use small pages to cross page boundaries). */
  pageSize?: number
  /** How often a Mailchimp batch's status is polled (tests poll faster than the default). */
  batchPollMs?: number
  /** Writes in a page from which a flow with batch writes sends them as one batch (the bench). */
  batchFrom?: number
}

/**
 * The core half of a flow: the catalogue entry (`src/shared/flows/catalogue.ts`) says what the
 * flow is; the module says what its mapping may write, what it maps by default and how it reads
 * and writes. One folder per flow under `src/main/core/flows/`, one line in `registry.ts`.
 */
export interface FlowModule<Id extends FlowId> {
  /** The target fields of each mapping section of the catalogue entry, built for its prefix. */
  targets: { [Section in FlowSectionId<Id>]: (prefix: Section) => TargetSection }
  defaultMapping: FlowMapping
  build(ctx: FlowBuildContext): AnyFlow
}

export type AnyFlowModule = FlowModule<FlowId>
