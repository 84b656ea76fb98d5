import { z } from 'zod'

/**
 * Errors that cross the contract. Every host turns a thrown CoreError into this shape, so the UI can
 * show `message` to a shop owner and branch on `code`.
 */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'keychain-unavailable',
  'not-configured',
  'connection-failed',
  'conflict',
  /** Switching on a flow whose opposite direction is on (the catalogue names that flow). */
  'flows-exclusive',
  'internal',
  /** The database file is damaged; the host words it from the DatabaseDamage parameters. */
  'database-damaged',
  /** The transport refused the caller (missing token, foreign Host): set by the hosts, not the core. */
  'unauthorized',
  'forbidden'
] as const
export type ErrorCode = (typeof errorCodes)[number]

/**
 * Why one input field was refused, as a code the renderer words per field: required, too-small
 * (params.minimum), too-big (params.maximum), wrong-type (params.expected), invalid-format
 * (params.format), not-allowed (one of params.values), unknown-field, unknown-code (a code the
 * other system does not know: params.code), invalid (anything else).
 */
export const issueCodes = [
  'required',
  'too-small',
  'too-big',
  'wrong-type',
  'invalid-format',
  'not-allowed',
  'unknown-field',
  'unknown-code',
  'invalid'
] as const
export type IssueCode = (typeof issueCodes)[number]

const Params = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
export type ErrorParams = z.infer<typeof Params>

export const FieldIssue = z.object({
  path: z.string(),
  /** Developer words (CLI, logs); the renderer words `code` and `params`. */
  message: z.string(),
  code: z.enum(issueCodes).optional(),
  params: Params.optional()
})
export type FieldIssue = z.infer<typeof FieldIssue>

export const CoreErrorShape = z.object({
  code: z.enum(errorCodes),
  /** Developer words (CLI, logs); the renderer words `code` and `params`. */
  message: z.string(),
  /** What the renderer needs to word the error (not-configured: `missing` settings fields). */
  params: Params.optional(),
  /** Field-level detail (for example which input field failed validation). */
  issues: z.array(FieldIssue).optional()
})
export type CoreErrorShape = z.infer<typeof CoreErrorShape>

export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: CoreErrorShape['issues'],
    options?: { cause?: unknown; params?: ErrorParams }
  ) {
    super(message, options)
    this.name = 'CoreError'
    this.params = options?.params
  }

  readonly params?: ErrorParams

  toShape(): CoreErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {})
    }
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
    ...issueCode(issue)
  }))
}

/** The code and parameters of one zod issue (also for checks that add their own field context). */
export function issueCode(issue: z.core.$ZodIssue): Pick<FieldIssue, 'code' | 'params'> {
  switch (issue.code) {
    case 'too_small':
      return { code: 'too-small', params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      return { code: 'too-big', params: { maximum: Number(issue.maximum) } }
    case 'invalid_type':
      return /received (undefined|null)$/.test(issue.message)
        ? { code: 'required' }
        : { code: 'wrong-type', params: { expected: issue.expected } }
    case 'invalid_format':
      return { code: 'invalid-format', params: { format: issue.format } }
    case 'invalid_value':
      return { code: 'not-allowed', params: { values: issue.values.map(String) } }
    case 'unrecognized_keys':
      return { code: 'unknown-field', params: { keys: issue.keys } }
    default:
      return { code: 'invalid' }
  }
}

/** The error a reply envelope carries, as the CoreError the clients throw. */
export function coreErrorFrom(shape: CoreErrorShape): CoreError {
  return new CoreError(shape.code, shape.message, shape.issues, { params: shape.params })
}
