import type { PlainObject, PlainValue } from './xml-codec'

/**
 * The simulator's in-memory till. Records are kept in the WSDL's own shape (field names and nesting
 * as in the XSD) so responses are the records themselves; the few fields the simulator reasons about
 * are typed explicitly.
 */

export interface RelationRecord extends PlainObject {
  relationNumber: number
  syncMarker: number
}

export interface ArticleRecord extends PlainObject {
  articleNumber: number
  syncMarker: number
  description?: string
  barcode?: string
  /** cents */
  priceIncl?: number
  active?: boolean
  stockArticle?: boolean
}

export interface ProductRecord extends PlainObject {
  productNumber: number
  syncMarker: number
  articleList: { article: ArticleRecord[] }
  groupNumbers: number[]
}

export interface ArticleGroupRecord {
  groupNumber: number
  /** 0 = top level */
  parentGroupNumber: number
  name: string
  text: string
  sortOrder: number
  syncMarker: number
  productNumbers: number[]
  isDeleted: boolean
}

/** One branch's stock of one article; amounts are scaled integers with their decimal places. */
export interface StockRecord {
  branchNumber: number
  articleNumber: number
  amountFree: number
  amountReserved: number
  amountIncoming: number
  decimalPlaces: number
  stockId: number
  changeTimestamp: PlainObject
  /** Day stock (stock per day, e.g. fresh goods); absent = false. Set by tests, not by the fixture. */
  isDayStockArticle?: boolean
}

export interface OrderRecord extends PlainObject {
  orderId: string
  extOrderId?: string
  syncMarker: number
}

export interface SalesDocumentRecord extends PlainObject {
  syncMarker: number
}

/** One ArticleStockHistory entry (WSDL shape): a change of the free stock of one article. */
export interface StockHistoryRecord extends PlainObject {
  stockId: number
  branchNumber: number
  articleNumber: number
  amountChanged: number
  decimalPlaces: number
  type: string
}

/** A purchase order (PurchaseOrderV2 shape) or a purchase delivery; keyed by `year-number`. */
export interface PurchaseRecord extends PlainObject {
  syncMarker: number
  lineList: { line: PlainObject[] }
}

/** Sequences: one syncMarker counter per entity type (reference §6) plus number generators. */
export interface Counters {
  relationSyncMarker: number
  articleSyncMarker: number
  articleGroupSyncMarker: number
  employeeSyncMarker: number
  orderSyncMarker: number
  invoiceSyncMarker: number
  receiptSyncMarker: number
  purchaseOrderSyncMarker: number
  purchaseDeliverySyncMarker: number
  stockId: number
  nextRelationNumber: number
  nextProductNumber: number
  nextArticleNumber: number
  nextGroupNumber: number
  nextOrderNumber: number
  nextInvoiceNumber: number
  nextReceiptNumber: number
  nextPurchaseOrderNumber: number
  nextPurchaseDeliveryNumber: number
}

/** Counters a state saved by an older simulator lacks start from these. */
const counterDefaults: Pick<
  Counters,
  | 'purchaseOrderSyncMarker'
  | 'purchaseDeliverySyncMarker'
  | 'nextInvoiceNumber'
  | 'nextReceiptNumber'
  | 'nextPurchaseOrderNumber'
  | 'nextPurchaseDeliveryNumber'
> = {
  purchaseOrderSyncMarker: 0,
  purchaseDeliverySyncMarker: 0,
  nextInvoiceNumber: 1,
  nextReceiptNumber: 1,
  nextPurchaseOrderNumber: 1,
  nextPurchaseDeliveryNumber: 1
}

export interface MplusState {
  counters: Counters
  branches: PlainObject[]
  employees: Map<number, PlainObject & { employeeNumber: number; syncMarker: number }>
  vatGroups: PlainObject[]
  turnoverGroups: PlainObject[]
  paymentMethods: PlainObject[]
  deliveryMethods: PlainObject[]
  articleGroups: Map<number, ArticleGroupRecord>
  relations: Map<number, RelationRecord>
  products: Map<number, ProductRecord>
  /** articleNumber → productNumber */
  articleOwners: Map<number, number>
  /** key `${branchNumber}:${articleNumber}` */
  stock: Map<string, StockRecord>
  orders: Map<string, OrderRecord>
  orderIdsByExtOrderId: Map<string, string>
  invoices: Map<string, SalesDocumentRecord>
  receipts: Map<string, SalesDocumentRecord>
  /** Free-stock changes, ascending by stockId (getStockHistory). */
  stockHistory: StockHistoryRecord[]
  /** key `${year}-${number}` of purchaseOrderNumber / purchaseDeliveryNumber */
  purchaseOrders: Map<string, PurchaseRecord>
  purchaseDeliveries: Map<string, PurchaseRecord>
  /** idempotencyKey → the original response body of an idempotent call */
  idempotentResponses: Map<string, PlainObject>
}

