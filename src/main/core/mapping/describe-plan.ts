import type {
  FieldPlan,
  FlowMapping,
  JsonValue,
  LookupTables,
  MappingFlow,
  MappingPlan,
  Source,
  Transform
} from '../../../shared/contract/mapping'
import { applyMapping, evaluateRule } from './apply-mapping'
import { targetFieldsOf } from './targets/flow-targets'

/**
 * The preview: for one source record, what every rule yields (value, left out, or error) next to
 * the exact payloads `applyMapping` produces. The dry run shows this; it writes nothing.
 */
export function describePlan(
  flow: MappingFlow,
  mapping: FlowMapping,
  record: unknown,
  lookups: LookupTables
): MappingPlan {
  const targets = targetFieldsOf(flow)
  const fields = mapping.rules.map((rule): FieldPlan => {
    const outcome = evaluateRule(
      rule,
      record,
      lookups,
      targets.find((field) => field.path === rule.target)
    )
    return {
      target: rule.target,
      source: describeSource(rule.source),
      transforms: rule.transforms.map(describeTransform),
      writtenOn: rule.updateOnChange ? 'create-and-update' : 'create-only',
      required: rule.required,
      outcome:
        'error' in outcome
          ? { kind: 'error', message: outcome.error.message }
          : outcome.value === undefined
            ? { kind: 'omitted' }
            : // Values come from JSON records through JSON-valued transforms; the contract re-checks them.
              { kind: 'value', value: outcome.value as JsonValue }
    }
  })
  const result = applyMapping(mapping, record, lookups, { targets }) as MappingPlan['result']
  return { fields, result }
}

export function describeSource(source: Source): string {
  if ('path' in source) return source.path
  if ('constant' in source) return JSON.stringify(source.constant)
  if ('firstOf' in source) return `first of (${source.firstOf.map(describeSource).join(', ')})`
  return source.concat.map(describeSource).join(' + ')
}

function describeTransform(transform: Transform): string {
  const { kind, ...options } = transform
  const shown = Object.entries(options)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')
  return shown ? `${kind}(${shown})` : kind
}
