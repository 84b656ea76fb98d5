import { findArticle, type MplusState } from '../state'
import type { PlainObject } from '../xml-codec'

/**
 * Lines and header totals of every sales document the simulator stores (orders, invoices,
 * receipts, their credits). The server computes the totals from the lines: totals a client sends
 * are ignored, as the documents' `totalInclAmount` / `vatGroupList` are read-only results there
 * ("do not calculate it yourself", WSDL on Receipt.vatGroupList).
 *
 * Assumptions where the reference is silent (reference §10.2, §10.7):
 * - `vatPercentage` is a whole percent (21 = 21 %), as the orders tutorial's discountPercentage.
 * - `price` is the unit price including VAT for VAT-METHOD-INCLUSIVE documents and excluding VAT
 *   otherwise; `discountAmount` is the line's total discount in the same terms, applied before
 *   `discountPercentage`.
 * - A line without vatCode takes its article's vatCode; the percentage comes from the VAT group of
 *   that code for the document's `vatCountryIso3`, else for the branch's country.
 * - Amounts are rounded half away from zero to whole cents, per line; the header is the sum of the
 *   lines (never rounded again).
 */

export function linesOf(document: PlainObject): PlainObject[] {
  return ((document.lineList as PlainObject | undefined)?.line as PlainObject[] | undefined) ?? []
}

function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value))
}

function vatPercentageFor(
  state: MplusState,
  vatCode: number,
  countryIso3: string | undefined,
  branchNumber: number
): number | undefined {
  const branchCountry = state.branches.find((b) => b.branchNumber === branchNumber)?.countryIso3
  for (const country of [countryIso3, branchCountry]) {
    if (country === undefined) continue
    const group = state.vatGroups.find((g) => g.countryIso3 === country && g.vatCode === vatCode)
    if (group) return Number(group.vatPercentage)
  }
  return undefined
}

export interface PricingContext {
  state: MplusState
  branchNumber: number
  vatMethod: string
  vatCountryIso3?: string
  /** -1 for credits: quantities and amounts are negated. */
  sign?: 1 | -1
}

/** Why a line cannot be priced (unknown article or VAT code), or undefined. */
export function lineRefusal(line: PlainObject, context: PricingContext): string | undefined {
  const articleNumber = Number(line.articleNumber)
  const article = findArticle(context.state, articleNumber)
  if (!article) return `Article ${articleNumber} not found`
  const data = line.data as PlainObject | undefined
  const vatCode = Number(data?.vatCode ?? article.vatCode ?? 0)
  if (
    data?.vatPercentage === undefined &&
    vatPercentageFor(context.state, vatCode, context.vatCountryIso3, context.branchNumber) ===
      undefined
  )
    return `No VAT group with code ${vatCode} for article ${articleNumber}`
  return undefined
}

/**
 * The line as the server stores it: article texts filled in, decimalPlaces explicit, VAT code and
 * percentage resolved, and the line totals computed. Call lineRefusal first.
 */
export function pricedLine(
  line: PlainObject,
  context: PricingContext,
  lineId: string
): PlainObject {
  const sign = context.sign ?? 1
  const article: PlainObject = findArticle(context.state, Number(line.articleNumber)) ?? {}
  const input = (line.data as PlainObject | undefined) ?? { quantity: 0 }
  const places = Number(input.decimalPlaces ?? 0)
  const vatCode = Number(input.vatCode ?? article.vatCode ?? 0)
  const vatPercentage = Number(
    input.vatPercentage ??
      vatPercentageFor(context.state, vatCode, context.vatCountryIso3, context.branchNumber) ??
      0
  )
  const inclusive = context.vatMethod === 'VAT-METHOD-INCLUSIVE'
  const price = Number(input.price ?? (inclusive ? article.priceIncl : article.priceExcl) ?? 0)
  const quantity = sign * Number(input.quantity)
  const gross = (price * quantity) / 10 ** places
  const afterAmount = gross - sign * Number(input.discountAmount ?? 0)
  const net = roundCents(afterAmount * (1 - Number(input.discountPercentage ?? 0) / 100))
  const factor = 1 + vatPercentage / 100
  const totalInclAmount = inclusive ? net : roundCents(net * factor)
  const totalExclAmount = inclusive ? roundCents(net / factor) : net
  const { totalInclAmount: _sentIncl, totalExclAmount: _sentExcl, ...sent } = input
  return {
    ...line,
    lineId,
    text: line.text ?? article.description,
    data: {
      ...sent,
      quantity,
      decimalPlaces: places,
      price,
      turnoverGroup: input.turnoverGroup ?? article.turnoverGroup,
      vatCode,
      vatPercentage,
      totalInclAmount,
      totalExclAmount
    }
  }
}

/** Header totals and VAT groups from priced lines. */
export function documentTotals(
  lines: PlainObject[],
  context: PricingContext
): { totalInclAmount: number; totalExclAmount: number; vatGroupList: PlainObject } {
  const groups = new Map<number, PlainObject & { exclAmount: number; vatAmount: number }>()
  let totalInclAmount = 0
  let totalExclAmount = 0
  for (const line of lines) {
    const data = line.data as PlainObject
    const incl = Number(data.totalInclAmount)
    const excl = Number(data.totalExclAmount)
    totalInclAmount += incl
    totalExclAmount += excl
    const vatCode = Number(data.vatCode)
    const group = groups.get(vatCode) ?? {
      branchNumber: context.branchNumber,
      countryIso3:
        context.vatCountryIso3 ??
        context.state.branches.find((b) => b.branchNumber === context.branchNumber)?.countryIso3,
      vatCode,
      vatPercentage: Number(data.vatPercentage),
      exclAmount: 0,
      vatAmount: 0
    }
    group.exclAmount += excl
    group.vatAmount += incl - excl
    groups.set(vatCode, group)
  }
  return { totalInclAmount, totalExclAmount, vatGroupList: { vatGroup: [...groups.values()] } }
}
