import type {
  FieldPlan,
  FlowMapping,
  JsonValue,
  LookupTables,
  MappingFlow,
  MappingPlan
} from '../../../shared/contract/mapping'
import { describeSource, describeTransform } from '../../../shared/mapping-notation'
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
          ? { kind: 'error', ...outcome.error }
          : outcome.value === undefined
            ? { kind: 'omitted' }
            : // Values come from JSON records through JSON-valued transforms; the contract re-checks them.
              { kind: 'value', value: outcome.value as JsonValue }
    }
  })
  const result = applyMapping(mapping, record, lookups, { targets }) as MappingPlan['result']
  return { fields, result }
}
