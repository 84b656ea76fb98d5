import { randomBytes, randomUUID } from 'node:crypto'
import { soapDate, soapDateTime } from '../mplus-dates'
import type { OrderRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import { read, requestOf, write, type OperationContext, type OperationSpec } from './context'
import {
  documentTotals,
  lineRefusal,
  linesOf,
  pricedLine,
  type PricingContext
} from './sales-lines'
import { salesDocumentsPage, storeInvoice } from './sales-documents'
import { adjustStock } from './stock-operations'

interface CreateOutcome {
  result: string
  errorMessage: string
  order?: OrderRecord
  info: PlainObject
}

const emptyInfo: PlainObject = { orderId: '', orderString: '' }

function failed(result: string, errorMessage: string): CreateOutcome {
  return { result, errorMessage, info: emptyInfo }
}

function pricingOf(order: PlainObject, context: OperationContext): PricingContext {
  return {
    state: context.state,
    branchNumber: Number(order.entryBranchNumber ?? order.financialBranchNumber ?? 1),
    vatMethod: String(order.vatMethod ?? 'VAT-METHOD-INCLUSIVE'),
    vatCountryIso3: typeof order.vatCountryIso3 === 'string' ? order.vatCountryIso3 : undefined
  }
}

/**
 * Why a new order is refused, or undefined. Mirrors the documented requirements (reference §7.5):
 * "when creating an order, you are always required to attach a relation" — so the WSDL's optional
 * relationNumber is required here, and anonymous sales exist only as receipts and invoices.
 */
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
  const pricing = pricingOf(order, context)
  if (!state.branches.some((b) => b.branchNumber === pricing.branchNumber))
    return failed('CREATE-ORDER-RESULT-FAILED', `Branch ${pricing.branchNumber} not found`)
  const lines = linesOf(order)
  if (lines.length === 0)
    return failed('CREATE-ORDER-RESULT-FAILED', 'An order needs at least one line')
  for (const line of lines) {
    const refused = lineRefusal(line, pricing)
    if (refused) return failed('CREATE-ORDER-RESULT-FAILED', refused)
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
    const data = line.data as PlainObject
    adjustStock(
      context,
      branch,
      Number(line.articleNumber),
      'amountReserved',
      Number(data.quantity),
      Number(data.decimalPlaces)
    )
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
  const pricing = pricingOf(input, context)
  const lines = linesOf(input).map((line) => pricedLine(line, pricing, randomUUID()))
  // The header totals are the server's sum of the lines; totals in the request are not copied.
  const totals = documentTotals(lines, pricing)
  const paid = payments.reduce((sum, p) => sum + Number(p.amount), 0)
  const branch = pricing.branchNumber
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
    ...totals,
    vatMethod: pricing.vatMethod,
    prepaidAmount: paid,
    fullyPaid: paid >= totals.totalInclAmount,
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
  const invoice = storeInvoice(
    {
      orderIds: { id: [order.orderId] },
      extOrderIds: order.extOrderId ? { id: [String(order.extOrderId)] } : undefined,
      invoiceType: 'INVOICE-TYPE-INVOICE',
      employeeNumber: order.employeeNumber,
      employeeName: order.employeeName,
      entryTimestamp: soapDateTime(context.now()),
      relationNumber: order.relationNumber,
      relationName: order.relationName,
      deliveryAddress: order.deliveryAddress,
      invoiceAddress: order.invoiceAddress,
      financialDate: soapDate(context.now()),
      financialBranchNumber: order.financialBranchNumber,
      totalInclAmount: order.totalInclAmount,
      totalExclAmount: order.totalExclAmount,
      vatMethod: order.vatMethod,
      vatGroupList: order.vatGroupList,
      paidAmount: order.prepaidAmount,
      state: 'INVOICE-STATE-PAID',
      lineList: order.lineList,
      paymentList: order.paymentList,
      vatCountryIso3: order.vatCountryIso3
    },
    context
  )
  order.invoiceIds = { id: [String(invoice.invoiceId)] }
  return String(invoice.invoiceId)
}

/** getOrders without orderTypeList: "defaults to SALES_ORDER, REPEAT_SALES_ORDER, and EXTERNAL_SALES_ORDER" (WSDL). */
const defaultOrderTypes = [
  'ORDER-TYPE-SALES-ORDER',
  'ORDER-TYPE-REPEAT-SALES-ORDER',
  'ORDER-TYPE-EXTERNAL-SALES-ORDER'
]

function ordersPage(
  request: PlainObject,
  orders: Iterable<OrderRecord>,
  orderIds: string[] = []
): PlainObject {
  return {
    orderList: {
      order: salesDocumentsPage(request, orders, { field: 'orderId', wanted: orderIds })
    }
  }
}

function orderResponse(order: OrderRecord | undefined): PlainObject {
  return order ? { result: 'GET-ORDER-RESULT-OK', order } : { result: 'GET-ORDER-RESULT-NOT-FOUND' }
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
    return orderResponse(orderId === undefined ? undefined : context.state.orders.get(orderId))
  }),
  getOrder: read((body, context) => orderResponse(context.state.orders.get(String(body.orderId)))),
  getOrders: read((body, context) => {
    const request = requestOf(body)
    const types =
      ((request.orderTypeList as PlainObject | undefined)?.orderType as string[] | undefined) ??
      defaultOrderTypes
    const orders = [...context.state.orders.values()].filter((o) =>
      types.includes(String(o.orderType))
    )
    return ordersPage(request, orders, (request.orderIds as string[] | undefined) ?? [])
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
