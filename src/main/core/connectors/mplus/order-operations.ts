import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { ConnectorError } from '../connector-error'
import { soapDateFromIso } from './mplus-values'
import { defaultPageSize, iterateBySyncMarker as iterate, type PagingOptions } from './paging'
import * as schemas from './response-schemas'
import type { MplusCalls } from './soap-call'
import type { WireObject } from './soap-xml'
import type {
  IsoDate,
  MplusCreateOrderResult,
  MplusInvoice,
  MplusOrder,
  MplusOrderInput,
  MplusOrderOnceResult,
  MplusPage,
  MplusPayment,
  MplusReceipt
} from './types'
import { orderToWire } from './wire-mapping'

export interface SalesDocumentOptions extends PagingOptions {
  relationNumbers?: number[]
  /** financial branches */
  branchNumbers?: number[]
  /** inclusive, ISO dates */
  fromFinancialDate?: IsoDate
  throughFinancialDate?: IsoDate
  /** false = headers only (default: lines included) */
  includeLineList?: boolean
}

function wireDate(isoDate: IsoDate | undefined): WireObject | undefined {
  return isoDate === undefined ? undefined : { ...soapDateFromIso(isoDate) }
}

/** The filters orders, invoices and receipts share (the two TextLists are schema-required). */
function salesRequest(options: SalesDocumentOptions): WireObject {
  return {
    syncMarker: options.fromSyncMarker ?? 1,
    syncMarkerLimit: options.syncMarkerLimit ?? defaultPageSize,
    fromFinancialDate: wireDate(options.fromFinancialDate),
    throughFinancialDate: wireDate(options.throughFinancialDate),
    branchNumbers: options.branchNumbers,
    relationNumbers: options.relationNumbers,
    articlePluNumbers: {},
    articleBarcodes: {},
    includeLineList: options.includeLineList
  }
}

