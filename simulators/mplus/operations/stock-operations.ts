import { compareSoapDateTimes, soapDateTime } from '../mplus-dates'
import { findArticle, stockKey, type StockHistoryRecord, type StockRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import {
  numbersOf,
  read,
  requestOf,
  rescale,
  write,
  type OperationContext,
  type OperationSpec
} from './context'

function articleStock(record: StockRecord): PlainObject {
  return {
    branchNumber: record.branchNumber,
    articleNumber: record.articleNumber,
    changeTimestamp: record.changeTimestamp,
    stockId: record.stockId,
    amountFree: record.amountFree,
    decimalPlacesFree: record.decimalPlaces,
    amountReserved: record.amountReserved,
    decimalPlacesReserved: record.decimalPlaces,
    amountIncoming: record.amountIncoming,
    decimalPlacesIncoming: record.decimalPlaces,
    // The simulated shop has no composite articles, so no stock line has sub-articles.
    subArticle: [],
    isDayStockArticle: record.isDayStockArticle === true
  }
}

/** Where a change of free stock came from: the ArticleStockHistory type and its document ids. */
export type StockOrigin = PlainObject & { type: StockHistoryRecord['type'] }

const apiOrigin: StockOrigin = { type: 'STOCK-HISTORY-TYPE-API' }

/**
 * Changes one stock record and stamps it with the next stockId (the stock "sync marker"). A change
 * of the free amount is also written to the stock history under the same stockId; reservations and
 * incoming amounts are derived figures, not history (an assumption: the WSDL's history types are
 * all movements of goods).
 */
export function changeStock(
  record: StockRecord,
  context: OperationContext,
  change: (r: StockRecord) => void,
  origin: StockOrigin = apiOrigin
): number {
  const freeBefore = { amount: record.amountFree, places: record.decimalPlaces }
  change(record)
  record.stockId = ++context.state.counters.stockId
  record.changeTimestamp = soapDateTime(context.now())
  const amountChanged =
    record.amountFree - rescale(freeBefore.amount, freeBefore.places, record.decimalPlaces)
  if (amountChanged !== 0) {
    context.state.stockHistory.push({
      stockId: record.stockId,
      timestamp: record.changeTimestamp,
      branchNumber: record.branchNumber,
      articleNumber: record.articleNumber,
      amountChanged,
      decimalPlaces: record.decimalPlaces,
      ...origin
    })
  }
  return record.stockId
}

/** Adds a signed quantity (with its decimal places) to one amount of a branch's article stock. */
export function adjustStock(
  context: OperationContext,
  branchNumber: number,
  articleNumber: number,
  amount: 'amountFree' | 'amountReserved' | 'amountIncoming',
  quantity: number,
  places: number,
  origin?: StockOrigin
): void {
  const record = context.state.stock.get(stockKey(branchNumber, articleNumber))
  if (!record || quantity === 0) return
  changeStock(
    record,
    context,
    (r) => {
      widenDecimals(r, places)
      r[amount] += rescale(quantity, places, r.decimalPlaces)
    },
    origin
  )
}

/** Brings a record to at least `places` decimal places so an amount can be added without rounding. */
export function widenDecimals(record: StockRecord, places: number): void {
  if (places <= record.decimalPlaces) return
  record.amountFree = rescale(record.amountFree, record.decimalPlaces, places)
  record.amountReserved = rescale(record.amountReserved, record.decimalPlaces, places)
  record.amountIncoming = rescale(record.amountIncoming, record.decimalPlaces, places)
  record.decimalPlaces = places
}

type StockWriteOutcome =
  | { record: StockRecord }
  | { failure: 'BRANCH-NOT-FOUND' | 'ARTICLE-NOT-FOUND' | 'NO-STOCK-ARTICLE' }

function stockRecordFor(request: PlainObject, context: OperationContext): StockWriteOutcome {
  const branchNumber = Number(request.branchNumber)
  const articleNumber = Number(request.articleNumber)
  if (!context.state.branches.some((b) => b.branchNumber === branchNumber))
    return { failure: 'BRANCH-NOT-FOUND' }
  const article = findArticle(context.state, articleNumber)
  if (!article) return { failure: 'ARTICLE-NOT-FOUND' }
  if (article.stockArticle === false) return { failure: 'NO-STOCK-ARTICLE' }
  const key = stockKey(branchNumber, articleNumber)
  let record = context.state.stock.get(key)
  if (!record) {
    record = {
      branchNumber,
      articleNumber,
      amountFree: 0,
      amountReserved: 0,
      amountIncoming: 0,
      decimalPlaces: 0,
      stockId: 0,
      changeTimestamp: soapDateTime(context.now())
    }
    context.state.stock.set(key, record)
  }
  return { record }
}

function stockHistory(
  request: PlainObject,
  branchNumbers: number[],
  context: OperationContext
): PlainObject {
  const wanted = numbersOf((request.articleNumbers as PlainObject | undefined)?.articleNumbers)
  const since = Number(request.sinceStockId ?? 0)
  const limit = Number(request.sinceStockIdLimit ?? 0) || Number.MAX_SAFE_INTEGER
  const from = request.fromFinancialDateTime as PlainObject | undefined
  const through = request.throughFinancialDateTime as PlainObject | undefined
  // sinceStockId is read like a syncMarker: entries with a stockId ≥ the value (UNCONFIRMED). The
  // time window compares the entry's timestamp, taken as its financial time (an assumption).
  const entries = context.state.stockHistory.filter(
    (h) =>
      h.stockId >= since &&
      (branchNumbers.length === 0 || branchNumbers.includes(h.branchNumber)) &&
      (wanted.length === 0 || wanted.includes(h.articleNumber)) &&
      (!from || compareSoapDateTimes(h.timestamp as PlainObject, from) >= 0) &&
      (!through || compareSoapDateTimes(h.timestamp as PlainObject, through) <= 0)
  )
  return { articleStockHistory: entries.slice(0, limit) }
}

export const stockOperations: Record<string, OperationSpec> = {
  getStock: read((body, context) => {
    const request = requestOf(body)
    const branches = new Set([
      Number(request.branchNumber),
      ...numbersOf((request.branchNumbers as PlainObject | undefined)?.branchNumber)
    ])
    const wanted = numbersOf((request.articleNumbers as PlainObject | undefined)?.articleNumbers)
    // An empty article list returns every article (UNCONFIRMED, reference §10.8). With stockId the
    // simulator returns records whose stockId is ≥ the value, like syncMarker (UNCONFIRMED).
    const fromStockId = request.stockId === undefined ? undefined : Number(request.stockId)
    const records = [...context.state.stock.values()]
      .filter((r) => branches.has(r.branchNumber))
      .filter((r) => wanted.length === 0 || wanted.includes(r.articleNumber))
      .filter((r) => fromStockId === undefined || r.stockId >= fromStockId)
      .filter((r) => request.dayStockOnlyFilter !== true || r.isDayStockArticle === true)
      .sort((a, b) => a.stockId - b.stockId)
    return { articleStocks: records.map(articleStock) }
  }),
  getStockHistory: read((body, context) => {
    const request = requestOf(body)
    return stockHistory(request, [Number(request.branchNumber)], context)
  }),
  getStockHistoryV2: read((body, context) => {
    const request = requestOf(body)
    return stockHistory(request, numbersOf(request.branchNumbers), context)
  }),
  setStock: write((body, context) => {
    const request = requestOf(body)
    const outcome = stockRecordFor(request, context)
    if ('failure' in outcome) return { result: `SET-STOCK-RESULT-${outcome.failure}` }
    // Missing decimalPlaces is read as 0 (legacy client and docs example; server default UNCONFIRMED).
    const places = Number(request.decimalPlaces ?? 0)
    const stockId = changeStock(outcome.record, context, (r) => {
      widenDecimals(r, places)
      r.amountFree = rescale(Number(request.amount), places, r.decimalPlaces)
    })
    return { result: 'SET-STOCK-RESULT-OK', stockId }
  }),
  updateStock: write((body, context) => {
    const request = requestOf(body)
    const outcome = stockRecordFor(request, context)
    if ('failure' in outcome) return { result: `UPDATE-STOCK-RESULT-${outcome.failure}` }
    const places = Number(request.decimalPlaces ?? 0)
    const stockId = changeStock(outcome.record, context, (r) => {
      widenDecimals(r, places)
      r.amountFree += rescale(Number(request.amountChanged), places, r.decimalPlaces)
    })
    return { result: 'UPDATE-STOCK-RESULT-OK', stockId }
  })
}
