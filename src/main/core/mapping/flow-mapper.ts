import type {
  FlowMapping,
  LookupTables,
  MappingFlow,
  MappingPlan,
  StoredMapping
} from '../../../shared/contract/mapping'
import { applyMapping, type MappingResult } from './apply-mapping'
import { describePlan } from './describe-plan'
import type { MappingRepository } from './mapping-repository'
import { targetFieldsOf } from './targets/flow-targets'

/** A flow's mapping and the lookup tables, read once per run and applied to every record. */
export interface FlowMapper {
  flow: MappingFlow
  stored: StoredMapping
  lookups: LookupTables
  /** The payloads for one source record (checked against the flow's target fields). */
  map(record: unknown): MappingResult
  /** The same, field by field, for the preview. */
  describe(record: unknown): MappingPlan
}

export async function loadFlowMapper(
  repository: MappingRepository,
  flow: MappingFlow,
  draft?: { mapping: FlowMapping; seen(record: unknown): void }
): Promise<FlowMapper> {
  const [saved, lookups] = await Promise.all([repository.get(flow), repository.getLookups()])
  // A draft (the editor's preview) replaces the saved mapping and hears every record it maps.
  const stored: StoredMapping = draft
    ? { flow, mapping: draft.mapping, isDefault: false, updatedAt: null }
    : saved
  const targets = targetFieldsOf(flow)
  return {
    flow,
    stored,
    lookups,
    map: (record) => {
      draft?.seen(record)
      return applyMapping(stored.mapping, record, lookups, { targets })
    },
    describe: (record) => describePlan(flow, stored.mapping, record, lookups)
  }
}
