import {
  CoreError,
  type CallName,
  type Handlers,
  type MplusReferenceData
} from '../../../shared/contract'
import { transformKinds } from '../../../shared/contract/mapping'
import { lookupIssues } from '../../../shared/lookup-codes'
import { describePlan } from './describe-plan'
import type {
  FlowMapping,
  JsonValue,
  LookupTables,
  MappingFlow,
  MappingPlan,
  RecordPreview
} from '../../../shared/contract/mapping'
import { decisionNotices } from '../sync/plan-decision'
import type { RecordPreviewItem } from '../sync/record-preview'
import { invalidMappingError, type MappingRepository } from './mapping-repository'
import { validateMapping } from './validate-mapping'
import { flowTargets } from '../flows/registry'

type MappingCallName = Extract<CallName, `mapping.${string}`>
export type MappingHandlers = Pick<Handlers, MappingCallName>

export interface MappingHandlerDeps {
  /** The till's codes (VAT groups, turnover groups, payment and delivery methods). */
  referenceData(): Promise<MplusReferenceData>
  /** One real record of the flow's source planned with this mapping (the sync engine's). */
  previewRecord(
    flow: MappingFlow,
    mapping: FlowMapping,
    sourceId: string | undefined
  ): Promise<RecordPreviewItem | null>
}

/** The live preview: the fields of what the flow mapped, next to the decision and the log. */
function liveRecordPreview(
  flow: MappingFlow,
  mapping: FlowMapping,
  lookups: LookupTables,
  item: RecordPreviewItem
): RecordPreview {
  const { decision } = item
  // Through JSON, as the contract carries it (a Date becomes its ISO text).
  const mapped =
    item.mapped === undefined ? null : (JSON.parse(JSON.stringify(item.mapped)) as JsonValue)
  const plan: MappingPlan =
    mapped === null
      ? { fields: [], result: { ok: false, errors: [] } }
      : describePlan(flow, mapping, mapped, lookups)
  return {
    ...plan,
    live: {
      sourceId: item.sourceId,
      label: item.label,
      record: mapped,
      decision: {
        action: decision.action,
        reason: 'reason' in decision ? decision.reason : null,
        notices: decisionNotices(decision),
        sameAsLedger: decision.action === 'skip' && decision.sameAsLedger === true
      },
      payload: 'payload' in decision ? JSON.stringify(decision.payload) : null,
      lastSent: item.lastSent
    }
  }
}

/** The contract calls of the mapping editor. */
export function createMappingHandlers(
  repository: MappingRepository,
  deps: MappingHandlerDeps
): MappingHandlers {
  /**
   * A code in a standard table the till does not know is refused (unknown-code, at the field)
   * before anything is stored. Before the till is set up there is nothing to check against: the
   * tables are stored as given, and checked at their next save.
   */
  async function refuseUnknownCodes(lookups: LookupTables): Promise<void> {
    let reference: MplusReferenceData
    try {
      reference = await deps.referenceData()
    } catch (error) {
      if (error instanceof CoreError && error.code === 'not-configured') return
      throw error
    }
    const issues = lookupIssues(lookups, reference)
    if (issues.length > 0) throw invalidMappingError('The lookup tables were not saved', issues)
  }

  return {
    'mapping.get': ({ flow }) => repository.get(flow),
    'mapping.save': ({ flow, mapping }) => repository.save(flow, mapping),
    'mapping.reset': ({ flow }) => repository.reset(flow),
    'mapping.lookups.get': () => repository.getLookups(),
    'mapping.lookups.save': async ({ lookups }) => {
      await refuseUnknownCodes(lookups)
      return repository.saveLookups(lookups)
    },
    'mapping.previewRecord': async ({ flow, record, sourceId, mapping }) => {
      const lookups = await repository.getLookups()
      let used: FlowMapping
      if (mapping === undefined) used = (await repository.get(flow)).mapping
      else {
        const draft = validateMapping(flow, mapping, lookups)
        if (!draft.ok)
          throw invalidMappingError(`The ${flow} draft mapping cannot be previewed`, draft.issues)
        used = draft.mapping
      }
      if (record !== undefined) return { ...describePlan(flow, used, record, lookups), live: null }
      const item = await deps.previewRecord(flow, used, sourceId)
      if (!item)
        throw new CoreError('not-found', `The ${flow} source has no record to preview yet.`)
      return liveRecordPreview(flow, used, lookups, item)
    },
    'mapping.targets': async ({ flow }) => ({
      flow,
      sections: [...flowTargets[flow]],
      transforms: [...transformKinds]
    })
  }
}
