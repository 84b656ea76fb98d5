import type { RecordWarning } from '../../../../shared/contract'
import type { BatchOperationInput } from '../../connectors/mailchimp/batch-runner'
import type { MailchimpClient } from '../../connectors/mailchimp/client'
import type {
  CustomerUpsert,
  Order,
  OrderCreate,
  OrderLineInput
} from '../../connectors/mailchimp/types'
import { ConnectorError, mayHaveLanded } from '../../connectors/connector-error'
import type { MplusClient } from '../../connectors/mplus/client'
import type { MplusRelation } from '../../connectors/mplus/types'
import type { FlowMapper } from '../../mapping/flow-mapper'
import { customerSection } from '../../mapping/targets/mailchimp-customer'
import { parseMapped, sectionParser } from '../../mapping/typed-sections'
import type {
  BatchItemResult,
  BatchWriteInput,
  FlowDefinition,
  PlanContext,
  PlannedRecord,
  WriteResult
} from '../../sync/flow'
import { mappingRefusal } from '../mapping-refusal'
import {
  financialStatus,
  fromCents,
  fulfillmentStatus,
  orderLine,
  orderTotals,
  type OrderPayload
} from './order-payload'
import {
  creditedId,
  documentId,
  mailchimpOrderId,
  parseSaleKey,
  saleKey,
  SalesReader,
  type SaleDocument,
  type SaleRecord,
  type SaleSource
} from './sales'

export interface OrdersOutFlowDeps {
  mailchimp: MailchimpClient
  mplus: MplusClient
  storeId: string
  /** The customer section's mapping (relation → Mailchimp customer). */
  mapper: FlowMapper
  sources: readonly SaleSource[]
  /** Financial branches whose sales count; empty: every branch. */
  branches: readonly number[]
  /** The first back-fill starts at this financial date (YYYY-MM-DD). */
  startDate: string
  /** A relation field (a path such as `extraText`) whose yes-value means opted in; null: none. */
  optInField: string | null
  pageSize?: number
  /** New orders in a page from which they go to Mailchimp as batches (default 200). */
  batchFrom?: number
  /** How often a batch's status is polled (default the client's 2 s; tests go faster). */
  batchPollMs?: number
}

/** Below this many new orders in a page, one request each is quicker than a batch round trip. */
export const defaultOrdersBatchFrom = 200

/**
 * Where the flow's reading stands: the last syncMarker read of each source, and the sources whose
 * first back-fill got to the end (until every chosen one has — a source switched on later too —
 * each run sets the store's `is_syncing`).
 */
interface Position {
  markers: Partial<Record<SaleSource, number>>
  backfilled: SaleSource[]
}

export function parsePosition(checkpoint: string | null): Position {
  if (checkpoint === null) return { markers: {}, backfilled: [] }
  const parsed = JSON.parse(checkpoint) as Partial<Position>
  return {
    markers: parsed.markers ?? {},
    backfilled: Array.isArray(parsed.backfilled) ? parsed.backfilled : []
  }
}

/** The date twelve months before `now`, the default start of the first back-fill. */
export function twelveMonthsBefore(now: Date): string {
  const start = new Date(now)
  start.setUTCFullYear(start.getUTCFullYear() - 1)
  return start.toISOString().slice(0, 10)
}

const yesValues = new Set(['true', '1', 'yes', 'y', 'ja', 'j', 'oui', 'x'])

/** Whether the configured relation field says the customer opted in to e-mail. */
export function optedIn(relation: MplusRelation, field: string | null): boolean {
  if (field === null) return false
  let value: unknown = relation
  for (const part of field.split('.'))
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[part]
        : undefined
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0
  return typeof value === 'string' && yesValues.has(value.trim().toLowerCase())
}

const orderExists = /already exists/i

/**
 * Mplus sales (till receipts, invoices, orders) of known customers → Mailchimp orders, so
 * segments and automations know what a customer bought in the shop.
 *
 * - A sale without a relation with an e-mail is skipped with the reason "no customer".
 * - The customer is upserted first (PUT, keyed by the relation number): transactional unless the
 *   configured relation field says opted in; Mailchimp never lowers an existing member's status.
 * - Every line's product must be in Mailchimp (the products flow's ledger has its id); otherwise
 *   the sale waits with the reason. The variant is the Mplus article number (the products flow's
 *   default variant id).
 * - A credit receipt / credit invoice refunds the order of the sale it credits (financial status,
 *   totals), never a second order.
 * - The first back-fill reads from the start date with the store's `is_syncing` set (run hooks),
 *   so historical orders mail nobody; pages with many new orders go as batch operations. After
 *   that, each source is read incrementally by its syncMarker.
 */
