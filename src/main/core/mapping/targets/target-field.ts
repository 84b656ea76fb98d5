import type { TargetField } from '../../../../shared/contract/mapping-model'

type Limits = Pick<TargetField, 'maxLength' | 'required'>

/** Builds target fields whose paths sit under one section prefix ('' for the payload root). */
export function fieldsUnder(prefix: string) {
  return (
    name: string,
    type: TargetField['type'],
    description: string,
    limits: Limits = {}
  ): TargetField => ({
    path: prefix ? `${prefix}.${name}` : name,
    type,
    description,
    ...limits
  })
}
