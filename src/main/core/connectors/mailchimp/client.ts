import { systemClock, type Clock } from '../../clock'
import { silentLogger, type Logger } from '../../logger'
import { ConnectorError, type ConnectorErrorKind } from '../connector-error'
import { defaultRetryPolicy, type RetryPolicy } from '../retry'
import { dataCenterOf } from './api-key'
import {
  BatchRunner,
  type BatchOperationInput,
  type BatchRun,
  type BatchWaitOptions
} from './batch-runner'
import {
  checkEmail,
  checkFiniteNumber,
  checkId,
  checkNotEmpty,
  customerIdMaxLength
} from './input-checks'
import {
  iterateMemberPages,
  type IterateMembersOptions,
  type MemberPageResult
} from './member-pages'
import { maxPageSize, offsetPages, type Page } from './paging'
import { subscriberHash } from './subscriber-hash'
import { accountConcurrencyCap, MailchimpTransport, type RequestSpec } from './transport'
import {
  Account,
  Customer,
  CustomersPage,
  ListsPage,
  MailchimpList,
  Member,
  MembersPage,
  MergeField,
  MergeFieldsPage,
  Order,
  OrderLine,
  OrdersPage,
  PingResponse,
  Product,
  ProductsPage,
  Store,
  StoresPage,
  Variant,
  type Batch,
  type CustomerUpsert,
  type MemberUpsert,
  type OrderCreate,
  type OrderLineInput,
  type OrderLineUpdate,
  type OrderUpdate,
  type ProductCreate,
  type ProductUpdate,
  type ProductUpsert,
  type StoreCreate,
  type StoreUpdate,
  type VariantUpdate,
  type VariantUpsert
} from './types'

export interface MailchimpClientConfig {
  apiKey: string
  /** Override for simulators; default https://<dc>.api.mailchimp.com/3.0 from the key. */
  baseUrl?: string | null
  /** Simultaneous requests for this account (capped at the API's 10); default 4. */
  maxConcurrentRequests?: number
  /** Per request; the API itself gives up after 120 s. */
  timeoutMs?: number
  retry?: RetryPolicy
  clock?: Clock
  logger?: Logger
}

export type ConnectionTestResult =
  | { ok: true; accountName: string | null }
  | { ok: false; kind: ConnectorErrorKind; failure: ConnectorError }

export interface ListPageOptions {
  pageSize?: number
}

