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

type Output<T extends z.ZodType> = z.output<T>

/**
 * What a client sends of a described type: the fields the server does not fill (those are
 * `.readonly()` in the schema), each as it reads back. Nested types stay as they read back too;
 * an input type that sends a nested one replaces that field with the nested type's own input.
 */
type Sent<T extends z.ZodObject> = Output<
  z.ZodObject<{
    [K in keyof T['shape'] as T['shape'][K] extends z.ZodReadonly ? never : K]: T['shape'][K]
  }>
>

export type MplusVatMethod = Output<typeof schemas.vatMethod>

/** The reference data, described once by their zod schemas (response-schemas.ts). */
export type MplusApiVersion = Output<typeof schemas.apiVersionSchema>
export type MplusBranch = Output<typeof schemas.branchSchema>
export type MplusEmployee = Output<typeof schemas.employeeSchema>
export type MplusVatGroup = Output<typeof schemas.vatGroupSchema>
export type MplusTurnoverGroup = Output<typeof schemas.turnoverGroupSchema>
export type MplusPaymentMethod = Output<typeof schemas.paymentMethodSchema>
export type MplusDeliveryMethod = Output<typeof schemas.deliveryMethodSchema>
export type { MplusArticleGroup } from './response-schemas'
/** The markers getCurrentSyncMarkersV2 can be asked for, by their response names. */
export type MplusSyncMarkerName = keyof Output<typeof schemas.currentSyncMarkersV2Schema>

/** Relations, products with their articles, and stock: likewise. */
export type MplusRelation = Output<typeof schemas.relationSchema>
/** Writable relation fields (what createRelation / updateRelation / findRelationV2 send). */
export type MplusRelationFields = Partial<Sent<typeof schemas.contactSchema>> & {
  /** Contact persons of a company (nested relations; semantics UNCONFIRMED, reference §7.2). */
  contactList?: MplusRelationFields[]
}

export type MplusArticle = Output<typeof schemas.articleSchema>
/** articleNumber (xsd:long) may be left out to let the server assign one. */
export type MplusArticleFields = Partial<Sent<typeof schemas.articleSchema>>

export type MplusProduct = Output<typeof schemas.productSchema>
export type MplusProductFields = Partial<
  Omit<Sent<typeof schemas.productSchema>, 'articleList'>
> & {
  articleList: MplusArticleFields[]
}

export type MplusStockAmounts = Output<typeof schemas.stockAmountsSchema>
export type MplusStockLine = Output<typeof schemas.stockLineSchema>
/** A stock write without its amount; amounts are scaled by decimalPlaces (missing = 0). */
export type MplusStockChange = Omit<Output<typeof schemas.setStockRequestSchema>, 'amount'>

/** Orders and the completed sales (invoices, receipts): likewise. */
export type MplusAddress = Output<typeof schemas.addressSchema>
export type MplusLineData = Output<typeof schemas.lineDataSchema>
export type MplusOrderLine = Output<typeof schemas.lineSchema>
export type MplusPayment = Output<typeof schemas.paymentSchema>
export type MplusYearNumber = Output<typeof schemas.yearNumber>
/** A document's VAT per code, as the server computed it. */
export type MplusDocumentVatGroup = Output<typeof schemas.documentVatGroupSchema>
export type MplusOrder = Output<typeof schemas.orderSchema>
export type MplusInvoice = Output<typeof schemas.invoiceSchema>
export type MplusReceipt = Output<typeof schemas.receiptSchema>

export type MplusOrderLineInput = Omit<Sent<typeof schemas.lineSchema>, 'data'> & {
  data: Omit<Sent<typeof schemas.lineDataSchema>, 'decimalPlaces'> & { decimalPlaces?: number }
}

/** orderId is sent empty (the server assigns it); the fields an order must have are required. */
export type MplusOrderInput = Omit<
  Sent<typeof schemas.orderSchema>,
  'orderId' | 'extOrderId' | 'relationNumber' | 'employeeNumber' | 'lineList'
> & {
  extOrderId: string
  relationNumber: number
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

/** One page of a syncMarker-paged list and the marker to checkpoint once it is processed. */
export interface MplusPage<T> {
  items: T[]
  /** Highest syncMarker (or stockId) in this page, or the input marker − 1 when the page is empty. */
  syncMarker: number
}
