import type { CallName, Handlers } from '../../../shared/contract'
import { transformKinds } from '../../../shared/contract/mapping'
import { describePlan } from './describe-plan'
import { invalidMappingError, type MappingRepository } from './mapping-repository'
import { validateMapping } from './validate-mapping'
import { flowTargets } from '../flows/registry'

type MappingCallName = Extract<CallName, `mapping.${string}`>
export type MappingHandlers = Pick<Handlers, MappingCallName>

/** The contract calls of the mapping editor. */
export function createMappingHandlers(repository: MappingRepository): MappingHandlers {
  return {
    'mapping.get': ({ flow }) => repository.get(flow),
    'mapping.save': ({ flow, mapping }) => repository.save(flow, mapping),
    'mapping.reset': ({ flow }) => repository.reset(flow),
    'mapping.lookups.get': () => repository.getLookups(),
    'mapping.lookups.save': ({ lookups }) => repository.saveLookups(lookups),
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
