import type { CallName, Handlers } from '../../../shared/contract'
import { transformKinds } from '../../../shared/contract/mapping'
import type { MappingRepository } from './mapping-repository'
import { flowTargets } from './targets/flow-targets'

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
    'mapping.targets': async ({ flow }) => ({
      flow,
      sections: [...flowTargets[flow]],
      transforms: [...transformKinds]
    })
  }
}
