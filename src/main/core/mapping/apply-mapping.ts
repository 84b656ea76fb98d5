import type {
  FieldRule,
  FlowMapping,
  LookupTables,
  TargetField
} from '../../../shared/contract/mapping-model'
import type { RecordRefusalCode, RecordWarning } from '../../../shared/contract/record-notices'
import { applyTransform } from './apply-transform'
import { isEmptyValue, sortKeysDeep, writePath } from './record-path'
import { resolveSource } from './resolve-source'
import { truncate } from './transforms/text'
import { showValue } from './transforms/transform-error'

/** One field's problem: the sentence for the CLI and logs, the code and parameters for the renderer. */
export interface FieldError {
  target: string
  message: string
  code: RecordRefusalCode
  params?: Record<string, string | number>
}

export type MappingResult =
  | {
      ok: true
      /** Every rule's value: the payload for a new record. */
      create: Record<string, unknown>
      /** Only the "update on change" rules: the payload for an existing record. */
      update: Record<string, unknown>
      /** What was changed on the way to fit the target (kept on the record's log entry). */
      warnings: RecordWarning[]
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
  const warnings: RecordWarning[] = []
  for (const rule of mapping.rules) {
    const outcome = evaluateRule(rule, source, lookups, targetByPath.get(rule.target))
    if ('error' in outcome) {
      errors.push({ target: rule.target, ...outcome.error })
      continue
    }
    warnings.push(...outcome.warnings)
    if (outcome.value !== undefined) {
      writePath(create, rule.target, outcome.value)
      if (rule.updateOnChange) writePath(update, rule.target, outcome.value)
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, create: sortKeysDeep(create), update: sortKeysDeep(update), warnings }
}

/** One rule's result: a value (with what was changed to fit), nothing (empty and optional: left out), or why it failed. */
export type RuleOutcome =
  { value: unknown; warnings: RecordWarning[] } | { error: Omit<FieldError, 'target'> }

export function evaluateRule(
  rule: FieldRule,
  record: unknown,
  lookups: LookupTables,
  target: TargetField | undefined
): RuleOutcome {
  const field = rule.target
  let value: unknown
  let step = 'source'
  try {
    value = resolveSource(rule.source, record)
    for (const transform of rule.transforms) {
      step = transform.kind
      value = applyTransform(transform, value, { record, lookups })
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      error:
        step === 'source'
          ? { message, code: 'source-unreadable', params: { problem: message } }
          : { message, code: 'transform-failed', params: { field, transform: step } }
    }
  }
  if (isEmptyValue(value)) {
    if (!rule.required && !target?.required) return { value: undefined, warnings: [] }
    const where = 'path' in rule.source ? ` (${rule.source.path})` : ''
    return {
      error: {
        message: `field '${field}' is empty in the source record${where}`,
        code: 'field-empty',
        params: { field }
      }
    }
  }
  const fitted = fitToTarget(value, field, target, rule.tooLong ?? 'refuse')
  if ('problem' in fitted) {
    return {
      error: {
        message: `field '${field}': ${fitted.problem}`,
        code: fitted.code,
        params: { field, ...fitted.params }
      }
    }
  }
  return fitted
}

type Fitted =
  | { value: unknown; warnings: RecordWarning[] }
  | {
      problem: string
      code: RecordRefusalCode
      params?: Record<string, string | number>
    }

/**
 * C0 controls other than tab, line feed and carriage return, and DEL: XML 1.0 cannot carry the C0
 * ones at all, and neither API has a use for them. They are removed, with a warning on the
 * record. The C1 range (U+0080–U+009F) is left alone: it is legal in both APIs and mostly shows
 * up inside mis-decoded text ("Ã\u0096mer"), which a shop still wants synced.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu

/**
 * The value as the target takes it: text cleaned of control characters and cut to the length
 * when the rule says so (each a warning), or why the target cannot take it.
 */
function fitToTarget(
  value: unknown,
  field: string,
  target: TargetField | undefined,
  tooLong: 'refuse' | 'truncate'
): Fitted {
  if (typeof value === 'number' && !Number.isFinite(value))
    return { problem: `${showValue(value)} is not a usable number`, code: 'not-a-number' }
  const typeProblem = target ? checkType(value, target) : undefined
  if (typeProblem)
    return { problem: typeProblem, code: 'wrong-type', params: { expected: target!.type } }
  if (typeof value !== 'string') return { value, warnings: [] }
  if (!value.isWellFormed()) {
    return {
      problem:
        'the text is not valid Unicode (a lone surrogate, as a broken export leaves); fix it at the source',
      code: 'invalid-unicode'
    }
  }
  // What a decoder leaves of invalid bytes or a lone surrogate that crossed the wire (XML, JSON).
  const replaced = value.indexOf('\uFFFD')
  if (replaced >= 0) {
    return {
      problem: `the text holds U+FFFD at position ${replaced + 1}, a character lost to a broken encoding at the source; fix it there`,
      code: 'lost-character',
      params: { position: replaced + 1 }
    }
  }
  const warnings: RecordWarning[] = []
  let text = value
  const controls = value.match(controlCharacters)?.length ?? 0
  if (controls > 0) {
    text = value.replace(controlCharacters, '')
    warnings.push({ code: 'control-characters-removed', params: { field, count: controls } })
  }
  const maxLength = target?.maxLength
  const length = [...text].length
  if (maxLength !== undefined && length > maxLength) {
    if (tooLong === 'refuse') {
      return {
        problem: `${length} characters, the target allows ${maxLength} (let the rule truncate, or add a truncate transform)`,
        code: 'field-too-long',
        params: { length, maxLength }
      }
    }
    text = truncate(text, maxLength, 'characters')
    warnings.push({ code: 'field-truncated', params: { field, length, maxLength } })
  }
  return { value: text, warnings }
}

function checkType(value: unknown, target: TargetField): string | undefined {
  switch (target.type) {
    case 'string':
      return typeof value === 'string'
        ? undefined
        : `the target expects text, got ${showValue(value)} (add a toString transform)`
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
