import { soapDate, soapDateTime } from '../mplus-dates'
import { findArticle, pageBySyncMarker, yearNumberKey, type PurchaseRecord } from '../state'
import type { PlainObject } from '../xml-codec'
import {
  limitOf,
  numbersOf,
  read,
  requestOf,
  write,
  type OperationContext,
  type OperationSpec
} from './context'
import { linesOf } from './sales-lines'
import { adjustStock } from './stock-operations'

/**
 * Purchasing, as far as stock needs it: an open purchase order raises `amountIncoming` of its
 * stock articles ("incoming through procurement orders", reference §7.4); a purchase delivery turns
 * delivered quantities into free stock (history type DELIVERY) and, when it delivers a purchase
 * order, lowers that order's incoming amounts.
 *
 * Assumptions (the reference has no prose on purchasing): a purchase order and a delivery need a
 * supplier relation and a known branch; a line's branch defaults to the document's; a line
 * quantity without decimalPlaces has 0; a delivery of more than was ordered raises free stock by
 * the delivered quantity and lowers incoming by at most the open quantity; only
 * savePurchaseOrderV2 / savePurchaseDeliveryV2 / getPurchaseOrdersV2 are simulated.
 */

type Refusal = { result: string; errorMessage: string }

function articleIsStock(context: OperationContext, articleNumber: number): boolean | undefined {
  const article = findArticle(context.state, articleNumber)
  return article ? article.stockArticle !== false : undefined
}

function documentRefusal(
  document: PlainObject,
  context: OperationContext,
  prefix: 'SAVE-PURCHASE-ORDER-RESULT' | 'SAVE-PURCHASE-DELIVERY-RESULT',
  nonStock: string
): Refusal | undefined {
  const failed = (errorMessage: string): Refusal => ({ result: `${prefix}-FAILED`, errorMessage })
  const relationNumber = Number(document.relationNumber ?? 0)
  if (!context.state.relations.has(relationNumber))
    return failed(`Supplier relation ${relationNumber} not found`)
  const branch = Number(document.branchNumber ?? 1)
  if (!context.state.branches.some((b) => b.branchNumber === branch))
    return failed(`Branch ${branch} not found`)
  const lines = linesOf(document)
  if (lines.length === 0) return failed('A purchase document needs at least one line')
  for (const line of lines) {
    const isStock = articleIsStock(context, Number(line.articleNumber))
    if (isStock === undefined) return failed(`Article ${String(line.articleNumber)} not found`)
    if (!isStock)
      return {
        result: `${prefix}-${nonStock}`,
        errorMessage: `Article ${String(line.articleNumber)} is not a stock article`
      }
  }
  return undefined
}

function lineBranch(line: PlainObject, document: PlainObject): number {
  return Number(line.branchNumber ?? document.branchNumber ?? 1)
}

/** The open (ordered − delivered) quantity of a purchase order line, in its decimal places. */
function openQuantity(data: PlainObject): number {
  return Number(data.quantity) - Number(data.deliveredQuantity ?? 0)
}

function setIncoming(order: PurchaseRecord, context: OperationContext, sign: 1 | -1): void {
  for (const line of order.lineList.line) {
    const data = line.data as PlainObject
    adjustStock(
      context,
      lineBranch(line, order),
      Number(line.articleNumber),
      'amountIncoming',
      sign * openQuantity(data),
      Number(data.decimalPlaces ?? 0)
    )
  }
}

function purchaseOrderState(order: PurchaseRecord): string {
  const lines = order.lineList.line.map((l) => l.data as PlainObject)
  if (lines.every((d) => openQuantity(d) <= 0)) return 'PURCHASE-ORDER-STATE-COMPLETELY-DELIVERED'
  if (lines.some((d) => Number(d.deliveredQuantity ?? 0) > 0))
    return 'PURCHASE-ORDER-STATE-PARTIALLY-DELIVERED'
  return 'PURCHASE-ORDER-STATE-OPEN'
}

