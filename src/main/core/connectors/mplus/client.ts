import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { systemClock, type Clock } from '../../clock'
import { silentLogger, type Logger } from '../../logger'
import { ConnectorError } from '../connector-error'
import { defaultRetryPolicy, type RetryPolicy } from '../retry'
import { pageBySyncMarker } from './paging'
import type { MplusOperation } from './request-shapes'
import * as schemas from './response-schemas'
import { requireOk, soapCall, type RetryMode, type SoapCallContext } from './soap-call'
import type { WireObject } from './soap-xml'
import type {
  MplusApiVersion,
  MplusArticleGroup,
  MplusBranch,
  MplusCreateOrderResult,
  MplusCurrentSyncMarkers,
  MplusDeliveryMethod,
  MplusEmployee,
  MplusInvoice,
  MplusOrder,
  MplusOrderInput,
  MplusPage,
  MplusPayment,
  MplusPaymentMethod,
  MplusProduct,
  MplusProductFields,
  MplusReceipt,
  MplusRelation,
  MplusRelationFields,
  MplusStockLine,
  MplusTurnoverGroup,
  MplusVatGroup
} from './types'
import type { MplusEndpoint } from './transport'
import { orderToWire, productToWire, relationToWire, requireIdentifier } from './wire-mapping'

export interface MplusClientConfig extends MplusEndpoint {
  timeouts?: {
    /** default 30 s (official clients) */
    connectMs?: number
    /** default 600 s (official clients: calls can be slow) */
    requestMs?: number
    perOperationMs?: Partial<Record<MplusOperation, number>>
  }
  /** default 32 MB: a page of 500 items is about 1 MB; anything far larger is refused, not buffered. */
  maxResponseBytes?: number
  retry?: RetryPolicy
  clock?: Clock
  logger?: Logger
}

export interface PagingOptions {
  /** Items with a marker ≥ this are returned: pass your stored checkpoint + 1 (1 = everything). */
  fromSyncMarker?: number
  syncMarkerLimit?: number
}

export interface SalesDocumentOptions extends PagingOptions {
  relationNumbers?: number[]
  /** false = headers only (default: lines included) */
  includeLineList?: boolean
}

export interface StockPagingOptions {
  branchNumber: number
  /** Stock records with stockId ≥ this (store the last page's syncMarker, pass it + 1). */
  fromStockId?: number
  articleNumbers?: number[]
}

export type TestConnectionResult =
  | { ok: true; version: MplusApiVersion; message: string }
  | { ok: false; kind: ConnectorError['kind']; message: string }

const defaultPageSize = 500

