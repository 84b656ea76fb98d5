import { z } from 'zod'
import type { TargetField, TargetSection } from '../../../shared/contract/mapping-model'
import type { RecordWarning } from '../../../shared/contract/record-notices'
import type { FieldError, MappingResult } from './apply-mapping'

/**
 * A mapping section read into the connector's own type. The schema is derived from the section's
 * target fields (type, length, obligation), so what the mapping editor offers, what the mapping
 * checks and what the connector receives are one list. Built once per flow; a payload that does
 * not fit fails with the target field named.
 */
export interface SectionParser<Create, Update> {
  prefix: string
  create(payload: Record<string, unknown>): Parsed<Create>
  update(payload: Record<string, unknown>): Parsed<Update>
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] }

/**
 * `update: 'partial'` when the update call takes any subset (a PATCH: fields written on create
 * only are simply absent); `'whole'` when the update is an upsert that needs the required fields
 * again (a variant PUT).
 */
export function sectionParser<Create, Update>(
  section: TargetSection,
  options: { update: 'partial' | 'whole' }
): SectionParser<Create, Update> {
  const whole = objectSchema(section.fields, section.prefix)
  const partial = whole.partial()
  const run = <T>(schema: z.ZodType, value: unknown): Parsed<T> => {
    const result = schema.safeParse(value)
    if (result.success) return { ok: true, value: result.data as T }
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const target = [section.prefix, ...issue.path.map(String)].filter(Boolean).join('.')
        return { target, message: issue.message, ...issueCode(issue, target) }
      })
    }
  }
  return {
    prefix: section.prefix,
    create: (payload) => run<Create>(whole, sectionOf(payload, section.prefix)),
    update: (payload) =>
      run<Update>(options.update === 'whole' ? whole : partial, sectionOf(payload, section.prefix))
  }
}

/** The code of a payload that does not fit its section's schema. */
function issueCode(issue: z.core.$ZodIssue, field: string): Pick<FieldError, 'code' | 'params'> {
  if (issue.code === 'custom' && issue.params?.code === 'field-too-long') {
    const { length, maxLength } = issue.params as { length: number; maxLength: number }
    return { code: 'field-too-long', params: { field, length, maxLength } }
  }
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? { code: 'field-empty', params: { field } }
      : { code: 'wrong-type', params: { field, expected: issue.expected } }
  }
  return { code: 'field-invalid', params: { field } }
}

/** A flow with one section: its create and update forms, typed, or every field's problem. */
export function parseMapped<Create, Update>(
  parser: SectionParser<Create, Update>,
  mapped: MappingResult
):
  | { ok: true; create: Create; update: Update; warnings: RecordWarning[] }
  | { ok: false; errors: FieldError[] } {
  if (!mapped.ok) return mapped
  const create = parser.create(mapped.create)
  const update = parser.update(mapped.update)
  if (create.ok && update.ok)
    return { ok: true, create: create.value, update: update.value, warnings: mapped.warnings }
  return {
    ok: false,
    errors: [create, update].flatMap((parsed) => (parsed.ok ? [] : parsed.errors))
  }
}

/** A parent with one child per source line: a product and its variants, an order and its lines. */
export interface ParentWithChildren<Parent, Child> {
  parent: Parent
  children: Child[]
}

export type AssembledPayload<PC, PU, CC, CU> =
  | {
      ok: true
      create: ParentWithChildren<PC, CC>
      update: ParentWithChildren<PU, CU>
      /** Every child's warnings (each names its field). */
      warnings: RecordWarning[]
    }
  | { ok: false; errors: FieldError[] }

/**
 * Each child was mapped on its own (the mapping sees one flat record per line); the parent part
 * is taken from the first child's mapping. Every child's problems are kept, labelled with it.
 */
