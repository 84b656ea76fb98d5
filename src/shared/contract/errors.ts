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

export const CoreErrorShape = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Field-level detail (for example which input field failed validation). */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional()
})
export type CoreErrorShape = z.infer<typeof CoreErrorShape>

export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: CoreErrorShape['issues'],
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'CoreError'
  }

  toShape(): CoreErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {})
    }
  }
}

export function issuesFromZod(error: z.ZodError): NonNullable<CoreErrorShape['issues']> {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
}