/** Orders (the idempotent create, lookups, paging) and the completed sales: invoices and receipts. */
export function orderOperations({ call, confirmed }: MplusCalls) {
  const operations = {
    /**
     * Idempotent create (+ optional payment). The same idempotencyKey returns the first answer and
     * creates nothing, so this call is retried on any transient failure.
     */
    async createOrderV3(
      order: MplusOrderInput,
      options: { idempotencyKey?: string; prepay?: boolean; paymentList?: MplusPayment[] } = {}
    ): Promise<MplusCreateOrderResult> {
      const request = {
        idempotencyKey: options.idempotencyKey ?? randomUUID(),
        order: orderToWire('createOrderV3', order),
        prepay: options.prepay,
        paymentList: options.paymentList
          ? { payment: options.paymentList.map((p) => ({ ...p })) }
          : undefined
      }
      const response = await confirmed(
        'call',
        'createOrderV3',
        { request },
        z.object({
          idempotencyResult: schemas.resultEnums.idempotency,
          result: schemas.resultEnums.createOrder,
          order: schemas.orderSchema.optional(),
          errorMessage: schemas.text.optional(),
          info: schemas.createOrderInfoSchema,
          payResult: schemas.text.optional(),
          invoiceId: schemas.text.optional()
        }),
        'CREATE-ORDER-RESULT-OK'
      )
      return {
        orderId: response.info.orderId,
        orderString: response.info.orderString,
        order: response.order,
        replayed: response.idempotencyResult === 'IDEMPOTENCY-RESULT-REPLAY-RESPONSE',
        invoiceId: response.invoiceId,
        payResult: response.payResult
      }
    },

    /**
     * Creates the order at most once: the idempotency key (derive it from the source order) makes
     * a retry after a lost answer a replay, and an order whose extOrderId exists already — from an
     * earlier run, another key, or made by hand — is returned as `existing` (found with findOrder),
     * never as a failure. Any other refusal is a business ConnectorError.
     */
    async createOrderOnce(
      order: MplusOrderInput,
      idempotencyKey: string
    ): Promise<MplusOrderOnceResult> {
      try {
        const created = await operations.createOrderV3(order, { idempotencyKey })
        return {
          outcome: 'created',
          orderId: created.orderId,
          order: created.order,
          replayed: created.replayed === true
        }
      } catch (error) {
        if (
          !(error instanceof ConnectorError) ||
          error.details.code !== 'CREATE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS'
        )
          throw error
        const existing = await operations.findOrder(order.extOrderId)
        if (!existing)
          throw new ConnectorError(
            'invalid-response',
            'mplus',
            `createOrderV3 said extOrderId ${order.extOrderId} exists, but findOrder does not find it`,
            { operation: 'findOrder', code: 'EXT_ORDER_ID_NOT_FOUND' }
          )
        return { outcome: 'existing', orderId: existing.orderId, order: existing }
      }
    },

    /** By extOrderId; null when there is none. */
    async findOrder(extOrderId: string): Promise<MplusOrder | null> {
      return orderOrNull(await call('findOrder', { extOrderId }, orderResponse))
    },

    /** By the server's orderId; null when there is none. */
    async getOrder(orderId: string): Promise<MplusOrder | null> {
      return orderOrNull(await call('getOrder', { orderId }, orderResponse))
    },

    async getOrders(
      options: SalesDocumentOptions & { orderIds?: string[] } = {}
    ): Promise<MplusOrder[]> {
      return call(
        'getOrders',
        { request: { ...salesRequest(options), orderIds: options.orderIds } },
        ordersResponse
      )
    },

    iterateOrders(options: SalesDocumentOptions = {}): AsyncGenerator<MplusPage<MplusOrder>> {
      return iterate('getOrders', options, (paging) =>
        operations.getOrders({ ...options, ...paging })
      )
    },

    async getInvoices(options: SalesDocumentOptions = {}): Promise<MplusInvoice[]> {
      return call(
        'getInvoices',
        { request: salesRequest(options) },
        schemas.listResponse('invoiceList', 'invoice', schemas.invoiceSchema)
      )
    },

    iterateInvoices(options: SalesDocumentOptions = {}): AsyncGenerator<MplusPage<MplusInvoice>> {
      return iterate('getInvoices', options, (paging) =>
        operations.getInvoices({ ...options, ...paging })
      )
    },

    /** By the server's invoiceId; null when there is none. */
    async getInvoice(invoiceId: string): Promise<MplusInvoice | null> {
      return invoiceOrNull(await call('getInvoice', { invoiceId }, invoiceResponse))
    },

    async getReceipts(options: SalesDocumentOptions = {}): Promise<MplusReceipt[]> {
      return call(
        'getReceipts',
        { request: salesRequest(options) },
        schemas.listResponse('receiptList', 'receipt', schemas.receiptSchema)
      )
    },

    iterateReceipts(options: SalesDocumentOptions = {}): AsyncGenerator<MplusPage<MplusReceipt>> {
      return iterate('getReceipts', options, (paging) =>
        operations.getReceipts({ ...options, ...paging })
      )
    },

    /** By the server's receiptId (e.g. a credit receipt's creditedReceiptId); null when there is none. */
    async getReceipt(receiptId: string): Promise<MplusReceipt | null> {
      const response = await call(
        'getReceipt',
        { receiptId },
        z.object({
          result: schemas.resultEnums.getReceipt,
          receipt: schemas.receiptSchema.optional()
        })
      )
      return response.result === 'GET-RECEIPT-RESULT-OK' && response.receipt
        ? response.receipt
        : null
    }
  }
  return operations
}

const ordersResponse = schemas.listResponse('orderList', 'order', schemas.orderSchema)
const orderResponse = z.object({
  result: schemas.resultEnums.getOrder,
  order: schemas.orderSchema.optional()
})
const invoiceResponse = z.object({
  result: schemas.resultEnums.getInvoice,
  invoice: schemas.invoiceSchema.optional()
})

function orderOrNull(response: z.output<typeof orderResponse>): MplusOrder | null {
  return response.result === 'GET-ORDER-RESULT-OK' && response.order ? response.order : null
}

function invoiceOrNull(response: z.output<typeof invoiceResponse>): MplusInvoice | null {
  return response.result === 'GET-INVOICE-RESULT-OK' && response.invoice ? response.invoice : null
}