export function createMplusClient(config: MplusClientConfig) {
  const logger = config.logger ?? silentLogger
  const context: SoapCallContext = {
    transport: {
      ...endpointOf(config),
      connectTimeoutMs: config.timeouts?.connectMs ?? 30_000,
      maxResponseBytes: config.maxResponseBytes ?? 32 * 1024 * 1024
    },
    requestTimeoutMs: (operation) =>
      config.timeouts?.perOperationMs?.[operation] ?? config.timeouts?.requestMs ?? 600_000,
    retry: config.retry ?? defaultRetryPolicy,
    clock: config.clock ?? systemClock,
    logger
  }

  const call = <T>(
    operation: MplusOperation,
    body: WireObject,
    schema: z.ZodType<T>,
    retryMode: RetryMode = 'always'
  ): Promise<T> => soapCall(context, operation, body, schema, retryMode)

  const write = <T>(
    operation: MplusOperation,
    body: WireObject,
    schema: z.ZodType<T>
  ): Promise<T> => call(operation, body, schema, 'unsent-only')

  /** Pages a syncMarker list operation: each item carries its own marker. */
  const iterate = <T extends { syncMarker?: number }>(
    operation: MplusOperation,
    options: PagingOptions,
    fetchPage: (paging: PagingOptions) => Promise<T[]>
  ): AsyncGenerator<MplusPage<T>> => {
    const limit = options.syncMarkerLimit ?? defaultPageSize
    return pageBySyncMarker(
      operation,
      options.fromSyncMarker ?? 1,
      (marker) => fetchPage({ fromSyncMarker: marker, syncMarkerLimit: limit }),
      (item) => item.syncMarker
    )
  }

  /** The filters orders, invoices and receipts share (the two TextLists are schema-required). */
  const salesRequest = (options: SalesDocumentOptions): WireObject => ({
    syncMarker: options.fromSyncMarker ?? 1,
    syncMarkerLimit: options.syncMarkerLimit ?? defaultPageSize,
    relationNumbers: options.relationNumbers,
    articlePluNumbers: {},
    articleBarcodes: {},
    includeLineList: options.includeLineList
  })

  const client = {
    async getApiVersion(): Promise<MplusApiVersion> {
      return call('getApiVersion', {}, schemas.apiVersionSchema)
    },

    /** Calls getApiVersion; on failure returns a message a shop owner can act on. */
    async testConnection(): Promise<TestConnectionResult> {
      try {
        const version = await soapCall(
          { ...context, retry: { ...context.retry, attempts: 1 } },
          'getApiVersion',
          {},
          schemas.apiVersionSchema,
          'always'
        )
        return {
          ok: true,
          version,
          message: `Connected to MplusKASSA API ${version.majorNumber}.${version.minorNumber}.${version.revisionNumber}`
        }
      } catch (error) {
        if (!(error instanceof ConnectorError)) throw error
        const hint: Record<ConnectorError['kind'], string> = {
          auth: 'The ident or secret is wrong.',
          transient: 'The MplusKASSA server cannot be reached right now.',
          throttle: 'The MplusKASSA server asks to slow down; try again in a minute.',
          permanent: 'The MplusKASSA server refused the connection.',
          'invalid-response': 'The server at this address does not answer like MplusKASSA.',
          business: 'The MplusKASSA server reported a problem.',
          validation: 'The connection settings are incomplete.'
        }
        return { ok: false, kind: error.kind, message: `${hint[error.kind]} ${error.message}` }
      }
    },

    async getBranches(): Promise<MplusBranch[]> {
      return call(
        'getBranches',
        {},
        schemas.listResponse('branches', 'branch', schemas.branchSchema)
      )
    },

    async getEmployees(
      options: PagingOptions & { employeeNumbers?: number[] } = {}
    ): Promise<MplusEmployee[]> {
      const request = {
        employeeNumbers: options.employeeNumbers,
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit
      }
      return call(
        'getEmployees',
        { request },
        schemas.listResponse('employeeList', 'employee', schemas.employeeSchema)
      )
    },

    iterateEmployees(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusEmployee>> {
      return iterate('getEmployees', options, client.getEmployees)
    },

    async getVatGroupList(): Promise<MplusVatGroup[]> {
      return call(
        'getVatGroupList',
        {},
        schemas.repeatedResponse('vatGroup', schemas.vatGroupSchema)
      )
    },

    async getTurnoverGroups(options: { onlyActive?: boolean } = {}): Promise<MplusTurnoverGroup[]> {
      return call(
        'getTurnoverGroups',
        { request: { onlyActive: options.onlyActive } },
        schemas.listResponse('turnoverGroupList', 'turnoverGroup', schemas.turnoverGroupSchema)
      )
    },

    async getPaymentMethods(): Promise<MplusPaymentMethod[]> {
      return call('getPaymentMethods', {}, paymentMethodsResponse)
    },

    async getPaymentMethodsV2(
      options: { paymentMethodTypes?: string[] } = {}
    ): Promise<MplusPaymentMethod[]> {
      return call(
        'getPaymentMethodsV2',
        { request: { paymentMethodTypes: options.paymentMethodTypes } },
        paymentMethodsResponse
      )
    },

    async getDeliveryMethods(): Promise<MplusDeliveryMethod[]> {
      return call(
        'getDeliveryMethods',
        {},
        schemas.listResponse('deliveryMethodList', 'deliveryMethod', schemas.deliveryMethodSchema)
      )
    },

    async getCurrentSyncMarkers(): Promise<MplusCurrentSyncMarkers> {
      return call('getCurrentSyncMarkers', {}, schemas.currentSyncMarkersSchema)
    },

    /** The category tree (without a syncMarker) or, with one, the changed groups flat. */
    async getArticleGroups(
      options: PagingOptions & { groupNumbers?: number[]; retrieveArticleNumbers?: boolean } = {}
    ): Promise<MplusArticleGroup[]> {
      const request = {
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit,
        groupNumbers: options.groupNumbers,
        retrieveArticleNumbers: options.retrieveArticleNumbers
      }
      return call('getArticleGroups', { request }, articleGroupsResponse)
    },

    /** Changed groups (deleted ones included), flat, page by page. */
    iterateArticleGroups(
      options: PagingOptions = {}
    ): AsyncGenerator<MplusPage<MplusArticleGroup>> {
      return iterate('getArticleGroups', options, client.getArticleGroups)
    },

    async newArticleGroup(group: {
      parentGroupNumber: number
      name: string
      text: string
      sortOrder?: number
    }): Promise<number> {
      const response = await write(
        'newArticleGroup',
        { request: { ...group } },
        z.object({ result: schemas.resultEnums.newArticleGroup, groupNumber: schemas.int })
      )
      requireOk('newArticleGroup', response.result, 'NEW-ARTICLE-GROUP-RESULT-OK')
      return response.groupNumber
    },

    async updateArticleGroup(group: {
      groupNumber: number
      name?: string
      text?: string
      sortOrder?: number
      parentGroupNumber?: number
    }): Promise<void> {
      const response = await write(
        'updateArticleGroup',
        { request: { ...group } },
        z.object({ result: schemas.resultEnums.saveArticleGroup })
      )
      requireOk('updateArticleGroup', response.result, 'SAVE-ARTICLE-GROUP-RESULT-OK')
    },

    async addProductsToArticleGroup(options: {
      groupNumber: number
      productNumbers: number[]
      position?: number
    }): Promise<void> {
      const request = {
        groupNumber: options.groupNumber,
        position: options.position,
        productNumbers: { number: options.productNumbers }
      }
      const response = await write(
        'addProductsToArticleGroup',
        { request },
        z.object({ result: schemas.resultEnums.addProductsToArticleGroup })
      )
      requireOk(
        'addProductsToArticleGroup',
        response.result,
        'ADD-PRODUCTS-TO-ARTICLE-GROUP-RESULT-OK'
      )
    },

    async getRelations(
      options: PagingOptions & { relationNumbers?: number[]; categoryId?: number } = {}
    ): Promise<MplusRelation[]> {
      const request = {
        relationNumbers: options.relationNumbers,
        categoryId: options.categoryId,
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit
      }
      return call('getRelations', { request }, relationsResponse)
    },

    iterateRelations(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusRelation>> {
      return iterate('getRelations', options, client.getRelations)
    },

    /** null when the relation does not exist. */
    async getRelation(relationNumber: number): Promise<MplusRelation | null> {
      const response = await call(
        'getRelation',
        { relationNumber: requireIdentifier('getRelation', 'relationNumber', relationNumber) },
        z.object({ result: schemas.resultEnums.getRelation, relation: z.unknown() })
      )
      if (response.result === 'GET-RELATION-RESULT-NOT-FOUND') return null
      return parseNested(
        'getRelation',
        'GetRelationResponse/relation',
        schemas.relationSchema,
        response.relation
      )
    },

    /** Case-insensitive partial search on the supplied fields; one relation or null. */
    async findRelation(criteria: MplusRelationFields): Promise<MplusRelation | null> {
      return findResult(
        'findRelation',
        await call(
          'findRelation',
          { relation: relationToWire('findRelation', criteria) },
          findRelationResponse
        )
      )
    },

    /** With exactMatch: whole-value match (semantics UNCONFIRMED); use e-mail + exactMatch for lookups. */
    async findRelationV2(
      criteria: MplusRelationFields,
      options: { exactMatch?: boolean } = {}
    ): Promise<MplusRelation | null> {
      const request = {
        relation: relationToWire('findRelationV2', criteria),
        exactMatch: options.exactMatch
      }
      return findResult(
        'findRelationV2',
        await call('findRelationV2', { request }, findRelationResponse)
      )
    },

    async createRelation(
      relation: MplusRelationFields & { relationNumber?: number }
    ): Promise<{ relationNumber: number; syncMarker?: number }> {
      const response = await write(
        'createRelation',
        { relation: relationToWire('createRelation', relation) },
        z.object({
          result: schemas.resultEnums.createRelation,
          relationNumber: schemas.long,
          syncMarker: schemas.long.optional(),
          errorMessage: schemas.text
        })
      )
      requireOk(
        'createRelation',
        response.result,
        'CREATE-RELATION-RESULT-OK',
        response.errorMessage
      )
      return { relationNumber: response.relationNumber, syncMarker: response.syncMarker }
    },

    /** Sends only the fields given (partial-update semantics assumed, reference §10.6). */
    async updateRelation(
      relation: MplusRelationFields & { relationNumber: number }
    ): Promise<{ syncMarker?: number }> {
      requireIdentifier('updateRelation', 'relationNumber', relation.relationNumber)
      const response = await write(
        'updateRelation',
        { relation: relationToWire('updateRelation', relation) },
        z.object({
          result: schemas.resultEnums.updateRelation,
          errorMessage: schemas.text,
          syncMarker: schemas.long.optional()
        })
      )
      requireOk(
        'updateRelation',
        response.result,
        'UPDATE-RELATION-RESULT-OK',
        response.errorMessage
      )
      return { syncMarker: response.syncMarker }
    },

    async getProducts(
      options: PagingOptions & {
        productNumbers?: number[]
        articleNumbers?: number[]
        groupNumbers?: number[]
        onlyActive?: boolean
        onlyWebshop?: boolean
        includeAllArticlesOfSelectedProducts?: boolean
      } = {}
    ): Promise<MplusProduct[]> {
      const request = {
        articleNumbers: options.articleNumbers,
        groupNumbers: options.groupNumbers,
        // Required by the schema; the official generated client always sends it (empty).
        pluNumbers: {},
        onlyWebshop: options.onlyWebshop,
        onlyActive: options.onlyActive,
        syncMarker: options.fromSyncMarker,
        syncMarkerLimit: options.syncMarkerLimit,
        includeAllArticlesOfSelectedProducts: options.includeAllArticlesOfSelectedProducts,
        productNumbers: options.productNumbers
      }
      return call(
        'getProducts',
        { request },
        schemas.listResponse('productList', 'product', schemas.productSchema)
      )
    },

    /** syncMarkerLimit counts articles; a product is never split across pages. */
    iterateProducts(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusProduct>> {
      return iterate('getProducts', options, client.getProducts)
    },

    async createProduct(
      product: MplusProductFields
    ): Promise<{ productNumber: number; articleNumbers: number[]; syncMarker?: number }> {
      if (product.articleList.length === 0) {
        throw new ConnectorError(
          'validation',
          'mplus',
          'createProduct: a product needs at least one article',
          { operation: 'createProduct' }
        )
      }
      const response = await write(
        'createProduct',
        { product: productToWire('createProduct', product) },
        z.object({
          result: schemas.resultEnums.createProduct,
          productNumber: schemas.long,
          articleNumbers: schemas.repeated(schemas.long),
          syncMarker: schemas.long.optional(),
          errorMessage: schemas.text
        })
      )
      requireOk('createProduct', response.result, 'CREATE-PRODUCT-RESULT-OK', response.errorMessage)
      return {
        productNumber: response.productNumber,
        articleNumbers: response.articleNumbers,
        syncMarker: response.syncMarker
      }
    },

    /** Articles with a known articleNumber are updated, others are added to the product. */
    async updateProduct(product: MplusProductFields & { productNumber: number }): Promise<{
      existingArticleNumbers: number[]
      newArticleNumbers: number[]
      syncMarker?: number
    }> {
      requireIdentifier('updateProduct', 'productNumber', product.productNumber)
      const response = await write(
        'updateProduct',
        { product: productToWire('updateProduct', product) },
        z.object({
          result: schemas.resultEnums.updateProduct,
          existingArticleNumbers: schemas.repeated(schemas.long),
          newArticleNumbers: schemas.repeated(schemas.long),
          syncMarker: schemas.long.optional(),
          errorMessage: schemas.text
        })
      )
      requireOk('updateProduct', response.result, 'UPDATE-PRODUCT-RESULT-OK', response.errorMessage)
      return {
        existingArticleNumbers: response.existingArticleNumbers,
        newArticleNumbers: response.newArticleNumbers,
        syncMarker: response.syncMarker
      }
    },

    /** Stock per branch; with fromStockId only records changed since (empty articleNumbers = all). */
    async getStock(options: {
      branchNumber: number
      articleNumbers?: number[]
      stockId?: number
    }): Promise<MplusStockLine[]> {
      const request = {
        branchNumber: options.branchNumber,
        articleNumbers: { articleNumbers: options.articleNumbers },
        stockId: options.stockId
      }
      return call(
        'getStock',
        { request },
        schemas.repeatedResponse('articleStocks', schemas.stockLineSchema)
      )
    },

    /** getStock has no page size: one page with everything changed since fromStockId. */
    iterateStock(options: StockPagingOptions): AsyncGenerator<MplusPage<MplusStockLine>> {
      let done = false
      return pageBySyncMarker(
        'getStock',
        options.fromStockId ?? 1,
        async (from) => {
          if (done) return []
          done = true
          return client.getStock({
            branchNumber: options.branchNumber,
            articleNumbers: options.articleNumbers,
            stockId: from
          })
        },
        (line) => line.stockId
      )
    },

    async setStock(options: {
      branchNumber: number
      articleNumber: number
      amount: number
      decimalPlaces?: number
      employeeNumber?: number
      reference?: string
    }): Promise<{ stockId?: number }> {
      requireIdentifier('setStock', 'articleNumber', options.articleNumber)
      const response = await write(
        'setStock',
        { request: { ...options } },
        z.object({ result: schemas.resultEnums.setStock, stockId: schemas.long.optional() })
      )
      requireOk('setStock', response.result, 'SET-STOCK-RESULT-OK')
      return { stockId: response.stockId }
    },

    async updateStock(options: {
      branchNumber: number
      articleNumber: number
      amountChanged: number
      decimalPlaces?: number
      employeeNumber?: number
      reference?: string
    }): Promise<{ stockId?: number }> {
      requireIdentifier('updateStock', 'articleNumber', options.articleNumber)
      const response = await write(
        'updateStock',
        { request: { ...options } },
        z.object({ result: schemas.resultEnums.updateStock, stockId: schemas.long.optional() })
      )
      requireOk('updateStock', response.result, 'UPDATE-STOCK-RESULT-OK')
      return { stockId: response.stockId }
    },

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
      return iterate('getOrders', options, client.getOrders)
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
      return iterate('getInvoices', options, client.getInvoices)
    },

    async getReceipts(options: SalesDocumentOptions = {}): Promise<MplusReceipt[]> {
      return call(
        'getReceipts',
        { request: salesRequest(options) },
        schemas.listResponse('receiptList', 'receipt', schemas.receiptSchema)
      )
    },

    iterateReceipts(options: PagingOptions = {}): AsyncGenerator<MplusPage<MplusReceipt>> {
      return iterate('getReceipts', options, client.getReceipts)
    }
  }
  return client
}

export type MplusClient = ReturnType<typeof createMplusClient>

function endpointOf({
  host,
  port,
  useTls,
  ident,
  secret,
  certificateSha256,
  ca
}: MplusEndpoint): MplusEndpoint {
  return { host, port, useTls, ident, secret, certificateSha256, ca }
}

const paymentMethodsResponse = schemas.listResponse(
  'paymentMethodList',
  'paymentMethod',
  schemas.paymentMethodSchema
)

const articleGroupsResponse = schemas.listResponse(
  'articleGroupList',
  'articleGroups',
  schemas.articleGroupSchema
)

const relationsResponse = schemas.listResponse('relationList', 'relation', schemas.relationSchema)

const findRelationResponse = z.object({
  result: schemas.resultEnums.findRelation,
  relation: schemas.relationSchema.optional()
})

const ordersResponse = schemas.listResponse('orderList', 'order', schemas.orderSchema)

function findResult(
  operation: string,
  response: z.output<typeof findRelationResponse>
): MplusRelation | null {
  if (response.result === 'FIND-RELATION-RESULT-NOT-FOUND') return null
  if (!response.relation) {
    throw new ConnectorError(
      'invalid-response',
      'mplus',
      `Invalid answer to ${operation}: result OK without a relation`,
      { operation, code: 'SCHEMA_MISMATCH' }
    )
  }
  return response.relation
}

/** Validates an element the envelope schema left open (e.g. the empty relation of a NOT-FOUND). */
function parseNested<T>(operation: string, path: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  throw new ConnectorError(
    'invalid-response',
    'mplus',
    `Invalid answer to ${operation}: element ${[path, ...issue.path.map(String)].join('/')}: ${issue.message}`,
    {
      operation,
      code: 'SCHEMA_MISMATCH'
    }
  )
}
