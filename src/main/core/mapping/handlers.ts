import {
  CoreError,
  type CallName,
  type Handlers,
  type MplusReferenceData
} from '../../../shared/contract'
import { transformKinds } from '../../../shared/contract/mapping'
import { lookupIssues } from '../../../shared/lookup-codes'
import { describePlan } from './describe-plan'
import type { LookupTables } from '../../../shared/contract/mapping'
import { invalidMappingError, type MappingRepository } from './mapping-repository'
import { validateMapping } from './validate-mapping'
import { flowTargets } from '../flows/registry'

type MappingCallName = Extract<CallName, `mapping.${string}`>
export type MappingHandlers = Pick<Handlers, MappingCallName>

export interface MappingHandlerDeps {
  /** The till's codes (VAT groups, turnover groups, payment and delivery methods). */
  referenceData(): Promise<MplusReferenceData>
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
    'mapping.previewRecord': async ({ flow, record, mapping }) => {
      const lookups = await repository.getLookups()
      if (mapping === undefined)
        return describePlan(flow, (await repository.get(flow)).mapping, record, lookups)
      const draft = validateMapping(flow, mapping, lookups)
      if (!draft.ok)
        throw invalidMappingError(`The ${flow} draft mapping cannot be previewed`, draft.issues)
      return describePlan(flow, draft.mapping, record, lookups)
    },
    'mapping.targets': async ({ flow }) => ({
      flow,
      sections: [...flowTargets[flow]],
      transforms: [...transformKinds]
    })
  }
}