export function createOrdersOutFlow(
  deps: OrdersOutFlowDeps
): FlowDefinition<SaleRecord, OrderPayload> {
  const { mailchimp, mplus, storeId, mapper } = deps
  const reader = new SalesReader(mplus)
  const customerParser = sectionParser<Omit<CustomerUpsert, 'id' | 'opt_in_status'>, never>(
    customerSection('customer'),
    { update: 'whole' }
  )
  let currency: Promise<string> | null = null
  const storeCurrency = (): Promise<string> =>
    (currency ??= mailchimp.getStore(storeId).then((store) => {
      if (!store) throw new Error(`Mailchimp store ${storeId} does not exist`)
      return store.currency_code
    }))
  // Set by beforeRun when this run set is_syncing (so only that run, or a recovery, clears it).
  let syncingSet = false
  // Customer PUTs, refund PATCHes and order POSTs (a second one is refused as a duplicate, then
  // looked up): a batch of them may be submitted again when its answer was lost.
  const waitOptions = {
    repeatable: true,
    ...(deps.batchPollMs === undefined ? {} : { pollIntervalMs: deps.batchPollMs })
  }

  const readOptions = (source: SaleSource, position: Position) => ({
    fromSyncMarker: (position.markers[source] ?? 0) + 1,
    syncMarkerLimit: deps.pageSize,
    fromFinancialDate: deps.startDate,
    ...(deps.branches.length > 0 ? { branchNumbers: [...deps.branches] } : {})
  })

  function customerOf(
    relation: MplusRelation | null
  ): { ok: true; customer: CustomerUpsert } | { ok: false; reason: PlannedRecord<never> } | null {
    if (!relation || !relation.email?.trim()) return null
    const parsed = parseMapped(customerParser, mapper.map(relation))
    if (!parsed.ok)
      return { ok: false, reason: mappingRefusal(parsed, `Relation ${relation.relationNumber}`) }
    return {
      ok: true,
      customer: {
        ...parsed.create,
        id: String(relation.relationNumber),
        opt_in_status: optedIn(relation, deps.optInField)
      }
    }
  }

  /** The order lines, or why the sale cannot go yet (a product not in Mailchimp) or at all. */
  async function linesOf(
    sale: SaleRecord,
    ctx: PlanContext
  ): Promise<{ lines: OrderLineInput[]; warnings?: RecordWarning[] } | PlannedRecord<never>> {
    const inclusive = (sale.document.vatMethod ?? 'VAT-METHOD-INCLUSIVE') === 'VAT-METHOD-INCLUSIVE'
    const lines: OrderLineInput[] = []
    const notForSale: number[] = []
    for (const [index, line] of sale.document.lineList.entries()) {
      if (!line.data?.quantity) continue
      const article = sale.productOf[String(line.articleNumber)]
      if (!article)
        return {
          action: 'fail',
          kind: 'business',
          reason: `Article ${line.articleNumber} on this sale is no longer in MplusKASSA, so Mailchimp cannot be told which product was bought.`,
          notices: [{ code: 'article-gone', params: { article: line.articleNumber } }]
        }
      // Mailchimp has variants of articles for sale only (the products rule): such a line is left
      // out; the order's totals stay the till's.
      if (!article.forSale) {
        notForSale.push(line.articleNumber)
        continue
      }
      const product = await ctx.ledger('products', String(article.product))
      if (!product?.targetId)
        return {
          action: 'wait',
          reason: `Product ${article.product} (article ${line.articleNumber}) is not in Mailchimp yet; the products flow adds it, then this sale follows.`,
          notices: [
            {
              code: 'product-not-in-mailchimp',
              params: { product: article.product, article: line.articleNumber }
            }
          ]
        }
      lines.push(
        orderLine(
          line,
          index,
          { productId: product.targetId, variantId: String(line.articleNumber) },
          inclusive
        )
      )
    }
    if (lines.length === 0)
      return {
        action: 'skip',
        reason: notForSale.length
          ? `The sale has only articles that are not for sale (${notForSale.join(', ')}), which Mailchimp does not have; there is nothing to send.`
          : 'The sale has no line with a quantity; there is nothing to send.',
        notices: [
          notForSale.length
            ? { code: 'only-not-for-sale', params: { articles: notForSale.join(', ') } }
            : { code: 'no-lines', params: {} }
        ]
      }
    return notForSale.length
      ? {
          lines,
          warnings: [{ code: 'lines-left-out', params: { articles: notForSale.join(', ') } }]
        }
      : { lines }
  }

  async function planRefund(
    sale: SaleRecord,
    originalId: string,
    ctx: PlanContext
  ): Promise<PlannedRecord<OrderPayload>> {
    const original = sale.original
    const entry = await ctx.ledger('orders-out', saleKey(sale.source, originalId))
    if (!original)
      return {
        action: 'skip',
        reason: `This credit refers to sale ${originalId}, which MplusKASSA does not find: there is no order to refund.`,
        notices: [{ code: 'credit-without-sale', params: { sale: originalId } }]
      }
    if (!entry?.targetId) {
      const eligible =
        customerOf(original.relation) !== null &&
        (original.document.financialDate ?? '') >= deps.startDate
      return eligible
        ? {
            action: 'wait',
            reason: `The sale this credit refunds (${originalId}) is not in Mailchimp yet; the credit follows it.`,
            notices: [{ code: 'refunded-sale-not-sent', params: { sale: originalId } }]
          }
        : {
            action: 'skip',
            reason: `The sale this credit refunds (${originalId}) is not in Mailchimp (no customer, or before the start date): there is no order to refund.`,
            notices: [{ code: 'credit-sale-not-sent', params: { sale: originalId } }]
          }
    }
    const originalTotal = original.document.totalInclAmount ?? 0
    const remaining = Math.max(0, originalTotal + (sale.document.totalInclAmount ?? 0))
    const originalTax = originalTotal - (original.document.totalExclAmount ?? originalTotal)
    const creditTax =
      (sale.document.totalInclAmount ?? 0) -
      (sale.document.totalExclAmount ?? sale.document.totalInclAmount ?? 0)
    const payload: OrderPayload = {
      form: 'refund',
      orderId: entry.targetId,
      changes: {
        financial_status: remaining === 0 ? 'refunded' : 'partially_refunded',
        order_total: fromCents(remaining),
        tax_total: fromCents(Math.max(0, originalTax + creditTax)),
        ...(sale.document.entryTimestamp
          ? { updated_at_foreign: sale.document.entryTimestamp }
          : {})
      }
    }
    return { action: 'write', create: payload, update: payload }
  }

  /**
   * Creates the order, or brings the one that exists in line with it: an order whose customer
   * changed at the till is replaced (Mailchimp cannot move an order to another customer), lines
   * the sale no longer has are deleted, and an order refunded by a credit keeps its refund.
   */
  async function putOrder(
    customer: CustomerUpsert,
    order: OrderPayload & { form: 'order' },
    mode: 'create' | 'update'
  ): Promise<WriteResult> {
    await mailchimp.upsertCustomer(storeId, customer)
    const { id, customer: _customer, lines, ...fields } = order.order
    const existing = await mailchimp.getOrder(storeId, id)
    if (existing && existing.customer.id !== customer.id) await mailchimp.deleteOrder(storeId, id)
    if (!existing || existing.customer.id !== customer.id) {
      const created = await createOrderOnce(order.order)
      return { targetId: created.id, response: orderSummary(created) }
    }
    const refunded = ['refunded', 'partially_refunded'].includes(existing.financial_status ?? '')
    const { financial_status: _status, order_total: _total, tax_total: _tax, ...kept } = fields
    const updated = await mailchimp.updateOrder(storeId, id, {
      ...(refunded ? kept : fields),
      lines
    })
    const wanted = new Set(lines.map((line) => line.id))
    for (const line of existing.lines)
      if (!wanted.has(line.id)) await mailchimp.deleteOrderLine(storeId, id, line.id)
    return {
      targetId: updated.id,
      response: orderSummary(updated),
      // A first write that found the order there already (sent by a run that died) linked it.
      ...(mode === 'create' ? { outcome: 'linked' as const } : {})
    }
  }

  /**
   * A create whose answer was lost may have landed. Mailchimp refuses a second order with the
   * same id, so look once and send it again only when it is not there: the sale goes through in
   * this run instead of waiting for the next.
   */
  async function createOrderOnce(order: OrderCreate): Promise<Order> {
    try {
      return await mailchimp.createOrder(storeId, order)
    } catch (error) {
      if (!(error instanceof ConnectorError) || !mayHaveLanded(error)) throw error
      return (await mailchimp.getOrder(storeId, order.id)) ?? mailchimp.createOrder(storeId, order)
    }
  }

  return {
    id: 'orders-out',
    entity: 'sale',
    source: 'mplus',
    target: 'mailchimp',
    inFlight: mailchimp.maxConcurrentRequests,
    targetLimitsItself: true,
    // A credit is planned on its original's order (see plan).
    plansOnOwnRecords: true,

    async beforeRun({ checkpoint }) {
      const { backfilled } = parsePosition(checkpoint)
      if (deps.sources.every((source) => backfilled.includes(source))) return
      // Before the call: if its answer is lost, afterRun still clears what may have been set.
      syncingSet = true
      await mailchimp.setStoreSyncing(storeId, true)
    },

    async afterRun({ recovering }) {
      if (recovering) {
        // A process that died left it owed: clear is_syncing if it is still set, but only once
        // Mailchimp has finished the batches that process had submitted: orders a batch still
        // creates after is_syncing is cleared would start the store's automations (order
        // e-mails to the customers of a back-fill).
        await mailchimp.waitForUnfinishedBatches(waitOptions)
        const store = await mailchimp.getStore(storeId)
        if (store?.is_syncing) await mailchimp.setStoreSyncing(storeId, false)
        return
      }
      if (!syncingSet) return
      await mailchimp.setStoreSyncing(storeId, false)
      syncingSet = false
    },

    async *read({ checkpoint }) {
      const position = parsePosition(checkpoint)
      for (const source of deps.sources) {
        for await (const page of reader.iterate(source, readOptions(source, position))) {
          const before = JSON.stringify(position)
          position.markers[source] = page.syncMarker
          const documents = page.items.map((document) => ({ source, document }) as SaleDocument)
          const records = await reader.records(documents)
          // Credits after the sales of their page, so one crediting a sale of the same page finds
          // its order: the sales go first without moving the checkpoint, the credits with it.
          const credits = records.filter((sale) => creditedId(sale) !== null)
          if (credits.length > 0 && credits.length < records.length) {
            yield {
              records: records.filter((sale) => creditedId(sale) === null),
              checkpoint: before
            }
            yield { records: credits, checkpoint: JSON.stringify(position) }
          } else {
            yield { records, checkpoint: JSON.stringify(position) }
          }
        }
      }
      const fresh = deps.sources.filter((source) => !position.backfilled.includes(source))
      if (fresh.length > 0) {
        // Every source read to its end: its back-fill is done, later runs leave is_syncing alone.
        position.backfilled = [...position.backfilled, ...fresh]
        yield { records: [], checkpoint: JSON.stringify(position) }
      }
    },

    async readOne(key) {
      const parsed = parseSaleKey(key)
      if (!parsed) return null
      const sale = await reader.one(parsed.source, parsed.id)
      return sale ? ((await reader.records([sale]))[0] ?? null) : null
    },

    key: (sale) => saleKey(sale.source, documentId(sale)),
    describe: (sale) => {
      const customer = sale.relation?.email ? ` of ${sale.relation.email}` : ''
      return `${saleKey(sale.source, documentId(sale)).replace(':', ' ')}${customer}`
    },

    async plan(sale, ctx): Promise<PlannedRecord<OrderPayload>> {
      const credited = creditedId(sale)
      if (credited !== null) return planRefund(sale, credited, ctx)
      const customer = customerOf(sale.relation)
      if (customer === null)
        return {
          action: 'skip',
          reason:
            'No customer: the sale has no relation with an e-mail address, so it has no place in Mailchimp.',
          notices: [{ code: 'no-customer', params: {} }]
        }
      if (!customer.ok) return customer.reason
      const lines = await linesOf(sale, ctx)
      if (!('lines' in lines)) return lines
      const id = documentId(sale)
      const status = fulfillmentStatus(sale)
      const payload: OrderPayload = {
        form: 'order',
        customer: customer.customer,
        order: {
          id: mailchimpOrderId(sale.source, id),
          customer: customer.customer,
          currency_code: await storeCurrency(),
          ...orderTotals(sale, lines.lines),
          financial_status: financialStatus(sale),
          ...(status ? { fulfillment_status: status } : {}),
          ...(sale.document.entryTimestamp
            ? { processed_at_foreign: sale.document.entryTimestamp }
            : {}),
          lines: lines.lines
        }
      }
      return {
        action: 'write',
        create: payload,
        update: payload,
        ...(lines.warnings ? { warnings: lines.warnings } : {})
      }
    },

    batch: {
      modes: ['create'],
      minimum: deps.batchFrom ?? defaultOrdersBatchFrom,
      async writeBatch(inputs) {
        const results = new Map<string, BatchItemResult>()
        // The customers first, each once (an order names its customer, which must exist).
        const customers = new Map<string, CustomerUpsert>()
        for (const input of inputs)
          if (input.payload.form === 'order')
            customers.set(input.payload.customer.id, input.payload.customer)
        const customerOperations: BatchOperationInput[] = []
        for (const customer of customers.values()) {
          try {
            customerOperations.push(
              mailchimp.customerUpsertOperation(storeId, customer, `customer-${customer.id}`)
            )
          } catch (error) {
            for (const input of inputs)
              if (input.payload.form === 'order' && input.payload.customer.id === customer.id)
                results.set(input.key, { ok: false, error })
          }
        }
        const refusedCustomers = new Map<string, unknown>()
        for (const result of await mailchimp.runBatches(customerOperations, waitOptions))
          if (result.outcome === 'failed')
            refusedCustomers.set(result.operationId.slice('customer-'.length), result.error)

        const operations: BatchOperationInput[] = []
        const sent = new Map<string, BatchWriteInput<SaleRecord, OrderPayload>>()
        for (const input of inputs) {
          if (results.has(input.key)) continue
          const payload = input.payload
          try {
            if (payload.form === 'refund') {
              operations.push(
                mailchimp.orderUpdateOperation(storeId, payload.orderId, payload.changes, input.key)
              )
            } else {
              const refused = refusedCustomers.get(payload.customer.id)
              if (refused !== undefined) {
                results.set(input.key, { ok: false, error: refused })
                continue
              }
              operations.push(mailchimp.orderCreateOperation(storeId, payload.order, input.key))
            }
            sent.set(input.key, input)
          } catch (error) {
            results.set(input.key, { ok: false, error })
          }
        }
        for (const result of await mailchimp.runBatches(operations, waitOptions)) {
          const input = sent.get(result.operationId)
          if (!input || result.outcome === 'missing') continue
          // Sent before by a run that died waiting for the batch: looked up, then linked.
          if (result.outcome === 'failed' && orderExists.test(JSON.stringify(result.response)))
            continue
          results.set(
            result.operationId,
            result.outcome === 'ok'
              ? {
                  ok: true,
                  result: {
                    targetId: targetOf(input.payload),
                    response: { batchOperation: result.operationId, status: result.statusCode },
                    ...outcomeOf(input.payload)
                  }
                }
              : { ok: false, error: result.error }
          )
        }
        return results
      },
      async findWritten(input) {
        const payload = input.payload
        const found = await mailchimp.getOrder(storeId, targetOf(payload))
        if (!found) return null
        if (
          payload.form === 'refund' &&
          found.financial_status !== payload.changes.financial_status
        )
          return null
        return {
          targetId: found.id,
          response: { ...orderSummary(found), foundAfterBatch: true },
          ...outcomeOf(payload)
        }
      }
    },

    async write({ payload, mode }) {
      if (payload.form === 'refund') {
        const updated = await mailchimp.updateOrder(storeId, payload.orderId, payload.changes)
        return { targetId: updated.id, response: orderSummary(updated), ...outcomeOf(payload) }
      }
      return putOrder(payload.customer, payload, mode)
    }
  }
}

/** A refund changes the order its sale made: an update, though it is the credit's first write. */
function outcomeOf(payload: OrderPayload): Pick<WriteResult, 'outcome'> {
  return payload.form === 'refund' ? { outcome: 'updated' } : {}
}

function targetOf(payload: OrderPayload): string {
  return payload.form === 'refund' ? payload.orderId : payload.order.id
}

function orderSummary(order: Order): Record<string, unknown> {
  return {
    id: order.id,
    customer: order.customer.id,
    order_total: order.order_total,
    financial_status: order.financial_status,
    lines: order.lines.length
  }
}
