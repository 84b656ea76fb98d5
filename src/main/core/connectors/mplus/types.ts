/**
 * Domain types of the MplusQapi connector, with the WSDL's field names. Differences from the wire,
 * applied consistently: list wrappers are flattened (`articleList: MplusArticle[]` for
 * `<articleList><article/>…</articleList>`), dates are ISO strings (`YYYY-MM-DD`, or ISO 8601 with
 * offset for date-times), money stays integer cents, quantities keep their `decimalPlaces` (always
 * filled; a missing value is read as 0 — server default UNCONFIRMED, reference §5).
 */

import type { z } from 'zod'
import type * as schemas from './response-schemas'

export type IsoDate = string
export type IsoDateTime = string

export type MplusVatMethod =
  'VAT-METHOD-INCLUSIVE' | 'VAT-METHOD-EXCLUSIVE' | 'VAT-METHOD-SHIFTED' | 'VAT-METHOD-NONE'

/** The reference data, described once by their zod schemas (response-schemas.ts). */
export type MplusApiVersion = z.output<typeof schemas.apiVersionSchema>
export type MplusBranch = z.output<typeof schemas.branchSchema>
export type MplusEmployee = z.output<typeof schemas.employeeSchema>
export type MplusVatGroup = z.output<typeof schemas.vatGroupSchema>
export type MplusTurnoverGroup = z.output<typeof schemas.turnoverGroupSchema>
export type MplusPaymentMethod = z.output<typeof schemas.paymentMethodSchema>
export type MplusDeliveryMethod = z.output<typeof schemas.deliveryMethodSchema>
export type { MplusArticleGroup } from './response-schemas'
export type MplusCurrentSyncMarkers = z.output<typeof schemas.currentSyncMarkersSchema>

/** Writable relation fields (what createRelation / updateRelation / findRelationV2 send). */
export interface MplusRelationFields {
  extRelationId?: string
  active?: boolean
  name?: string
  address?: string
  zipcode?: string
  city?: string
  country?: string
  deliveryAddress?: string
  deliveryZipcode?: string
  deliveryCity?: string
  deliveryCountry?: string
  contact?: string
  telephone?: string
  mobile?: string
  email?: string
  website?: string
  birthDate?: IsoDate
  relationCode?: string
  priceGroupNumber?: number
  discountPercentage?: number
  categoryIds?: number[]
  cardNumber?: string
  bankAccountNumber?: string
  /** cents */
  creditLimit?: number
  paymentWithinDays?: number
  vatNumber?: string
  commerceNumber?: string
  extraText?: string
  defaultVatMethod?: MplusVatMethod
  /** Contact persons of a company (nested relations; semantics UNCONFIRMED, reference §7.2). */
  contactList?: MplusRelationFields[]
  companyName?: string
  reminderEmail?: string
}

export interface MplusRelation extends MplusRelationFields {
  relationNumber: number
  syncMarker: number
  createTimestamp?: IsoDateTime
  changeTimestamp?: IsoDateTime
  categoryIds: number[]
  contactList: MplusRelationFields[]
}

export interface MplusArticleFields {
  /** Numeric (xsd:long); omit to let the server assign one. */
  articleNumber?: number
  extArticleId?: string
  pluNumber?: string
  active?: boolean
  description?: string
  colour?: string
  colourSequenceNumber?: number
  size?: string
  sizeSequenceNumber?: number
  invoiceText?: string
  receiptText?: string
  displayText?: string
  barcode?: string
  brandName?: string
  extraText?: string
  turnoverGroup?: number
  vatCode?: number
  vatPercentage?: number
  /** cents */
  purchasePrice?: number
  /** cents */
  priceIncl?: number
  /** cents */
  priceExcl?: number
  supplierArticleNumber?: string
  webshop?: boolean
  categoryIds?: number[]
  stockArticle?: boolean
  discontinued?: boolean
}

export interface MplusArticle extends MplusArticleFields {
  articleNumber: number
  syncMarker?: number
  createTimestamp?: IsoDateTime
  changeTimestamp?: IsoDateTime
  categoryIds: number[]
}

