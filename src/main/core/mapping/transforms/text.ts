import { requireText, showValue, TransformError } from './transform-error'

/** Text transforms: clean-up, limits, case, and the type conversions between text and numbers. */

export function trim(value: unknown): string {
  return requireText(value, 'trim').trim()
}

export function lowercase(value: unknown): string {
  return requireText(value, 'lowercase').toLocaleLowerCase('nl')
}

export function uppercase(value: unknown): string {
  return requireText(value, 'uppercase').toLocaleUpperCase('nl')
}

/** Text before the value; a number is written as its digits first ("SKU-" + 4711). */
export function prefix(value: unknown, text: string): string {
  return `${text}${affixable(value, 'prefix')}`
}

export function suffix(value: unknown, text: string): string {
  return `${affixable(value, 'suffix')}${text}`
}

function affixable(value: unknown, kind: 'prefix' | 'suffix'): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return requireText(value, kind)
}

const graphemes = new Intl.Segmenter('nl', { granularity: 'grapheme' })
const utf8 = new TextEncoder()

/**
 * Cuts text to a target's limit without splitting a character: an emoji, or a letter with a
 * combining accent, is kept whole or dropped whole. `characters` counts Unicode code points;
 * `utf8Bytes` counts encoded bytes (Mailchimp's text merge fields are limited in bytes).
 */
export function truncate(
  value: unknown,
  maxLength: number,
  by: 'characters' | 'utf8Bytes'
): string {
  const text = requireText(value, 'truncate')
  const measure =
    by === 'characters' ? (s: string) => [...s].length : (s: string) => utf8.encode(s).length
  if (measure(text) <= maxLength) return text
  let kept = ''
  let size = 0
  for (const { segment } of graphemes.segment(text)) {
    const segmentSize = measure(segment)
    if (size + segmentSize > maxLength) break
    kept += segment
    size += segmentSize
  }
  return kept
}

/** Refuses anything but digits: Mplus article numbers are numeric and a letter would be rejected there. */
export function digitsOnly(value: unknown): string {
  const text =
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value
  if (typeof text !== 'string' || !/^\d+$/.test(text.trim())) {
    throw new TransformError(`digitsOnly: ${showValue(value)} is not a number made of digits only`)
  }
  return text.trim()
}

export function toInteger(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) {
    const parsed = Number(value.trim())
    if (Number.isSafeInteger(parsed)) return parsed
  }
  throw new TransformError(`toInteger: ${showValue(value)} is not a whole number`)
}

export function toText(value: unknown): string {
  if (typeof value === 'string') return value
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value)
  throw new TransformError(`toString: cannot turn ${showValue(value)} into text`)
}
