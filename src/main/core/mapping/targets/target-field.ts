import type { TargetField } from '../../../../shared/contract/mapping-model'

type Limits = Pick<TargetField, 'maxLength' | 'required'>

/**
 * Builds target fields whose paths sit under one section prefix ('' for the payload root); a
 * field without its own maxLength takes the one `limits` (from field-limits.ts) gives its name.
 */
export function fieldsUnder(prefix: string, limits: Record<string, number> = {}) {
  return (
    name: string,
    type: TargetField['type'],
    description: string,
    fieldOptions: Limits = {}
  ): TargetField => ({
    path: prefix ? `${prefix}.${name}` : name,
    type,
    description,
    ...(limits[name] !== undefined ? { maxLength: limits[name] } : {}),
    ...fieldOptions
  })
}
