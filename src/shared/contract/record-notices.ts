import { z } from 'zod'

/**
 * What the core says about one record, as codes with parameters that the renderer, the tray and
 * the CLI word the same way (nl, en, fr). A record's log entry keeps them (`notices`), so an old
 * entry re-words when the language changes; `reason` keeps the developer sentence (detail).
 *
 * Warnings: the record was sent, but not exactly as the source holds it, or with something the
 * shop owner should know.
 */
export const recordWarningCodes = [
  /** {field, length, maxLength}: the value was cut to the target's length (the rule truncates). */
  'field-truncated',
  /** {field, count}: control characters the target cannot take were removed. */
  'control-characters-removed',
  /** {system, detail}: a retry could not read the source, so the copy stored at the last attempt was sent. */
  'source-unread-stored-copy-used',
  /** {date}: the source dates the record's last change in the future; it is read again each run until then. */
  'changed-in-future',
  /** {articles}: lines of articles not for sale were left out of the order (the totals are the till's). */
  'lines-left-out',
  /** {email, count, relations, linked}: several relations share the e-mail; linked to the lowest number. */
  'several-relations',
  /** {order, till, mailchimp} (euros): MplusKASSA totals the imported order differently. */
  'till-total-differs',
  /** {order, orderId, status}: changed in Mailchimp after import; the till's order is left as it is. */
  'changed-after-import',
  /** {order, orderId}: cancelled in Mailchimp after import; the till's order is left as it is. */
  'cancelled-after-import'
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
  'internal',
  /** {employee}: the orders-in employee number is not an employee of the till. */
  'unknown-employee',
  /** {article}: a sale's article is no longer in MplusKASSA. */
  'article-gone',
  /** {article}: stock figures too large to count. */
  'stock-too-large',
  /** {discount, largest} (euros): the order's own discount is more than its largest line. */
  'order-discount-too-large',
  /** {shipping} (euros): shipping cost, and no shipping article in the orders-in settings. */
  'no-shipping-article',
  /** {total, stated} (euros): the lines, shipping and discounts do not add up to the order's total. */
  'order-total-differs',
  /** The products mapping does not fill the variant SKU from one article field. */
  'sku-not-mapped'
] as const

/**
 * Why the flow's own rule left a record alone (skipped, with the reason on its log row). The
 * params name the record: {order}, {sale}, {product}, {article}.
 */
export const recordSkipCodes = [
  /** {target}: what the mapping makes of it is what was last sent (a dry run says so; a run counts it unchanged). */
  'unchanged',
  /** {order}: a till sale Kassabrug itself sent to Mailchimp: it is in MplusKASSA already. */
  'till-sale',
  /** {order} */
  'order-cancelled',
  /** {order, status}: a financial status the orders-in settings do not import. */
  'status-not-imported',
  /** {order, date}: placed before the orders-in start date. */
  'placed-before',
  /** A till sale without a customer with an e-mail address. */
  'no-customer',
  /** Nothing to send: no line with a quantity. */
  'no-lines',
  /** {articles}: only articles not for sale, which Mailchimp does not have. */
  'only-not-for-sale',
  /** {sale}: a credit whose sale MplusKASSA does not find. */
  'credit-without-sale',
  /** {sale}: a credit whose sale never went to Mailchimp. */
  'credit-sale-not-sent',
  /** {product}: no active article, so not created in Mailchimp. */
  'no-active-article',
  /** {article}: a day-stock article (its stock restarts every day). */
  'day-stock-article',
  /** {article, parts}: made of sub-articles, whose stock MplusKASSA keeps instead. */
  'made-of-parts',
  /**
   * {system}: on a retry, the source no longer has the record under its key (deleted, or its key
   * changed: a member's corrected e-mail address); its stored copy is stale, so it is not sent.
   */
  'gone-from-source'
] as const

/** Why a record waits for another one (and, after `still-waiting`, needs attention). */
export const recordWaitCodes = [
  /** {product, variant}: an order line whose Mailchimp variant has no SKU. */
  'line-without-sku',
  /** {product, sku}: an order line whose SKU is no article in MplusKASSA (yet). */
  'article-not-in-till',
  /** {product, article}: the sale's product is not in Mailchimp yet (the products flow adds it). */
  'product-not-in-mailchimp',
  /** {sale}: the sale this credit refunds is not in Mailchimp yet. */
  'refunded-sale-not-sent',
  /** {article}: the article's product is not in Mailchimp yet; its stock follows. */
  'stock-product-not-synced',
  /** {runs}: a bounded wait that has lasted this many runs: it needs attention now. */
  'still-waiting'
] as const

export const recordNoticeCodes = [
  ...recordWarningCodes,
  ...recordRefusalCodes,
  ...recordSkipCodes,
  ...recordWaitCodes
] as const
export type RecordWarningCode = (typeof recordWarningCodes)[number]
export type RecordRefusalCode = (typeof recordRefusalCodes)[number]
export type RecordNoticeCode = (typeof recordNoticeCodes)[number]
export type RecordSkipCode = (typeof recordSkipCodes)[number]
export type RecordWaitCode = (typeof recordWaitCodes)[number]

export const RecordNotice = z.object({
  code: z.enum(recordNoticeCodes),
  params: z.record(z.string(), z.union([z.string(), z.number()]))
})
export type RecordNotice = z.infer<typeof RecordNotice>
export type RecordWarning = RecordNotice & { code: RecordWarningCode }
export type RecordRefusal = RecordNotice & { code: RecordRefusalCode }
export type RecordSkip = RecordNotice & { code: RecordSkipCode }
export type RecordWait = RecordNotice & { code: RecordWaitCode }

const warningSet: ReadonlySet<string> = new Set(recordWarningCodes)
export function isWarning(notice: RecordNotice): notice is RecordWarning {
  return warningSet.has(notice.code)
}
