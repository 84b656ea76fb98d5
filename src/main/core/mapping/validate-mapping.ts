import type { z } from 'zod'
import { issueCode, type FieldIssue } from '../../../shared/contract/errors'
import {
  FlowMapping,
  type LookupTables,
  type MappingFlow,
  type Source
} from '../../../shared/contract/mapping-model'
import { sourceFieldOf } from '../../../shared/source-fields'
import { flowTargets } from '../flows/registry'

/**
 * One refusal: `path` where in the mapping (`rules.3.transforms.0.table`), `message` what is
 * wrong naming the rule's target field (CLI, logs), `code` and `params` for the editor's words:
 * unknown-field (params.field, params.side: source or target), required (params.field),
 * unknown-code (params.code, params.kind: table), or the shape's own code.
 */
export type MappingIssue = FieldIssue

export type MappingValidation =
  { ok: true; mapping: FlowMapping } | { ok: false; issues: MappingIssue[] }

/**
 * Checks a mapping before it is stored or run: its shape (unknown transform, bad source, duplicate
 * target), that every target is a field the flow's target system accepts, that the fields the
 * target cannot do without are filled, and that every lookup names a table that exists.
 */
export function validateMapping(
  flow: MappingFlow,
  raw: unknown,
  lookups: LookupTables
): MappingValidation {
  const parsed = FlowMapping.safeParse(raw)
  if (!parsed.success)
    return { ok: false, issues: parsed.error.issues.map((issue) => describeIssue(issue, raw)) }
  const issues = [
    ...unknownTargets(flow, parsed.data),
    ...missingRequiredTargets(flow, parsed.data),
    ...unknownSources(flow, parsed.data),
    ...missingTables(parsed.data, lookups)
  ]
  return issues.length > 0 ? { ok: false, issues } : { ok: true, mapping: parsed.data }
}

function unknownTargets(flow: MappingFlow, mapping: FlowMapping): MappingIssue[] {
  const sections = flowTargets[flow]
  const known = new Set(sections.flatMap((section) => section.fields.map((field) => field.path)))
  const where = sections.map((section) => `${section.system} ${section.referenceType}`).join(' / ')
  return mapping.rules.flatMap((rule, index) =>
    known.has(rule.target)
      ? []
      : [
          {
            path: `rules.${index}.target`,
            message: `field '${rule.target}' is not a field the ${flow} flow can write (${where})`,
            code: 'unknown-field' as const,
            params: { field: rule.target, side: 'target' }
          }
        ]
  )
}

function missingRequiredTargets(flow: MappingFlow, mapping: FlowMapping): MappingIssue[] {
  const mapped = new Set(mapping.rules.map((rule) => rule.target))
  return flowTargets[flow].flatMap((section) =>
    section.fields
      .filter((field) => field.required && !mapped.has(field.path))
      .map((field) => ({
        path: 'rules',
        message: `field '${field.path}' is required by ${section.system} ${section.referenceType}, but no rule fills it`,
        code: 'required' as const,
        params: { field: field.path }
      }))
  )
}

function missingTables(mapping: FlowMapping, lookups: LookupTables): MappingIssue[] {
  return mapping.rules.flatMap((rule, ruleIndex) =>
    rule.transforms.flatMap((transform, index) =>
      transform.kind === 'lookup' && !Object.prototype.hasOwnProperty.call(lookups, transform.table)
        ? [
            {
              path: `rules.${ruleIndex}.transforms.${index}.table`,
              message: `field '${rule.target}': there is no lookup table named '${transform.table}'`,
              code: 'unknown-code' as const,
              params: { code: transform.table, kind: 'table' }
            }
          ]
        : []
    )
  )
}

/**
 * Every path a rule reads (its source, the sources a concat transform appends, a VAT rate read
 * from the record) must be a field of the flow's source record: a typo is refused here, not
 * found out as an empty field on every record.
 */
function unknownSources(flow: MappingFlow, mapping: FlowMapping): MappingIssue[] {
  return mapping.rules.flatMap((rule, ruleIndex) => {
    const read: { at: string; source: Source }[] = [
      ...sourcePaths(rule.source, `rules.${ruleIndex}.source`),
      ...rule.transforms.flatMap((transform, index) => {
        const at = `rules.${ruleIndex}.transforms.${index}`
        if (transform.kind === 'concat')
          return transform.append.flatMap((source, part) =>
            sourcePaths(source, `${at}.append.${part}`)
          )
        if (
          (transform.kind === 'inclToExclVat' || transform.kind === 'exclToInclVat') &&
          'path' in transform.rate
        )
          return [{ at: `${at}.rate`, source: transform.rate }]
        return []
      })
    ]
    return read.flatMap(({ at, source }) =>
      'path' in source && !sourceFieldOf(flow, source.path)
        ? [
            {
              path: `${at}.path`,
              message: `field '${rule.target}': the ${flow} record has no field '${source.path}'`,
              code: 'unknown-field' as const,
              params: { field: source.path, side: 'source' }
            }
          ]
        : []
    )
  })
}

function sourcePaths(source: Source, at: string): { at: string; source: Source }[] {
  if ('concat' in source)
    return source.concat.flatMap((part, index) => sourcePaths(part, `${at}.concat.${index}`))
  if ('firstOf' in source)
    return source.firstOf.flatMap((part, index) => sourcePaths(part, `${at}.firstOf.${index}`))
  return 'path' in source ? [{ at, source }] : []
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): MappingIssue {
  const path = issue.path.map(String).join('.')
  const target = targetOfRule(raw, issue.path[0] === 'rules' ? issue.path[1] : undefined)
  return {
    path,
    message: target ? `field '${target}': ${issue.message}` : issue.message,
    ...issueCode(issue)
  }
}

function targetOfRule(raw: unknown, index: PropertyKey | undefined): string | undefined {
  if (typeof index !== 'number' || typeof raw !== 'object' || raw === null) return undefined
  const rules = (raw as { rules?: unknown }).rules
  const rule = Array.isArray(rules) ? (rules[index] as { target?: unknown } | undefined) : undefined
  return typeof rule?.target === 'string' ? rule.target : undefined
}
