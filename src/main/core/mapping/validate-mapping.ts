import type { z } from 'zod'
import {
  FlowMapping,
  type LookupTables,
  type MappingFlow
} from '../../../shared/contract/mapping-model'
import { flowTargets } from '../flows/registry'

export interface MappingIssue {
  /** Where in the mapping, e.g. `rules.3.transforms.0.table`. */
  path: string
  /** What is wrong, naming the rule's target field. */
  message: string
}

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
            message: `field '${rule.target}' is not a field the ${flow} flow can write (${where})`
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
        message: `field '${field.path}' is required by ${section.system} ${section.referenceType}, but no rule fills it`
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
              message: `field '${rule.target}': there is no lookup table named '${transform.table}'`
            }
          ]
        : []
    )
  )
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): MappingIssue {
  const path = issue.path.map(String).join('.')
  const target = targetOfRule(raw, issue.path[0] === 'rules' ? issue.path[1] : undefined)
  return { path, message: target ? `field '${target}': ${issue.message}` : issue.message }
}

function targetOfRule(raw: unknown, index: PropertyKey | undefined): string | undefined {
  if (typeof index !== 'number' || typeof raw !== 'object' || raw === null) return undefined
  const rules = (raw as { rules?: unknown }).rules
  const rule = Array.isArray(rules) ? (rules[index] as { target?: unknown } | undefined) : undefined
  return typeof rule?.target === 'string' ? rule.target : undefined
}
