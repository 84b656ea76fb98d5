import { randomBytes, randomUUID } from 'node:crypto'
import { soapDate, soapDateTime } from '../mplus-dates'
import { pageBySyncMarker, stockKey, type OrderRecord, type SalesDocumentRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import {
  limitOf,
  numbersOf,
  read,
  requestOf,
  rescale,
  write,
  type OperationContext,
  type OperationSpec
} from './context'
import { changeStock, widenDecimals } from './stock-operations'

interface CreateOutcome {
  result: string
  errorMessage: string
  order?: OrderRecord
  info: PlainObject
}

const emptyInfo: PlainObject = { orderId: '', orderString: '' }

function linesOf(order: PlainObject): PlainObject[] {
  return ((order.lineList as PlainObject | undefined)?.line as PlainObject[] | undefined) ?? []
}

function failed(result: string, errorMessage: string): CreateOutcome {
  return { result, errorMessage, info: emptyInfo }
}

function lineTotal(data: PlainObject): number {
  const places = Number(data.decimalPlaces ?? 0)
  const gross = Math.round((Number(data.price ?? 0) * Number(data.quantity)) / 10 ** places)
  const discount =
    Number(data.discountAmount ?? 0) +
    Math.round((gross * Number(data.discountPercentage ?? 0)) / 100)
  return gross - discount
}

/** Why a new order is refused, or undefined. Mirrors the documented requirements (reference §7.5). */
function refusal(order: PlainObject, context: OperationContext): CreateOutcome | undefined {
  const { state } = context
  const extOrderId = typeof order.extOrderId === 'string' ? order.extOrderId : ''
  if (extOrderId !== '' && state.orderIdsByExtOrderId.has(extOrderId)) {
    return failed(
      'CREATE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS',
      `An order with extOrderId ${extOrderId} already exists`
    )
  }
  const relationNumber = Number(order.relationNumber ?? 0)
  if (relationNumber <= 0)
    return failed('CREATE-ORDER-RESULT-FAILED', 'An order requires a relationNumber')
  if (!state.relations.has(relationNumber))
    return failed('CREATE-ORDER-RESULT-FAILED', `Relation ${relationNumber} not found`)
  // employeeNumber is mandatory per a third-party integrator (reference §7.5; UNCONFIRMED); the
  // simulator requires a known employee, as the stricter reading.
  if (order.employeeNumber === undefined || !state.employees.has(Number(order.employeeNumber))) {
    return failed(
      'CREATE-ORDER-RESULT-FAILED',
      `Employee ${String(order.employeeNumber ?? '(none)')} not found`
    )
  }
  const branch = Number(order.entryBranchNumber ?? 1)
  if (!state.branches.some((b) => b.branchNumber === branch))
    return failed('CREATE-ORDER-RESULT-FAILED', `Branch ${branch} not found`)
  const lines = linesOf(order)
  if (lines.length === 0)
    return failed('CREATE-ORDER-RESULT-FAILED', 'An order needs at least one line')
  for (const line of lines) {
    if (!state.articleOwners.has(Number(line.articleNumber))) {
      return failed('CREATE-ORDER-RESULT-FAILED', `Article ${String(line.articleNumber)} not found`)
    }
    const data = line.data as PlainObject | undefined
    // A sales order with a negative quantity is refused (returns go through credit receipts): an assumption.
    if (data && Number(data.quantity) < 0)
      return failed(
        'CREATE-ORDER-RESULT-FAILED',
        `Negative quantity on article ${String(line.articleNumber)}`
      )
  }
  return undefined
}

/** Undelivered order lines raise amountReserved of stock articles at the entry branch (reference §7.4). */
function reserveStock(order: OrderRecord, context: OperationContext): void {
  const branch = Number(order.entryBranchNumber ?? 1)
  for (const line of linesOf(order)) {
    const record = context.state.stock.get(stockKey(branch, Number(line.articleNumber)))
    const data = line.data as PlainObject | undefined
    if (!record || !data) continue
    const places = Number(data.decimalPlaces ?? 0)
    changeStock(record, context, (r) => {
      widenDecimals(r, places)
      r.amountReserved += rescale(Number(data.quantity), places, r.decimalPlaces)
    })
  }
}

function createOrder(
  input: PlainObject,
  context: OperationContext,
  payments: PlainObject[] = []
): CreateOutcome {
  const refused = refusal(input, context)
  if (refused) return refused
  const { state } = context
  const now = context.now()
  const relation = state.relations.get(Number(input.relationNumber))
  const employee = state.employees.get(Number(input.employeeNumber))
  const number = state.counters.nextOrderNumber++
  const orderId = randomBytes(16).toString('hex')
  const lines = linesOf(input).map((line) => {
    const input = (line.data as PlainObject | undefined) ?? { quantity: 0 }
    const data: PlainObject = { ...input, decimalPlaces: Number(input.decimalPlaces ?? 0) }
    return {
      ...line,
      lineId: randomUUID(),
      data: { ...data, totalInclAmount: data.totalInclAmount ?? lineTotal(data) }
    }
  })
  const total = lines.reduce((sum, line) => sum + Number(line.data.totalInclAmount), 0)
  const paid = payments.reduce((sum, p) => sum + Number(p.amount), 0)
  const branch = Number(input.entryBranchNumber ?? input.financialBranchNumber ?? 1)
  const order: OrderRecord = {
    ...input,
    orderId,
    syncMarker: ++state.counters.orderSyncMarker,
    orderType: input.orderType ?? 'ORDER-TYPE-SALES-ORDER',
    entryBranchNumber: branch,
    employeeName: String(employee?.name ?? ''),
    entryTimestamp: input.entryTimestamp ?? soapDateTime(now),
    relationName: String(relation?.name ?? ''),
    financialDate: input.financialDate ?? soapDate(now),
    financialBranchNumber: Number(input.financialBranchNumber ?? branch),
    totalInclAmount: input.totalInclAmount ?? total,
    vatMethod: input.vatMethod ?? 'VAT-METHOD-INCLUSIVE',
    prepaidAmount: paid,
    fullyPaid: paid >= total,
    deliveryState: 'ORDER-DELIVERY-STATE-NOTHING',
    cancelState: 'ORDER-CANCEL-STATE-NOTHING',
    completeState: 'ORDER-COMPLETE-STATE-NOTHING',
    orderNumber: { year: now.getUTCFullYear(), number },
    lineList: { line: lines },
    paymentList: payments.length > 0 ? { payment: payments } : undefined
  }
  state.orders.set(orderId, order)
  if (typeof order.extOrderId === 'string' && order.extOrderId !== '')
    state.orderIdsByExtOrderId.set(order.extOrderId, orderId)
  reserveStock(order, context)
  // orderString format UNCONFIRMED; the simulator uses "<year>-<number>".
  return {
    result: 'CREATE-ORDER-RESULT-OK',
    errorMessage: '',
    order,
    info: { orderId, orderString: `${now.getUTCFullYear()}-${number}`, orderQueued: false }
  }
}

/** A final (non-prepay) payment that covers the order invoices it (inference, reference §7.5, UNCONFIRMED). */
function invoiceOrder(order: OrderRecord, context: OperationContext): string {
  const invoiceId = randomUUID()
  const invoice: SalesDocumentRecord = {
    invoiceId,
    orderIds: { id: [order.orderId] },
    extOrderIds: order.extOrderId ? { id: [String(order.extOrderId)] } : undefined,
    syncMarker: ++context.state.counters.invoiceSyncMarker,
    invoiceNumber: {
      year: context.now().getUTCFullYear(),
      number: context.state.invoices.size + 1
    },
    invoiceType: 'INVOICE-TYPE-INVOICE',
    employeeNumber: order.employeeNumber,
    relationNumber: order.relationNumber,
    relationName: order.relationName,
    financialDate: soapDate(context.now()),
    financialBranchNumber: order.financialBranchNumber,
    totalInclAmount: order.totalInclAmount,
    vatMethod: order.vatMethod,
    paidAmount: order.prepaidAmount,
    state: 'INVOICE-STATE-PAID',
    lineList: order.lineList,
    paymentList: order.paymentList
  }
  context.state.invoices.set(invoiceId, invoice)
  order.invoiceIds = { id: [invoiceId] }
  return invoiceId
}

function ordersPage(request: PlainObject, orders: Iterable<OrderRecord>): PlainObject {
  const includeLines = request.includeLineList !== false
  const page = pageBySyncMarker(orders, Number(request.syncMarker ?? 0), limitOf(request))
  return {
    orderList: { order: includeLines ? page : page.map((o) => ({ ...o, lineList: undefined })) }
  }
}

export const orderOperations: Record<string, OperationSpec> = {
  createOrder: write((body, context) => {
    const outcome = createOrder((body.order as PlainObject | undefined) ?? { orderId: '' }, context)
    return { result: outcome.result, info: outcome.info, errorMessage: outcome.errorMessage }
  }),
  createOrderV2: write((body, context) => {
    const outcome = createOrder(requestOf(body).order as PlainObject, context)
    return {
      result: outcome.result,
      order: outcome.order,
      errorMessage: outcome.errorMessage,
      info: outcome.info
    }
  }),
  createOrderV3: write((body, context) => {
    const request = requestOf(body)
    const key = String(request.idempotencyKey)
    const original = context.state.idempotentResponses.get(key)
    // A repeated idempotencyKey replays the first response and creates nothing (reference §6).
    if (original) return { ...original, idempotencyResult: 'IDEMPOTENCY-RESULT-REPLAY-RESPONSE' }
    const payments =
      ((request.paymentList as PlainObject | undefined)?.payment as PlainObject[] | undefined) ?? []
    const outcome = createOrder(request.order as PlainObject, context, payments)
    let payResult: string | undefined
    let invoiceId: string | undefined
    if (outcome.order && payments.length > 0) {
      payResult = 'PAY-ORDER-RESULT-OK'
      if (request.prepay !== true && outcome.order.fullyPaid === true)
        invoiceId = invoiceOrder(outcome.order, context)
    }
    const response: PlainObject = {
      idempotencyResult: 'IDEMPOTENCY-RESULT-ORIGINAL-RESPONSE',
      result: outcome.result,
      order: outcome.order ? structuredClone(outcome.order) : undefined,
      errorMessage: outcome.errorMessage,
      info: outcome.info,
      payResult,
      invoiceId
    }
    context.state.idempotentResponses.set(key, response)
    return response
  }),
  findOrder: read((body, context) => {
    const orderId = context.state.orderIdsByExtOrderId.get(String(body.extOrderId))
    const order = orderId === undefined ? undefined : context.state.orders.get(orderId)
    return order
      ? { result: 'GET-ORDER-RESULT-OK', order }
      : { result: 'GET-ORDER-RESULT-NOT-FOUND' }
  }),
  getOrders: read((body, context) => {
    const request = requestOf(body)
    const orderIds = (request.orderIds as string[] | undefined) ?? []
    const relationNumbers = numbersOf(request.relationNumbers)
    const orders = [...context.state.orders.values()]
      .filter((o) => orderIds.length === 0 || orderIds.includes(o.orderId))
      .filter(
        (o) => relationNumbers.length === 0 || relationNumbers.includes(Number(o.relationNumber))
      )
    return ordersPage(request, orders)
  }),
  getOrdersByExtOrderIds: read((body, context) => {
    const request = requestOf(body)
    const ids = ((request.extOrderIds as PlainObject | undefined)?.id as string[] | undefined) ?? []
    const orders = ids.flatMap((id) => {
      const orderId = context.state.orderIdsByExtOrderId.get(id)
      const order = orderId === undefined ? undefined : context.state.orders.get(orderId)
      return order ? [order] : []
    })
    return ordersPage(request, orders)
  })
}

function documentsPage(
  request: PlainObject,
  documents: Iterable<SalesDocumentRecord>
): SalesDocumentRecord[] {
  const relationNumbers = numbersOf(request.relationNumbers)
  const filtered = [...documents].filter(
    (d) => relationNumbers.length === 0 || relationNumbers.includes(Number(d.relationNumber))
  )
  const page = pageBySyncMarker(filtered, Number(request.syncMarker ?? 0), limitOf(request))
  return request.includeLineList === false ? page.map((d) => ({ ...d, lineList: undefined })) : page
}

export const salesDocumentOperations: Record<string, OperationSpec> = {
  getInvoices: read((body, context) => ({
    invoiceList: { invoice: documentsPage(requestOf(body), context.state.invoices.values()) }
  })),
  getReceipts: read((body, context) => ({
    receiptList: { receipt: documentsPage(requestOf(body), context.state.receipts.values()) }
  }))
}
