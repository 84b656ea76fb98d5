import { z } from 'zod'

/**
 * What the core says about one record, as codes with parameters the renderer words (nl, en, fr)
 * and the CLI shows as they are. A record's log entry keeps them (`notices`), next to the
 * sentence in `reason` that the CLI and the logs read.
 *
 * Warnings: the record was sent, but not exactly as the source holds it.
 */
export const recordWarningCodes = [
  /** {field, length, maxLength}: the value was cut to the target's length (the rule truncates). */
  'field-truncated',
  /** {field, count}: control characters the target cannot take were removed. */
  'control-characters-removed'
] as const

/** Refusals: why a record was not sent (or why the target refused it). */
export const recordRefusalCodes = [
  /** {field, length, maxLength} */
  'field-too-long',
  /** {field}: a lone surrogate — text a broken export left half a character of. */
  'invalid-unicode',
  /** {field, position}: U+FFFD, a character already lost to a broken encoding on the way. */
  'lost-character',
  /** {field} */
  'field-empty',
  /** {field, expected}: text, a whole number, a number, true/false. */
  'wrong-type',
  /** {field}: NaN or infinity. */
  'not-a-number',
  /** {field, transform}: a transform could not handle the value (a country, a price, digits). */
  'transform-failed',
  /** {field}: the mapped value does not fit the target's shape in another way. */
  'field-invalid',
  /** The record has no id Kassabrug can key it by. */
  'no-usable-id',
  /** {problem}: the source sent the record in a shape Kassabrug cannot read. */
  'source-unreadable',
  /** {email}: not an e-mail address the target accepts. */
  'invalid-email',
  /** A product without articles (Mailchimp needs a variant). */
  'no-articles',
  /** The target refused the record (its answer is in the reason). */
  'target-refused',
  /** The target could not be reached, in every attempt so far. */
  'target-unreachable',
  /**
   * {code}: the target answered something unreadable (NOT_JSON, WRONG_CONTENT_TYPE,
   * EMPTY_RESPONSE, SCHEMA_MISMATCH, RESPONSE_TOO_LARGE, MALFORMED_XML, UNEXPECTED_ELEMENT):
   * whether it did the work is unknown, so the next run looks before it writes again.
   */
  'target-answer-unreadable',
  /** A fault in Kassabrug itself. */
  'internal'
] as const

export const recordNoticeCodes = [...recordWarningCodes, ...recordRefusalCodes] as const
export type RecordWarningCode = (typeof recordWarningCodes)[number]
export type RecordRefusalCode = (typeof recordRefusalCodes)[number]
export type RecordNoticeCode = (typeof recordNoticeCodes)[number]

export const RecordNotice = z.object({
  code: z.enum(recordNoticeCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()]))
})
export type RecordNotice = z.infer<typeof RecordNotice>
export type RecordWarning = RecordNotice & { code: RecordWarningCode }
export type RecordRefusal = RecordNotice & { code: RecordRefusalCode }

const warningSet: ReadonlySet<string> = new Set(recordWarningCodes)
export function isWarning(notice: RecordNotice): notice is RecordWarning {
  return warningSet.has(notice.code)
}