export function assembleParentWithChildren<PC, PU, CC, CU>(options: {
  parent: SectionParser<PC, PU>
  child: SectionParser<CC, CU>
  children: readonly { label: string; mapped: MappingResult }[]
}): AssembledPayload<PC, PU, CC, CU> {
  const errors: FieldError[] = []
  const warnings: RecordWarning[] = []
  const label = (name: string, found: FieldError[]) =>
    found.map((error) => ({ ...error, target: `${name} ${error.target}` }))
  const create = { children: [] as CC[] } as ParentWithChildren<PC, CC>
  const update = { children: [] as CU[] } as ParentWithChildren<PU, CU>
  let parentSet = false
  for (const { label: name, mapped } of options.children) {
    if (!mapped.ok) {
      errors.push(...label(name, mapped.errors))
      continue
    }
    warnings.push(...mapped.warnings)
    if (!parentSet) {
      const parentCreate = options.parent.create(mapped.create)
      const parentUpdate = options.parent.update(mapped.update)
      if (parentCreate.ok && parentUpdate.ok) {
        create.parent = parentCreate.value
        update.parent = parentUpdate.value
      } else {
        for (const parsed of [parentCreate, parentUpdate])
          if (!parsed.ok) errors.push(...label(name, parsed.errors))
      }
      parentSet = true
    }
    const childCreate = options.child.create(mapped.create)
    const childUpdate = options.child.update(mapped.update)
    if (childCreate.ok && childUpdate.ok) {
      create.children.push(childCreate.value)
      update.children.push(childUpdate.value)
    } else {
      for (const parsed of [childCreate, childUpdate])
        if (!parsed.ok) errors.push(...label(name, parsed.errors))
    }
  }
  if (errors.length > 0 || !parentSet) return { ok: false, errors }
  return { ok: true, create, update, warnings: uniqueWarnings(warnings) }
}

/** Each child maps the parent's fields too: the same warning is kept once. */
function uniqueWarnings(warnings: readonly RecordWarning[]): RecordWarning[] {
  const seen = new Map(warnings.map((warning) => [JSON.stringify(warning), warning]))
  return [...seen.values()]
}

function sectionOf(payload: Record<string, unknown>, prefix: string): unknown {
  if (prefix === '') return payload
  return payload[prefix] ?? {}
}

/** A zod object for fields whose paths sit under `prefix`, nested where a path has dots. */
function objectSchema(fields: readonly TargetField[], prefix: string): z.ZodObject {
  const local = fields.map((field) => ({
    field,
    path: (prefix ? field.path.slice(prefix.length + 1) : field.path).split('.')
  }))
  return build(local)
}

function build(entries: { field: TargetField; path: string[] }[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {}
  const groups = new Map<string, { field: TargetField; path: string[] }[]>()
  for (const entry of entries) {
    const [head, ...rest] = entry.path
    if (rest.length === 0) shape[head] = leafSchema(entry.field)
    else groups.set(head, [...(groups.get(head) ?? []), { field: entry.field, path: rest }])
  }
  for (const [head, children] of groups) {
    const nested = build(children)
    shape[head] = children.some((child) => child.field.required) ? nested : nested.optional()
  }
  return z.object(shape).strict()
}

/** At most `maxLength` characters, counted as the mapping counts them (code points, not UTF-16 units). */
function withinLength(maxLength: number): z.ZodType {
  return z.string().superRefine((text, ctx) => {
    const length = [...text].length
    if (length > maxLength)
      ctx.addIssue({
        code: 'custom',
        message: `${length} characters, the target allows ${maxLength}`,
        params: { code: 'field-too-long', length, maxLength }
      })
  })
}

function leafSchema(field: TargetField): z.ZodType {
  let schema: z.ZodType
  switch (field.type) {
    case 'string':
      schema = field.maxLength === undefined ? z.string() : withinLength(field.maxLength)
      break
    case 'integer':
      schema = z.int()
      break
    case 'number':
      schema = z.number()
      break
    case 'boolean':
      schema = z.boolean()
      break
  }
  return field.required ? schema : schema.optional()
}