export interface MplusProductFields {
  productNumber?: number
  description?: string
  extraText?: string
  groupNumbers?: number[]
  articleList: MplusArticleFields[]
}

export interface MplusProduct {
  productNumber: number
  syncMarker?: number
  description?: string
  extraText?: string
  groupNumbers: number[]
  articleList: MplusArticle[]
}

/** Stock of one article at one branch; amounts are scaled integers (see decimalPlaces*). */
/** One branch's stock of one article: each amount scaled by its own decimalPlaces. */
export interface MplusStockAmounts {
  branchNumber?: number
  articleNumber: number
  stockId: number
  changeTimestamp?: IsoDateTime
  /** "available stock that can be safely sold" */
  amountFree: number
  decimalPlacesFree: number
  /** reserved in undelivered orders */
  amountReserved: number
  decimalPlacesReserved: number
  /** incoming through purchase orders */
  amountIncoming: number
  decimalPlacesIncoming: number
}

export interface MplusStockLine extends MplusStockAmounts {
  isDayStockArticle: boolean
  /** One level deep; the caller decides how (or whether) they count. */
  subArticles: MplusStockAmounts[]
}

export type MplusStockHistoryType =
  | 'STOCK-HISTORY-TYPE-API'
  | 'STOCK-HISTORY-TYPE-CORRECTION'
  | 'STOCK-HISTORY-TYPE-DELIVERY'
  | 'STOCK-HISTORY-TYPE-INTERNAL-DELIVERY'
  | 'STOCK-HISTORY-TYPE-INTERNAL-SHIPMENT'
  | 'STOCK-HISTORY-TYPE-MANUAL'
  | 'STOCK-HISTORY-TYPE-SALES'
  | 'STOCK-HISTORY-TYPE-UNKNOWN'

/** A movement of free stock (getStockHistoryV2), scaled by decimalPlaces. */
export interface MplusStockHistoryEntry {
  stockId: number
  timestamp: IsoDateTime
  branchNumber?: number
  articleNumber: number
  amountChanged: number
  decimalPlaces: number
  type: MplusStockHistoryType
  orderId?: string
  invoiceId?: string
  receiptId?: string
}

/** The markers getCurrentSyncMarkersV2 can be asked for, by their response names. */
export type MplusSyncMarkerName =
  | 'articleSyncMarker'
  | 'articleGroupSyncMarker'
  | 'relationSyncMarker'
  | 'employeeSyncMarker'
  | 'invoiceSyncMarker'
  | 'receiptSyncMarker'
  | 'orderSyncMarker'
  | 'stockId'
  | 'purchaseOrderSyncMarker'
  | 'purchaseDeliverySyncMarker'

/** What setStock and updateStock share; amounts are scaled by decimalPlaces (missing = 0). */
export interface MplusStockChange {
  branchNumber: number
  articleNumber: number
  decimalPlaces?: number
  employeeNumber?: number
  reference?: string
}

export interface MplusAddress {
  addressId?: string
  name?: string
  contact?: string
  address?: string
  zipcode?: string
  city?: string
  country?: string
  label?: string
  companyName?: string
}

export interface MplusLineData {
  quantity: number
  decimalPlaces: number
  deliveredQuantity?: number
  deliveredDecimalPlaces?: number
  /** cents; incl. VAT for VAT-METHOD-INCLUSIVE orders (exclusive case UNCONFIRMED, reference §10.7) */
  price?: number
  priceExcl?: number
  turnoverGroup?: number
  vatCode?: number
  vatPercentage?: number
  discountPercentage?: number
  /** cents */
  discountAmount?: number
  totalInclAmount?: number
  totalExclAmount?: number
}

export interface MplusOrderLine {
  lineId?: string
  employeeNumber?: number
  articleNumber: number
  pluNumber?: string
  text?: string
  data?: MplusLineData
}

export interface MplusPayment {
  paymentId?: string
  method: string
  description?: string
  /** cents */
  amount: number
  externalReference?: string
}

export interface MplusYearNumber {
  year: number
  number: number
}

/** A document's VAT per code, as the server computed it. */
export interface MplusDocumentVatGroup {
  vatCode: number
  vatPercentage: number
  /** cents */
  exclAmount?: number
  /** cents */
  vatAmount?: number
}

