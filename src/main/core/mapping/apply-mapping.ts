import type {
  FieldRule,
  FlowMapping,
  LookupTables,
  TargetField
} from '../../../shared/contract/mapping-model'
import { applyTransform } from './apply-transform'
import { isEmptyValue, sortKeysDeep, writePath } from './record-path'
import { resolveSource } from './resolve-source'
import { showValue } from './transforms/transform-error'

export interface FieldError {
  target: string
  message: string
}

export type MappingResult =
  | {
      ok: true
      /** Every rule's value: the payload for a new record. */
      create: Record<string, unknown>
      /** Only the "update on change" rules: the payload for an existing record. */
      update: Record<string, unknown>
    }
  | { ok: false; errors: FieldError[] }

export interface ApplyOptions {
  /** The flow's known target fields; when given, each value is checked against its type and length. */
  targets?: readonly TargetField[]
}

/**
 * Turns one source record into the payloads for the target. Pure and deterministic: the same
 * mapping, record and lookups give byte-identical JSON (keys sorted), because the engine hashes it
 * to decide whether anything changed. Never throws: every field's problem is collected, so the
 * activity log can name all of them at once.
 *
 * An empty value (missing, null, blank text) leaves the field out of the payload, or is an error
 * when the rule (or, with `targets`, the target field) is required.
 */
export function applyMapping(
  mapping: FlowMapping,
  source: unknown,
  lookups: LookupTables,
  options: ApplyOptions = {}
): MappingResult {
  const targetByPath = new Map((options.targets ?? []).map((field) => [field.path, field]))
  const create: Record<string, unknown> = {}
  const update: Record<string, unknown> = {}
  const errors: FieldError[] = []
  for (const rule of mapping.rules) {
    const outcome = evaluateRule(rule, source, lookups, targetByPath.get(rule.target))
    if ('error' in outcome) {
      errors.push({ target: rule.target, message: outcome.error })
    } else if (outcome.value !== undefined) {
      writePath(create, rule.target, outcome.value)
      if (rule.updateOnChange) writePath(update, rule.target, outcome.value)
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, create: sortKeysDeep(create), update: sortKeysDeep(update) }
}

/** One rule's result: a value, nothing (empty and optional: left out), or why it failed. */
export type RuleOutcome = { value: unknown } | { error: string }

export function evaluateRule(
  rule: FieldRule,
  record: unknown,
  lookups: LookupTables,
  target: TargetField | undefined
): RuleOutcome {
  let value: unknown
  try {
    value = resolveSource(rule.source, record)
    for (const transform of rule.transforms)
      value = applyTransform(transform, value, { record, lookups })
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  if (isEmptyValue(value)) {
    if (!rule.required && !target?.required) return { value: undefined }
    const where = 'path' in rule.source ? ` (${rule.source.path})` : ''
    return { error: `field '${rule.target}' is empty in the source record${where}` }
  }
  const problem = checkJson(value) ?? (target ? checkAgainstTarget(value, target) : undefined)
  return problem ? { error: `field '${rule.target}': ${problem}` } : { value }
}

function checkJson(value: unknown): string | undefined {
  if (typeof value === 'number' && !Number.isFinite(value))
    return `${showValue(value)} is not a usable number`
  return undefined
}

/**
 * C0 controls other than tab, line feed and carriage return, and DEL: XML 1.0 cannot carry the C0
 * ones at all. The C1 range (U+0080–U+009F) is left alone: it is legal in both APIs and mostly
 * shows up inside mis-decoded text ("Ã\u0096mer"), which a shop still wants synced.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u

/** Text neither API can take as it is: invalid or lost Unicode, or control characters. */
function textProblem(value: string): string | undefined {
  if (!value.isWellFormed()) {
    return 'the text is not valid Unicode (a lone surrogate, as a broken export leaves); fix it at the source'
  }
  // What a decoder leaves of invalid bytes or a lone surrogate that crossed the wire (XML, JSON).
  const replaced = value.indexOf('\uFFFD')
  if (replaced >= 0) {
    return `the text holds U+FFFD at position ${replaced + 1}, a character lost to a broken encoding at the source; fix it there`
  }
  const control = controlCharacter.exec(value)
  if (!control) return undefined
  const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  return `the text holds control character U+${code} at position ${control.index + 1}, which the target cannot take; fix it at the source`
}

function lengthProblem(value: string, maxLength: number | undefined): string | undefined {
  const length = [...value].length
  return maxLength !== undefined && length > maxLength
    ? `${length} characters, the target allows ${maxLength} (add a truncate transform)`
    : undefined
}

function checkAgainstTarget(value: unknown, target: TargetField): string | undefined {
  switch (target.type) {
    case 'string':
      if (typeof value !== 'string')
        return `the target expects text, got ${showValue(value)} (add a toString transform)`
      return textProblem(value) ?? lengthProblem(value, target.maxLength)
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? undefined
        : `the target expects a whole number, got ${showValue(value)} (add a toInteger transform)`
    case 'number':
      return typeof value === 'number'
        ? undefined
        : `the target expects a number, got ${showValue(value)}`
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : `the target expects true or false, got ${showValue(value)}`
  }
}
