import type { FlowMapping, LookupTables, MappingFlow } from '../../../shared/contract/mapping'
import { applyMapping, type MappingResult } from '../mapping/apply-mapping'
import { targetFieldsOf } from '../mapping/targets/flow-targets'
import type { PlannedRecord } from '../sync/flow'

/** One flow's mapping with its lookups and target checks, applied the same way by every flow. */
export interface FlowMapper {
  apply(source: unknown): MappingResult
}

export function createFlowMapper(
  flow: MappingFlow,
  mapping: FlowMapping,
  lookups: LookupTables
): FlowMapper {
  const targets = targetFieldsOf(flow)
  return { apply: (source) => applyMapping(mapping, source, lookups, { targets }) }
}

/** A failed mapping as the plan's refusal: every field's problem in one sentence. */
export function mappingRefusal(
  result: Extract<MappingResult, { ok: false }>,
  subject: string
): Extract<PlannedRecord<never>, { action: 'fail' }> {
  const problems = result.errors.map((error) => `${error.target}: ${error.message}`).join('; ')
  return { action: 'fail', kind: 'validation', reason: `${subject} cannot be sent — ${problems}.` }
}