/** Order header fields a client may set (MplusOrderInput) and reads back (MplusOrder). */
interface MplusOrderHeader {
  orderType?: string
  entryBranchNumber?: number
  employeeNumber?: number
  entryTimestamp?: IsoDateTime
  relationNumber?: number
  deliveryAddress?: MplusAddress
  invoiceAddress?: MplusAddress
  financialDate?: IsoDate
  financialBranchNumber?: number
  workplaceNumber?: number
  reference?: string
  vatMethod?: MplusVatMethod
  deliveryMethod?: string
  paymentMethod?: string
  vatCountryIso3?: string
}

export interface MplusOrder extends MplusOrderHeader {
  orderId: string
  extOrderId?: string
  syncMarker?: number
  employeeName?: string
  relationName?: string
  totalInclAmount?: number
  totalExclAmount?: number
  prepaidAmount?: number
  fullyPaid?: boolean
  deliveryState?: string
  cancelState?: string
  completeState?: string
  orderNumber?: MplusYearNumber
  invoiceIds: string[]
  vatGroupList: MplusDocumentVatGroup[]
  lineList: MplusOrderLine[]
  paymentList: MplusPayment[]
}

export interface MplusOrderLineInput {
  articleNumber: number
  pluNumber?: string
  text?: string
  data: Omit<MplusLineData, 'decimalPlaces' | 'deliveredQuantity' | 'deliveredDecimalPlaces'> & {
    decimalPlaces?: number
  }
}

export interface MplusOrderInput extends MplusOrderHeader {
  /** Your unique id for the order (never reusable, reference §7.5). */
  extOrderId: string
  relationNumber: number
  /** 999999 is the commonly used superuser (UNCONFIRMED as a general rule). */
  employeeNumber: number
  lineList: MplusOrderLineInput[]
}

/**
 * createOrderOnce: `created` — this call (or an earlier one with the same idempotency key) made
 * the order; `existing` — an order with this extOrderId was there already (linked, not an error).
 */
export type MplusOrderOnceResult =
  | { outcome: 'created'; orderId: string; order?: MplusOrder; replayed: boolean }
  | { outcome: 'existing'; orderId: string; order: MplusOrder }

export interface MplusCreateOrderResult {
  orderId: string
  orderString: string
  /** Absent for createOrder (V1 returns no order). */
  order?: MplusOrder
  /** createOrderV3 only: whether this answer is a replay of an earlier call with the same key. */
  replayed?: boolean
  invoiceId?: string
  payResult?: string
}

interface SalesDocumentBase {
  syncMarker?: number
  orderIds: string[]
  extOrderIds: string[]
  employeeNumber?: number
  employeeName?: string
  entryTimestamp?: IsoDateTime
  relationNumber?: number
  relationName?: string
  financialDate?: IsoDate
  financialBranchNumber?: number
  workplaceNumber?: number
  totalInclAmount?: number
  totalExclAmount?: number
  vatMethod?: MplusVatMethod
  paidAmount?: number
  vatGroupList: MplusDocumentVatGroup[]
  lineList: MplusOrderLine[]
  paymentList: MplusPayment[]
}

export interface MplusInvoice extends SalesDocumentBase {
  invoiceId?: string
  extInvoiceId?: string
  invoiceNumber?: MplusYearNumber
  invoiceType?: string
  state?: string
  finalized?: boolean
  /** On a credit invoice: the invoice it credits. */
  creditedInvoiceId?: string
}

export interface MplusReceipt extends SalesDocumentBase {
  receiptId: string
  extReceiptId?: string
  receiptNumber?: { branchNumber: number; workplaceNumber: number; year: number; number: number }
  receiptType: string
  state: string
  /** On a credit receipt: the receipt it credits. */
  creditedReceiptId?: string
}

/** One page of a syncMarker-paged list and the marker to checkpoint once it is processed. */
export interface MplusPage<T> {
  items: T[]
  /** Highest syncMarker (or stockId) in this page, or the input marker − 1 when the page is empty. */
  syncMarker: number
}
