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
 * The grapheme clusters of `text` from its start, a short window at a time. V8's segmenter (Node
 * 20) pays for the whole string at every step, so walking a megabyte value in one go took
 * minutes and held the run. A window's last cluster may go on past the window: it starts the next
 * one (a cluster longer than a window widens it), so the clusters are those of the whole text.
 */
function* leadingGraphemes(text: string): Generator<string> {
  let start = 0
  let window = 256
  while (start < text.length) {
    const end = Math.min(text.length, start + window)
    let pending: string | undefined
    let complete = 0
    for (const { segment } of graphemes.segment(text.slice(start, end))) {
      if (pending !== undefined) {
        yield pending
        complete += pending.length
      }
      pending = segment
    }
    if (end === text.length) {
      if (pending !== undefined) yield pending
      return
    }
    if (complete === 0) window *= 2
    start += complete
  }
}

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
  const kept: string[] = []
  let size = 0
  for (const segment of leadingGraphemes(text)) {
    const segmentSize = measure(segment)
    if (size + segmentSize > maxLength) break
    kept.push(segment)
    size += segmentSize
  }
  return kept.join('')
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
