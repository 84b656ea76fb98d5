import { isPlainObject } from '../record-path'
import { requireText, showValue, TransformError } from './transform-error'

/**
 * One address line ↔ street, house number and suffix, for Dutch ("Kerkstraat 12-A"), Belgian
 * ("Rue de la Loi 16 bis", "Rue Haute 5 bte 3") and French ("12 rue de Rivoli", "12bis rue …")
 * habits. The house number is the last number in the line that is followed by nothing but a short
 * suffix, so street names that contain numbers ("Laan 1940-1945 12", "1e Jan Steenstraat 5")
 * keep them.
 */

export interface StreetParts {
  street: string
  houseNumber: string
  suffix: string
}

export type StreetPart = keyof StreetParts

const suffixPattern = String.raw`(?:bus|bte|boîte|boite)\s*\d+\p{L}?|bis|ter|quater|[\p{L}\d]{1,4}`
const numberLast = new RegExp(
  String.raw`^(.+?)[\s,]+(\d+)(?:\s*[-/]\s*|\s+)?(${suffixPattern})?$`,
  'iu'
)
const numberFirst = /^(\d+)(?:\s*(bis|ter|quater|[a-z])\b)?\s*,?\s+(\D.*)$/iu

export function parseStreetLine(line: string): StreetParts | null {
  const text = line.trim().replace(/\s+/gu, ' ')
  const last = numberLast.exec(text)
  if (last)
    return { street: last[1].replace(/[\s,]+$/u, ''), houseNumber: last[2], suffix: last[3] ?? '' }
  const first = numberFirst.exec(text)
  if (first) return { street: first[3], houseNumber: first[1], suffix: first[2] ?? '' }
  return null
}

export function splitStreet(
  value: unknown,
  part: StreetPart,
  onMissingNumber: 'error' | 'empty'
): string {
  const line = requireText(value, 'splitStreet')
  const parts = parseStreetLine(line)
  if (parts) return parts[part]
  if (onMissingNumber === 'error') {
    throw new TransformError(`splitStreet: no house number found in ${showValue(line)}`)
  }
  return part === 'street' ? line.trim() : ''
}

/** The reverse: `{street, houseNumber, suffix}` (or `[street, houseNumber, suffix]`) → one line. */
export function joinStreet(value: unknown, numberFirst: boolean, suffixSeparator: string): string {
  const parts = streetPartsOf(value)
  const street = parts.street.trim()
  const number = parts.houseNumber.trim()
  const suffix = parts.suffix.trim()
  if (street === '') throw new TransformError('joinStreet: the street is empty')
  if (number === '') return street
  if (numberFirst) return `${number}${suffix ? ` ${suffix}` : ''} ${street}`
  return `${street} ${number}${suffix ? `${suffixSeparator}${suffix}` : ''}`
}

function streetPartsOf(value: unknown): StreetParts {
  const [street, houseNumber, suffix] = Array.isArray(value)
    ? value
    : isPlainObject(value)
      ? [value.street, value.houseNumber, value.suffix]
      : []
  const asText = (part: unknown): string | null =>
    part === undefined || part === null
      ? ''
      : typeof part === 'string' || typeof part === 'number'
        ? String(part)
        : null
  const texts = [asText(street), asText(houseNumber), asText(suffix)]
  if (texts.some((text) => text === null) || (!Array.isArray(value) && !isPlainObject(value))) {
    throw new TransformError(
      `joinStreet expects {street, houseNumber, suffix} or [street, houseNumber, suffix], got ${showValue(value)}`
    )
  }
  return { street: texts[0] ?? '', houseNumber: texts[1] ?? '', suffix: texts[2] ?? '' }
}
