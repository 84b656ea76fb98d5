import type { MappingFlow, TargetField } from '../../../../shared/contract/mapping-model'
import { flowTargets } from '../../flows/registry'

export function targetFieldsOf(flow: MappingFlow): TargetField[] {
  return flowTargets[flow].flatMap((section) => section.fields)
}
