import type { TargetField } from '../../../../shared/contract/mapping-model'

/** A target field with a path under the section's prefix. */
export function field(
  prefix: string,
  name: string,
  type: TargetField['type'],
  description: string,
  maxLength?: number
): TargetField {
  return {
    path: prefix ? `${prefix}.${name}` : name,
    type,
    description,
    ...(maxLength ? { maxLength } : {})
  }
}