function savePurchaseOrder(input: PlainObject, context: OperationContext): PlainObject {
  const { state } = context
  const existingKey =
    input.purchaseOrderNumber === undefined ? undefined : yearNumberKey(input.purchaseOrderNumber)
  const existing = existingKey === undefined ? undefined : state.purchaseOrders.get(existingKey)
  if (existingKey !== undefined && !existing)
    return {
      result: 'SAVE-PURCHASE-ORDER-RESULT-NOT-FOUND',
      errorMessage: `Purchase order ${existingKey} not found`
    }
  const extId = input.extPurchaseOrderId
  if (
    typeof extId === 'string' &&
    extId !== '' &&
    [...state.purchaseOrders.values()].some((o) => o.extPurchaseOrderId === extId && o !== existing)
  )
    return {
      result: 'SAVE-PURCHASE-ORDER-RESULT-EXT-ORDER-ID-ALREADY-EXISTS',
      errorMessage: `A purchase order with extPurchaseOrderId ${extId} already exists`
    }
  if (
    existing &&
    input.versionNumber !== undefined &&
    input.versionNumber !== existing.versionNumber
  )
    return {
      result: 'SAVE-PURCHASE-ORDER-RESULT-ORDER-HAS-CHANGED',
      errorMessage: 'The purchase order was changed since it was read'
    }
  const refused = documentRefusal(
    input,
    context,
    'SAVE-PURCHASE-ORDER-RESULT',
    'NON-STOCK-ARTICLE-USED'
  )
  if (refused) return refused
  const now = context.now()
  const number = existing
    ? (existing.purchaseOrderNumber as PlainObject)
    : { year: now.getUTCFullYear(), number: state.counters.nextPurchaseOrderNumber++ }
  if (existing) setIncoming(existing, context, -1)
  const relation = state.relations.get(Number(input.relationNumber))
  // deliveryAddressId and a line's barcode are write-only (PurchaseOrderV2 has neither).
  const { deliveryAddressId: _addressId, ...fields } = input
  const order: PurchaseRecord = {
    ...fields,
    purchaseOrderNumber: number,
    orderDate: input.orderDate ?? existing?.orderDate ?? soapDate(now),
    entryTimestamp: existing?.entryTimestamp ?? soapDateTime(now),
    relationName: relation?.name,
    branchNumber: Number(input.branchNumber ?? 1),
    syncMarker: ++state.counters.purchaseOrderSyncMarker,
    versionNumber: Number(existing?.versionNumber ?? 0) + 1,
    lineList: {
      line: linesOf(input).map(({ barcode: _barcode, ...line }, index) => {
        const data = (line.data as PlainObject | undefined) ?? {}
        return {
          ...line,
          lineNumber: index + 1,
          data: {
            ...data,
            quantity: Number(data.quantity ?? 0),
            decimalPlaces: Number(data.decimalPlaces ?? 0),
            deliveredQuantity: 0,
            deliveredDecimalPlaces: Number(data.decimalPlaces ?? 0)
          }
        }
      })
    }
  }
  order.state = input.state ?? purchaseOrderState(order)
  order.lineListCount = order.lineList.line.length
  state.purchaseOrders.set(yearNumberKey(number), order)
  setIncoming(order, context, 1)
  return { result: 'SAVE-PURCHASE-ORDER-RESULT-OK', info: { purchaseOrderNumber: number } }
}