/** The serialisable form of a state: what fixtures produce and what `saveState` writes. */
export interface MplusFixture {
  counters: Counters
  branches: PlainObject[]
  employees: PlainObject[]
  vatGroups: PlainObject[]
  turnoverGroups: PlainObject[]
  paymentMethods: PlainObject[]
  deliveryMethods: PlainObject[]
  articleGroups: ArticleGroupRecord[]
  relations: RelationRecord[]
  products: ProductRecord[]
  stock: StockRecord[]
  orders: OrderRecord[]
  invoices: SalesDocumentRecord[]
  receipts: SalesDocumentRecord[]
  /** Absent in states saved before stock history and purchasing were simulated. */
  stockHistory?: StockHistoryRecord[]
  purchaseOrders?: PurchaseRecord[]
  purchaseDeliveries?: PurchaseRecord[]
}

export function stockKey(branchNumber: number, articleNumber: number): string {
  return `${branchNumber}:${articleNumber}`
}

/** The article with this number (through its owning product), if any. */
export function findArticle(state: MplusState, articleNumber: number): ArticleRecord | undefined {
  const owner = state.articleOwners.get(articleNumber)
  if (owner === undefined) return undefined
  return state.products
    .get(owner)
    ?.articleList.article.find((a) => a.articleNumber === articleNumber)
}

export function yearNumberKey(yearNumber: PlainValue | undefined): string {
  const { year, number } = (yearNumber ?? {}) as PlainObject
  return `${Number(year)}-${Number(number)}`
}

export function stateFromFixture(fixture: MplusFixture): MplusState {
  const clone = structuredClone(fixture)
  const products = new Map(clone.products.map((p) => [p.productNumber, p]))
  const articleOwners = new Map<number, number>()
  for (const product of clone.products) {
    for (const article of product.articleList.article)
      articleOwners.set(article.articleNumber, product.productNumber)
  }
  const orders = new Map(clone.orders.map((o) => [o.orderId, o]))
  return {
    counters: { ...counterDefaults, ...clone.counters },
    branches: clone.branches,
    employees: new Map(
      clone.employees.map((e) => [
        Number(e.employeeNumber),
        e as PlainObject & { employeeNumber: number; syncMarker: number }
      ])
    ),
    vatGroups: clone.vatGroups,
    turnoverGroups: clone.turnoverGroups,
    paymentMethods: clone.paymentMethods,
    deliveryMethods: clone.deliveryMethods,
    articleGroups: new Map(clone.articleGroups.map((g) => [g.groupNumber, g])),
    relations: new Map(clone.relations.map((r) => [r.relationNumber, r])),
    products,
    articleOwners,
    stock: new Map(clone.stock.map((s) => [stockKey(s.branchNumber, s.articleNumber), s])),
    orders,
    orderIdsByExtOrderId: new Map(
      clone.orders.filter((o) => o.extOrderId).map((o) => [String(o.extOrderId), o.orderId])
    ),
    invoices: new Map(clone.invoices.map((i) => [String(i.invoiceId), i])),
    receipts: new Map(clone.receipts.map((r) => [String(r.receiptId), r])),
    stockHistory: clone.stockHistory ?? [],
    purchaseOrders: new Map(
      (clone.purchaseOrders ?? []).map((p) => [yearNumberKey(p.purchaseOrderNumber), p])
    ),
    purchaseDeliveries: new Map(
      (clone.purchaseDeliveries ?? []).map((p) => [yearNumberKey(p.purchaseDeliveryNumber), p])
    ),
    idempotentResponses: new Map()
  }
}

export function fixtureFromState(state: MplusState): MplusFixture {
  return structuredClone({
    counters: state.counters,
    branches: state.branches,
    employees: [...state.employees.values()],
    vatGroups: state.vatGroups,
    turnoverGroups: state.turnoverGroups,
    paymentMethods: state.paymentMethods,
    deliveryMethods: state.deliveryMethods,
    articleGroups: [...state.articleGroups.values()],
    relations: [...state.relations.values()],
    products: [...state.products.values()],
    stock: [...state.stock.values()],
    orders: [...state.orders.values()],
    invoices: [...state.invoices.values()],
    receipts: [...state.receipts.values()],
    stockHistory: state.stockHistory,
    purchaseOrders: [...state.purchaseOrders.values()],
    purchaseDeliveries: [...state.purchaseDeliveries.values()]
  })
}

/** Items whose syncMarker is ≥ `from`, ascending, at most `limit` (reference §6; order UNCONFIRMED). */
export function pageBySyncMarker<T extends { syncMarker: number }>(
  items: Iterable<T>,
  from: number,
  limit: number
): T[] {
  const selected: T[] = []
  for (const item of items) if (item.syncMarker >= from) selected.push(item)
  selected.sort((a, b) => a.syncMarker - b.syncMarker)
  return selected.slice(0, limit)
}

export type { PlainValue }
