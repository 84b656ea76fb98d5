import type { FieldError } from './problem'
import type { MergeFieldRecord } from './state'

const anyOfMismatch = 'Data did not match any of the schemas described in anyOf.'

/**
 * Checks merge-field values against the list's field definitions the way the API does: an
 * ADDRESS must be an object with addr1, city, state and zip (state may be empty, as Dutch
 * addresses have none), numbers must be numbers, text is cut at 255 bytes.
 */
export function normaliseMergeValues(
  definitions: readonly MergeFieldRecord[],
  values: Record<string, unknown>,
  errors: FieldError[]
): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const [tag, value] of Object.entries(values)) {
    const definition = definitions.find((field) => field.tag === tag)
    const field = `merge_fields.${tag}`
    if (!definition) continue
    if (definition.type === 'address') {
      if (value === '') result[tag] = ''
      else if (isAddress(value)) result[tag] = { addr2: '', country: '', ...value }
      else errors.push({ field, message: anyOfMismatch })
    } else if (definition.type === 'number') {
      if (typeof value === 'number' || value === '') result[tag] = value
      else errors.push({ field, message: 'Please enter a number.' })
    } else if (typeof value === 'string' || typeof value === 'number') {
      result[tag] = truncateBytes(String(value), 255)
    } else {
      errors.push({
        field,
        message:
          'Schema describes string, ' +
          (Array.isArray(value) ? 'array' : typeof value) +
          ' found instead'
      })
    }
  }
  return result
}

function isAddress(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const address = value as Record<string, unknown>
  const filled = (key: string): boolean =>
    typeof address[key] === 'string' && (address[key] as string).trim() !== ''
  const optionalString = (key: string): boolean =>
    address[key] === undefined || typeof address[key] === 'string'
  return (
    filled('addr1') &&
    filled('city') &&
    filled('zip') &&
    typeof address.state === 'string' &&
    optionalString('addr2') &&
    optionalString('country')
  )
}

function truncateBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= maxBytes) return text
  // Cutting inside a multi-byte character leaves a replacement char; drop it.
  return bytes
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '')
}

/** Required fields a new member lacks, as "Please enter a value" per tag. */
export function missingRequiredMergeFields(
  definitions: readonly MergeFieldRecord[],
  values: Record<string, unknown>
): FieldError[] {
  return definitions
    .filter(
      (field) => field.required && (values[field.tag] === undefined || values[field.tag] === '')
    )
    .map((field) => ({ field: field.tag, message: 'Please enter a value' }))
}