function savePurchaseDelivery(request: PlainObject, context: OperationContext): PlainObject {
  const { state } = context
  const input = request.savePurchaseDelivery as PlainObject
  if (input.purchaseDeliveryNumber !== undefined)
    return {
      result: 'SAVE-PURCHASE-DELIVERY-RESULT-FAILED',
      errorMessage: 'Changing a saved purchase delivery is not simulated'
    }
  const fromOrder = request.fromPurchaseOrder as PlainObject | undefined
  const order =
    fromOrder === undefined ? undefined : state.purchaseOrders.get(yearNumberKey(fromOrder))
  if (fromOrder && !order)
    return {
      result: 'SAVE-PURCHASE-DELIVERY-RESULT-ORDER-NOT-FOUND',
      errorMessage: `Purchase order ${yearNumberKey(fromOrder)} not found`
    }
  if (order && Number(fromOrder?.version) !== Number(order.versionNumber))
    return {
      result: 'SAVE-PURCHASE-DELIVERY-RESULT-ORDER-HAS-CHANGED',
      errorMessage: 'The purchase order was changed since it was read'
    }
  const extId = input.extPurchaseDeliveryId
  if (
    typeof extId === 'string' &&
    extId !== '' &&
    [...state.purchaseDeliveries.values()].some((d) => d.extPurchaseDeliveryId === extId)
  )
    return {
      result: 'SAVE-PURCHASE-DELIVERY-RESULT-EXT-DELIVERY-ID-ALREADY-EXISTS',
      errorMessage: `A purchase delivery with extPurchaseDeliveryId ${extId} already exists`
    }
  const refused = documentRefusal(
    input,
    context,
    'SAVE-PURCHASE-DELIVERY-RESULT',
    'NON-STOCK-ARTICLES-USED'
  )
  if (refused) return refused
  if (order) {
    const ordered = new Set(order.lineList.line.map((l) => Number(l.articleNumber)))
    if (linesOf(input).some((l) => !ordered.has(Number(l.articleNumber))))
      return {
        result: 'SAVE-PURCHASE-DELIVERY-RESULT-LINES-DIVERGE-FROM-ORDER',
        errorMessage: 'The delivery has articles the purchase order does not have'
      }
  }
  const now = context.now()
  const number = { year: now.getUTCFullYear(), number: state.counters.nextPurchaseDeliveryNumber++ }
  const delivery: PurchaseRecord = {
    ...input,
    purchaseDeliveryNumber: number,
    deliveryDate: input.deliveryDate ?? soapDate(now),
    branchNumber: Number(input.branchNumber ?? 1),
    syncMarker: ++state.counters.purchaseDeliverySyncMarker,
    lineList: { line: linesOf(input) }
  }
  for (const line of delivery.lineList.line) {
    const data = (line.data as PlainObject | undefined) ?? {}
    const places = Number(data.deliveredDecimalPlaces ?? 0)
    const delivered = Number(data.deliveredQuantity ?? 0)
    const branch = lineBranch(line, delivery)
    const articleNumber = Number(line.articleNumber)
    const orderLine = order?.lineList.line.find(
      (l) => Number(l.articleNumber) === articleNumber && lineBranch(l, order) === branch
    )
    if (orderLine) {
      const orderData = orderLine.data as PlainObject
      const orderPlaces = Number(orderData.decimalPlaces)
      const inOrderPlaces = Math.round(delivered * 10 ** (orderPlaces - places))
      const lowered = Math.min(Math.max(openQuantity(orderData), 0), inOrderPlaces)
      orderData.deliveredQuantity = Number(orderData.deliveredQuantity ?? 0) + inOrderPlaces
      adjustStock(context, branch, articleNumber, 'amountIncoming', -lowered, orderPlaces)
    }
    adjustStock(context, branch, articleNumber, 'amountFree', delivered, places, {
      type: 'STOCK-HISTORY-TYPE-DELIVERY',
      deliveryNumber: number
    })
  }
  if (order) {
    order.state = purchaseOrderState(order)
    order.purchaseDeliveryNumbers = {
      yearNumber: [
        ...(((order.purchaseDeliveryNumbers as PlainObject | undefined)?.yearNumber as
          PlainObject[] | undefined) ?? []),
        number
      ]
    }
    order.syncMarker = ++state.counters.purchaseOrderSyncMarker
  }
  state.purchaseDeliveries.set(yearNumberKey(number), delivery)
  return { result: 'SAVE-PURCHASE-DELIVERY-RESULT-OK', info: { purchaseDeliveryNumber: number } }
}

export const purchaseOperations: Record<string, OperationSpec> = {
  savePurchaseOrderV2: write((body, context) =>
    savePurchaseOrder(requestOf(body).savePurchaseOrder as PlainObject, context)
  ),
  savePurchaseDeliveryV2: write((body, context) => savePurchaseDelivery(requestOf(body), context)),
  getPurchaseOrdersV2: read((body, context) => {
    const request = requestOf(body)
    const states = (request.purchaseOrderStates as string[] | undefined) ?? []
    const branches = numbersOf(request.branchNumbers)
    const ext = request.extPurchaseOrderId
    const number =
      request.purchaseOrderNumber === undefined
        ? undefined
        : yearNumberKey(request.purchaseOrderNumber)
    const orders = [...context.state.purchaseOrders.values()].filter(
      (o) =>
        (states.length === 0 || states.includes(String(o.state))) &&
        (branches.length === 0 || branches.includes(Number(o.branchNumber))) &&
        (ext === undefined || o.extPurchaseOrderId === ext) &&
        (number === undefined || yearNumberKey(o.purchaseOrderNumber) === number)
    )
    const page = pageBySyncMarker(orders, Number(request.syncMarker ?? 0), limitOf(request))
    return {
      purchaseOrderList: {
        purchaseOrder:
          request.includeLineList === false
            ? page.map((o) => ({ ...o, lineList: undefined }))
            : page
      }
    }
  })
}
