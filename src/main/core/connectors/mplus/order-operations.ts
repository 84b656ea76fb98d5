import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { MplusCalls, PagingOptions, SalesDocumentOptions } from './mplus-calls'
import * as schemas from './response-schemas'
import { requireOk } from './soap-call'
import type {
  MplusCreateOrderResult,
  MplusInvoice,
  MplusOrder,
  MplusOrderInput,
  MplusPage,
  MplusPayment,
  MplusReceipt
} from './types'
import { orderToWire } from './wire-mapping'

/** Orders (create V1/V2/V3, lookups, paging) and the completed sales: invoices and receipts. */
export function orderOperations({ call, write, iterate, salesRequest }: MplusCalls) {
  const operations = {
    async createOrder(order: MplusOrderInput): Promise<MplusCreateOrderResult> {
      const response = await write(
        'createOrder',
        { order: orderToWire('createOrder', order) },
        z.object({
          result: schemas.resultEnums.createOrder,
          info: schemas.createOrderInfoSchema,
          errorMessage: schemas.text
        })
      )
      requireOk('createOrder', response.result, 'CREATE-ORDER-RESULT-OK', response.errorMessage)
      return { orderId: response.info.orderId, orderString: response.info.orderString }
    },

    async createOrderV2(order: MplusOrderInput): Promise<MplusCreateOrderResult> {
      const response = await write(
        'createOrderV2',
        { request: { order: orderToWire('createOrderV2', order) } },
        z.object({
          result: schemas.resultEnums.createOrder,
          order: schemas.orderSchema.optional(),
          errorMessage: schemas.text.optional(),
          info: schemas.createOrderInfoSchema
        })
      )
      requireOk('createOrderV2', response.result, 'CREATE-ORDER-RESULT-OK', response.errorMessage)
      return {
        orderId: response.info.orderId,
        orderString: response.info.orderString,
        order: response.order
      }
    },

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
      const response = await call(
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
        })
      )
      requireOk('createOrderV3', response.result, 'CREATE-ORDER-RESULT-OK', response.errorMessage)
      return {
        orderId: response.info.orderId,
        orderString: response.info.orderString,
        order: response.order,
        replayed: response.idempotencyResult === 'IDEMPOTENCY-RESULT-REPLAY-RESPONSE',
        invoiceId: response.invoiceId,
        payResult: response.payResult
      }
    },

    /** By extOrderId; null when there is none. */
    async findOrder(extOrderId: string): Promise<MplusOrder | null> {
      const response = await call(
        'findOrder',
        { extOrderId },
        z.object({ result: schemas.resultEnums.getOrder, order: schemas.orderSchema.optional() })
      )
      if (response.result === 'GET-ORDER-RESULT-NOT-FOUND' || !response.order) return null
      return response.order
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

    iterateOrders(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusOrder>> {
      return iterate('getOrders', options, operations.getOrders)
    },

    async getOrdersByExtOrderIds(
      extOrderIds: string[],
      options: PagingOptions = {}
    ): Promise<MplusOrder[]> {
      const request = {
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit,
        extOrderIds: { id: extOrderIds }
      }
      return call('getOrdersByExtOrderIds', { request }, ordersResponse)
    },

    async getInvoices(options: SalesDocumentOptions = {}): Promise<MplusInvoice[]> {
      return call(
        'getInvoices',
        { request: salesRequest(options) },
        schemas.listResponse('invoiceList', 'invoice', schemas.invoiceSchema)
      )
    },

    iterateInvoices(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusInvoice>> {
      return iterate('getInvoices', options, operations.getInvoices)
    },

    async getReceipts(options: SalesDocumentOptions = {}): Promise<MplusReceipt[]> {
      return call(
        'getReceipts',
        { request: salesRequest(options) },
        schemas.listResponse('receiptList', 'receipt', schemas.receiptSchema)
      )
    },

    iterateReceipts(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusReceipt>> {
      return iterate('getReceipts', options, operations.getReceipts)
    }
  }
  return operations
}

const ordersResponse = schemas.listResponse('orderList', 'order', schemas.orderSchema)
