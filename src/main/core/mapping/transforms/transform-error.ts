/** A value a transform cannot handle. The message names the value so a shop owner can find the record. */
export class TransformError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TransformError'
  }
}

/** The value as it appears in an error message: quoted text (shortened when long) or its kind. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const chars = [...value]
    return chars.length > 60
      ? `'${chars.slice(0, 57).join('')}…' (${chars.length} characters)`
      : `'${value}'`
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  return Array.isArray(value) ? 'a list' : 'an object'
}

export function requireText(value: unknown, transform: string): string {
  if (typeof value !== 'string') {
    throw new TransformError(`${transform} expects text, got ${showValue(value)}`)
  }
  return value
}