/** 404 "Resource Not Found" as null, for the get-then-decide calls of the sync. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call
  } catch (error) {
    if (error instanceof ConnectorError && error.details.httpStatus === 404) return null
    throw error
  }
}

export function createMailchimpClient(config: MailchimpClientConfig) {
  const dataCenter = dataCenterOf(config.apiKey)
  const clock = config.clock ?? systemClock
  const timeoutMs = config.timeoutMs ?? 120_000
  const transport = new MailchimpTransport({
    apiKey: config.apiKey.trim(),
    baseUrl: config.baseUrl ?? `https://${dataCenter}.api.mailchimp.com/3.0`,
    maxConcurrentRequests: Math.min(accountConcurrencyCap, config.maxConcurrentRequests ?? 4),
    timeoutMs,
    retry: config.retry ?? defaultRetryPolicy,
    clock,
    logger: config.logger ?? silentLogger
  })
  const batches = new BatchRunner(transport, clock, timeoutMs)
  const request = <T>(spec: RequestSpec<T>): Promise<T> => transport.request(spec)

  const storePath = { store: '/ecommerce/stores/{store_id}' }
  const productTemplate = `${storePath.store}/products/{product_id}`
  const variantTemplate = `${productTemplate}/variants/{variant_id}`
  const orderTemplate = `${storePath.store}/orders/{order_id}`
  const orderLineTemplate = `${orderTemplate}/lines/{line_id}`

  function checkProductUpsert(product: ProductUpsert): void {
    checkId(product.id, 'id')
    product.variants?.forEach((variant, index) => checkVariant(variant, `variants[${index}]`))
  }

  function checkVariant(variant: VariantUpsert, field: string): void {
    checkId(variant.id, `${field}.id`)
    checkId(variant.title, `${field}.title`)
    checkFiniteNumber(variant.price, `${field}.price`)
    if (variant.inventory_quantity !== undefined && !Number.isInteger(variant.inventory_quantity))
      throw new ConnectorError(
        'validation',
        'mailchimp',
        `${field}.inventory_quantity must be a whole number.`,
        {
          fieldErrors: [{ field: `${field}.inventory_quantity`, message: 'must be a whole number' }]
        }
      )
  }

  function checkOrder(order: OrderCreate): void {
    checkId(order.id, 'id')
    checkId(order.customer.id, 'customer.id', customerIdMaxLength)
    if (order.customer.email_address !== undefined)
      checkEmail(order.customer.email_address, 'customer.email_address')
    checkFiniteNumber(order.order_total, 'order_total')
    checkNotEmpty(order.lines, 'lines', `Order ${order.id}`)
    order.lines.forEach((line, index) => checkOrderLine(line, `lines[${index}]`))
  }

  function checkOrderLine(line: OrderLineInput, field: string): void {
    checkId(line.id, `${field}.id`)
    checkId(line.product_id, `${field}.product_id`)
    checkId(line.product_variant_id, `${field}.product_variant_id`)
    checkFiniteNumber(line.price, `${field}.price`)
  }

  return {
    dataCenter,
    /** Requests in flight at once for this account, shared by every flow and setup call. */
    maxConcurrentRequests: transport.concurrency,

    /** GET /ping and the account name; on failure the classified error (which never holds the key). */
    async testConnection(): Promise<ConnectionTestResult> {
      try {
        await request({ method: 'GET', template: '/ping', schema: PingResponse })
        const account = await request({
          method: 'GET',
          template: '/',
          query: { fields: 'account_id,account_name' },
          schema: Account
        })
        return { ok: true, accountName: account.account_name }
      } catch (error) {
        const failure =
          error instanceof ConnectorError
            ? error
            : new ConnectorError('transient', 'mailchimp', 'Unknown failure', {}, { cause: error })
        return { ok: false, kind: failure.kind, failure }
      }
    },

    ping: () => request({ method: 'GET', template: '/ping', schema: PingResponse }),
    getAccount: () => request({ method: 'GET', template: '/', schema: Account }),

    getLists: (options: { count?: number; offset?: number } = {}) =>
      request({
        method: 'GET',
        template: '/lists',
        query: { count: options.count ?? 100, offset: options.offset ?? 0 },
        schema: ListsPage
      }),
    getList: (listId: string) =>
      request({
        method: 'GET',
        template: '/lists/{list_id}',
        params: { list_id: listId },
        schema: MailchimpList
      }),

    /** All merge fields of the audience (they can be edited or deleted, so read, never assume). */
    async getMergeFields(listId: string): Promise<MergeField[]> {
      const page = await request({
        method: 'GET',
        template: '/lists/{list_id}/merge-fields',
        params: { list_id: listId },
        query: { count: maxPageSize },
        schema: MergeFieldsPage
      })
      return page.merge_fields
    },
    createMergeField: (
      listId: string,
      field: { name: string; type: MergeField['type']; tag?: string; required?: boolean }
    ) =>
      request({
        method: 'POST',
        template: '/lists/{list_id}/merge-fields',
        params: { list_id: listId },
        body: field,
        schema: MergeField
      }),

    iterateMembers: (options: IterateMembersOptions): AsyncGenerator<MemberPageResult> =>
      iterateMemberPages(
        (query) =>
          request({
            method: 'GET',
            template: '/lists/{list_id}/members',
            params: { list_id: options.listId },
            query,
            schema: MembersPage
          }),
        clock,
        options
      ),

    getMember: (listId: string, email: string) =>
      orNull(
        request({
          method: 'GET',
          template: '/lists/{list_id}/members/{subscriber_hash}',
          params: { list_id: listId, subscriber_hash: subscriberHash(email) },
          schema: Member
        })
      ),

    /** PUT by the MD5 of the address: adds or updates; status_if_new applies to new members only. */
    upsertMember(listId: string, member: MemberUpsert): Promise<Member> {
      checkEmail(member.email_address)
      return request({
        method: 'PUT',
        template: '/lists/{list_id}/members/{subscriber_hash}',
        params: { list_id: listId, subscriber_hash: subscriberHash(member.email_address) },
        body: { ...member, email_address: member.email_address.trim() },
        schema: Member
      })
    },

    async getStores(): Promise<Store[]> {
      const page = await request({
        method: 'GET',
        template: '/ecommerce/stores',
        query: { count: maxPageSize },
        schema: StoresPage
      })
      return page.stores
    },
    getStore: (storeId: string) =>
      orNull(
        request({
          method: 'GET',
          template: storePath.store,
          params: { store_id: storeId },
          schema: Store
        })
      ),
    createStore(store: StoreCreate): Promise<Store> {
      checkId(store.id, 'id')
      checkId(store.list_id, 'list_id')
      return request({ method: 'POST', template: '/ecommerce/stores', body: store, schema: Store })
    },
    updateStore: (storeId: string, changes: StoreUpdate) =>
      request({
        method: 'PATCH',
        template: storePath.store,
        params: { store_id: storeId },
        body: changes,
        schema: Store
      }),
    /** is_syncing=true pauses Mailchimp's e-commerce automations during a backfill. */
    setStoreSyncing: (storeId: string, isSyncing: boolean) =>
      request({
        method: 'PATCH',
        template: storePath.store,
        params: { store_id: storeId },
        body: { is_syncing: isSyncing },
        schema: Store
      }),

    upsertCustomer(storeId: string, customer: CustomerUpsert): Promise<Customer> {
      checkId(customer.id, 'id', customerIdMaxLength)
      checkEmail(customer.email_address)
      return request({
        method: 'PUT',
        template: `${storePath.store}/customers/{customer_id}`,
        params: { store_id: storeId, customer_id: customer.id },
        body: customer,
        schema: Customer
      })
    },
    getCustomer: (storeId: string, customerId: string) =>
      orNull(
        request({
          method: 'GET',
          template: `${storePath.store}/customers/{customer_id}`,
          params: { store_id: storeId, customer_id: customerId },
          schema: Customer
        })
      ),

    /** The store's customers page by page (the API offers no changed-since filter for them). */
    iterateCustomers: (
      storeId: string,
      options: ListPageOptions = {}
    ): AsyncGenerator<Page<Customer>> =>
      offsetPages(async (offset, count) => {
        const page = await request({
          method: 'GET',
          template: `${storePath.store}/customers`,
          params: { store_id: storeId },
          query: { offset, count },
          schema: CustomersPage
        })
        return { items: page.customers, totalItems: page.total_items }
      }, options.pageSize ?? 500),

    createProduct(storeId: string, product: ProductCreate): Promise<Product> {
      checkId(product.id, 'id')
      checkId(product.title, 'title')
      checkNotEmpty(product.variants, 'variants', `Product ${product.id}`)
      product.variants.forEach((variant, index) => checkVariant(variant, `variants[${index}]`))
      return request({
        method: 'POST',
        template: `${storePath.store}/products`,
        params: { store_id: storeId },
        body: product,
        schema: Product
      })
    },
    updateProduct: (storeId: string, productId: string, changes: ProductUpdate) =>
      request({
        method: 'PATCH',
        template: productTemplate,
        params: { store_id: storeId, product_id: productId },
        body: changes,
        schema: Product
      }),
    /** 2026 PUT: creates (then title and a variant are needed) or updates; given variants are upserted. */
    upsertProduct(storeId: string, product: ProductUpsert): Promise<Product> {
      checkProductUpsert(product)
      return request({
        method: 'PUT',
        template: productTemplate,
        params: { store_id: storeId, product_id: product.id },
        body: product,
        schema: Product
      })
    },
    /**
     * The same product PUT as one operation of a batch (runBatch), its result reported under
     * `operationId`; checked as upsertProduct checks it.
     */
    productUpsertOperation(
      storeId: string,
      product: ProductUpsert,
      operationId: string
    ): BatchOperationInput {
      checkProductUpsert(product)
      return {
        operation_id: operationId,
        method: 'PUT',
        path: `/ecommerce/stores/${encodeURIComponent(storeId)}/products/${encodeURIComponent(product.id)}`,
        body: product
      }
    },
    /** A customer PUT as one operation of a batch, checked as upsertCustomer checks it. */
    customerUpsertOperation(
      storeId: string,
      customer: CustomerUpsert,
      operationId: string
    ): BatchOperationInput {
      checkId(customer.id, 'id', customerIdMaxLength)
      checkEmail(customer.email_address)
      return {
        operation_id: operationId,
        method: 'PUT',
        path: `/ecommerce/stores/${encodeURIComponent(storeId)}/customers/${encodeURIComponent(customer.id)}`,
        body: customer
      }
    },
    /** An order POST as one operation of a batch, checked as createOrder checks it. */
    orderCreateOperation(
      storeId: string,
      order: OrderCreate,
      operationId: string
    ): BatchOperationInput {
      checkOrder(order)
      return {
        operation_id: operationId,
        method: 'POST',
        path: `/ecommerce/stores/${encodeURIComponent(storeId)}/orders`,
        body: order
      }
    },
    /** An order PATCH as one operation of a batch. */
    orderUpdateOperation(
      storeId: string,
      orderId: string,
      changes: OrderUpdate,
      operationId: string
    ): BatchOperationInput {
      checkId(orderId, 'id')
      return {
        operation_id: operationId,
        method: 'PATCH',
        path: `/ecommerce/stores/${encodeURIComponent(storeId)}/orders/${encodeURIComponent(orderId)}`,
        body: changes
      }
    },
    getProduct: (storeId: string, productId: string) =>
      orNull(
        request({
          method: 'GET',
          template: productTemplate,
          params: { store_id: storeId, product_id: productId },
          schema: Product
        })
      ),
    iterateProducts: (
      storeId: string,
      options: ListPageOptions = {}
    ): AsyncGenerator<Page<Product>> =>
      offsetPages(async (offset, count) => {
        const page = await request({
          method: 'GET',
          template: `${storePath.store}/products`,
          params: { store_id: storeId },
          query: { offset, count },
          schema: ProductsPage
        })
        return { items: page.products, totalItems: page.total_items }
      }, options.pageSize ?? 100),

    upsertVariant(storeId: string, productId: string, variant: VariantUpsert): Promise<Variant> {
      checkVariant(variant, 'variant')
      return request({
        method: 'PUT',
        template: variantTemplate,
        params: { store_id: storeId, product_id: productId, variant_id: variant.id },
        body: variant,
        schema: Variant
      })
    },
    updateVariant(
      storeId: string,
      productId: string,
      variantId: string,
      changes: VariantUpdate
    ): Promise<Variant> {
      checkFiniteNumber(changes.price, 'price')
      return request({
        method: 'PATCH',
        template: variantTemplate,
        params: { store_id: storeId, product_id: productId, variant_id: variantId },
        body: changes,
        schema: Variant
      })
    },
    getVariant: (storeId: string, productId: string, variantId: string) =>
      orNull(
        request({
          method: 'GET',
          template: variantTemplate,
          params: { store_id: storeId, product_id: productId, variant_id: variantId },
          schema: Variant
        })
      ),

    createOrder(storeId: string, order: OrderCreate): Promise<Order> {
      checkOrder(order)
      return request({
        method: 'POST',
        template: `${storePath.store}/orders`,
        params: { store_id: storeId },
        body: order,
        schema: Order
      })
    },
    updateOrder: (storeId: string, orderId: string, changes: OrderUpdate) =>
      request({
        method: 'PATCH',
        template: orderTemplate,
        params: { store_id: storeId, order_id: orderId },
        body: changes,
        schema: Order
      }),
    deleteOrder: (storeId: string, orderId: string): Promise<void> =>
      request({
        method: 'DELETE',
        template: orderTemplate,
        params: { store_id: storeId, order_id: orderId },
        schema: null
      }),
    getOrder: (storeId: string, orderId: string) =>
      orNull(
        request({
          method: 'GET',
          template: orderTemplate,
          params: { store_id: storeId, order_id: orderId },
          schema: Order
        })
      ),
    iterateOrders: (
      storeId: string,
      options: ListPageOptions & { customerId?: string } = {}
    ): AsyncGenerator<Page<Order>> =>
      offsetPages(async (offset, count) => {
        const page = await request({
          method: 'GET',
          template: `${storePath.store}/orders`,
          params: { store_id: storeId },
          query: { offset, count, customer_id: options.customerId },
          schema: OrdersPage
        })
        return { items: page.orders, totalItems: page.total_items }
      }, options.pageSize ?? 100),

    /** A line added to an existing order (the order's total is not recomputed by Mailchimp). */
    addOrderLine(storeId: string, orderId: string, line: OrderLineInput): Promise<OrderLine> {
      checkOrderLine(line, 'line')
      return request({
        method: 'POST',
        template: `${orderTemplate}/lines`,
        params: { store_id: storeId, order_id: orderId },
        body: line,
        schema: OrderLine
      })
    },
    updateOrderLine(
      storeId: string,
      orderId: string,
      lineId: string,
      changes: OrderLineUpdate
    ): Promise<OrderLine> {
      checkFiniteNumber(changes.price, 'price')
      return request({
        method: 'PATCH',
        template: orderLineTemplate,
        params: { store_id: storeId, order_id: orderId, line_id: lineId },
        body: changes,
        schema: OrderLine
      })
    },
    /** Lines absent from an order PATCH are kept; a line that went away is deleted with this. */
    deleteOrderLine: (storeId: string, orderId: string, lineId: string): Promise<void> =>
      request({
        method: 'DELETE',
        template: orderLineTemplate,
        params: { store_id: storeId, order_id: orderId, line_id: lineId },
        schema: null
      }),
    /** Every store's orders (GET /ecommerce/orders), each with its store_id. */
    iterateAccountOrders: (
      options: ListPageOptions & { customerId?: string; campaignId?: string } = {}
    ): AsyncGenerator<Page<Order>> =>
      offsetPages(async (offset, count) => {
        const page = await request({
          method: 'GET',
          template: '/ecommerce/orders',
          query: {
            offset,
            count,
            customer_id: options.customerId,
            campaign_id: options.campaignId
          },
          schema: OrdersPage
        })
        return { items: page.orders, totalItems: page.total_items }
      }, options.pageSize ?? 100),

    submitBatch: (operations: BatchOperationInput[]): Promise<Batch> => batches.submit(operations),
    getBatch: (batchId: string): Promise<Batch> => batches.get(batchId),
    waitForBatch: (batchId: string, options?: BatchWaitOptions): Promise<Batch> =>
      batches.waitForBatch(batchId, options),
    /** Submit, wait, download and map every operation's result back by operation_id. */
    runBatch: (operations: BatchOperationInput[], options?: BatchWaitOptions): Promise<BatchRun> =>
      batches.run(operations, options)
  }
}

export type MailchimpClient = ReturnType<typeof createMailchimpClient>
export { subscriberHash }
