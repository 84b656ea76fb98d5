import { randomUUID } from 'node:crypto'
import { compareSoapDates, soapDate, soapDateFromIso, soapDateTime } from '../mplus-dates'
import { pageBySyncMarker, type SalesDocumentRecord } from '../state'
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
import {
  documentTotals,
  lineRefusal,
  linesOf,
  pricedLine,
  type PricingContext
} from './sales-lines'
import { adjustStock } from './stock-operations'

/**
 * Completed sales: invoices and till receipts, and their credits.
 *
 * - Invoices are created through the WSDL's `saveInvoice` (without an invoiceId; with one it
 *   updates), from a paid order (createOrderV3 with a final payment), and credited with
 *   `creditInvoice` / `creditInvoiceV2`, which create a credit invoice (INVOICE-TYPE-CREDIT-INVOICE,
 *   `creditedInvoiceId` = the original, negated lines and totals). A second credit of the same
 *   invoice, or a credit of a credit, is refused with …-FAILED (an assumption).
 * - The WSDL has no operation that creates a till receipt (receipts are made at the till), so the
 *   simulator creates them through its admin surface: `POST /__admin/receipts` and
 *   `POST /__admin/receipts/{receiptId}/credit`, and changes one with
 *   `PATCH /__admin/receipts/{receiptId}` (see createReceipt / creditReceipt / changeReceipt).
 *   This is the simulator's own surface, not MplusQapi.
 * - A sale without relationNumber is anonymous: allowed for receipts and invoices (the WSDL makes
 *   relationNumber optional on both), unlike orders (reference §7.5).
 * - Receipts and saveInvoice sales lower free stock (history type SALES with the document's id);
 *   their credits raise it again. An invoice made from an order leaves stock alone (the order's
 *   reservation stays; deliveries are not simulated).
 * - Filters: syncMarker (≥), relationNumbers, branchNumbers (financial branch), from/through
 *   financial date (inclusive), ids; other filters of the WSDL are accepted and ignored.
 */

export function salesDocumentsPage<T extends SalesDocumentRecord>(
  request: PlainObject,
  documents: Iterable<T>,
  ids: { field: string; wanted: string[] }
): T[] {
  const relationNumbers = numbersOf(request.relationNumbers)
  const branchNumbers = numbersOf(request.branchNumbers)
  const from = request.fromFinancialDate as PlainObject | undefined
  const through = request.throughFinancialDate as PlainObject | undefined
  const filtered = [...documents].filter(
    (d) =>
      (ids.wanted.length === 0 || ids.wanted.includes(String(d[ids.field]))) &&
      (relationNumbers.length === 0 || relationNumbers.includes(Number(d.relationNumber))) &&
      (branchNumbers.length === 0 || branchNumbers.includes(Number(d.financialBranchNumber))) &&
      (!from || compareSoapDates(d.financialDate as PlainObject, from) >= 0) &&
      (!through || compareSoapDates(d.financialDate as PlainObject, through) <= 0)
  )
  const page = pageBySyncMarker(filtered, Number(request.syncMarker ?? 0), limitOf(request))
  return request.includeLineList === false ? page.map((d) => ({ ...d, lineList: undefined })) : page
}

/** Stores a new invoice: id, syncMarker and number assigned by the "server". */
export function storeInvoice(fields: PlainObject, context: OperationContext): SalesDocumentRecord {
  const { state } = context
  const invoice: SalesDocumentRecord = {
    ...fields,
    invoiceId: randomUUID(),
    syncMarker: ++state.counters.invoiceSyncMarker,
    invoiceNumber: {
      year: context.now().getUTCFullYear(),
      number: state.counters.nextInvoiceNumber++
    }
  }
  state.invoices.set(String(invoice.invoiceId), invoice)
  return invoice
}

function pricingOf(document: PlainObject, context: OperationContext): PricingContext {
  return {
    state: context.state,
    branchNumber: Number(document.financialBranchNumber ?? 1),
    vatMethod: String(document.vatMethod ?? 'VAT-METHOD-INCLUSIVE'),
    vatCountryIso3:
      typeof document.vatCountryIso3 === 'string' ? document.vatCountryIso3 : undefined
  }
}

/** Why a sale cannot be booked (unknown relation, employee, branch, article), or undefined. */
function saleRefusal(document: PlainObject, context: OperationContext): string | undefined {
  const { state } = context
  if (
    document.relationNumber !== undefined &&
    !state.relations.has(Number(document.relationNumber))
  )
    return `Relation ${String(document.relationNumber)} not found`
  if (!state.employees.has(Number(document.employeeNumber)))
    return `Employee ${String(document.employeeNumber ?? '(none)')} not found`
  const pricing = pricingOf(document, context)
  if (!state.branches.some((b) => b.branchNumber === pricing.branchNumber))
    return `Branch ${pricing.branchNumber} not found`
  const lines = linesOf(document)
  if (lines.length === 0) return 'A sale needs at least one line'
  for (const line of lines) {
    const refused = lineRefusal(line, pricing)
    if (refused) return refused
  }
  return undefined
}

/** The common header of a booked sale: names looked up, lines priced, totals summed. */
function bookedSale(
  document: PlainObject,
  context: OperationContext,
  sign: 1 | -1
): PlainObject & { lineList: { line: PlainObject[] }; totalInclAmount: number } {
  const { state } = context
  const pricing = { ...pricingOf(document, context), sign }
  const lines = linesOf(document).map((line) => pricedLine(line, pricing, randomUUID()))
  const totals = documentTotals(lines, pricing)
  const now = context.now()
  return {
    employeeNumber: Number(document.employeeNumber),
    employeeName: String(state.employees.get(Number(document.employeeNumber))?.name ?? ''),
    entryTimestamp: document.entryTimestamp ?? soapDateTime(now),
    relationNumber: document.relationNumber,
    relationName:
      document.relationNumber === undefined
        ? undefined
        : state.relations.get(Number(document.relationNumber))?.name,
    financialDate: document.financialDate ?? soapDate(now),
    financialBranchNumber: pricing.branchNumber,
    workplaceNumber: Number(document.workplaceNumber ?? 1),
    reference: document.reference,
    ...totals,
    vatMethod: pricing.vatMethod,
    lineList: { line: lines }
  }
}

function moveSoldStock(
  sale: PlainObject,
  context: OperationContext,
  origin: { receiptId?: string; receiptNumber?: PlainObject; invoiceId?: string }
): void {
  for (const line of linesOf(sale)) {
    const data = line.data as PlainObject
    adjustStock(
      context,
      Number(sale.financialBranchNumber),
      Number(line.articleNumber),
      'amountFree',
      -Number(data.quantity),
      Number(data.decimalPlaces),
      { type: 'STOCK-HISTORY-TYPE-SALES', ...origin }
    )
  }
}

function paymentsFor(total: number, payments: PlainObject[] | undefined): PlainObject[] {
  return payments && payments.length > 0 ? payments : [{ method: 'CONTANT', amount: total }]
}

/** Input of the admin surface's receipt creation (JSON; dates as 'YYYY-MM-DD'). */
export interface ReceiptInput {
  branchNumber?: number
  workplaceNumber?: number
  employeeNumber?: number
  /** absent = anonymous sale */
  relationNumber?: number
  vatMethod?: string
  financialDate?: string
  extReceiptId?: string
  lines: {
    articleNumber: number
    quantity: number
    decimalPlaces?: number
    /** cents; default the article's price */
    price?: number
    discountAmount?: number
    discountPercentage?: number
    vatCode?: number
    text?: string
  }[]
  /** default: one cash payment of the total */
  payments?: { method: string; amount: number }[]
}

function receiptNumberOf(context: OperationContext, branchNumber: number, workplace: number) {
  return {
    branchNumber,
    workplaceNumber: workplace,
    year: context.now().getUTCFullYear(),
    number: context.state.counters.nextReceiptNumber++
  }
}

/** A till sale (admin surface): throws with the reason when it cannot be booked. */
export function createReceipt(input: ReceiptInput, context: OperationContext): SalesDocumentRecord {
  if (!Array.isArray(input.lines)) throw new Error('lines must be an array')
  const document: PlainObject = {
    employeeNumber: input.employeeNumber ?? 999999,
    relationNumber: input.relationNumber,
    financialBranchNumber: input.branchNumber ?? 1,
    workplaceNumber: input.workplaceNumber ?? 1,
    vatMethod: input.vatMethod,
    financialDate: input.financialDate ? soapDateFromIso(input.financialDate) : undefined,
    lineList: {
      line: input.lines.map(({ articleNumber, text, ...data }) => ({ articleNumber, text, data }))
    }
  }
  const refused = saleRefusal(document, context)
  if (refused) throw new Error(refused)
  const sale = bookedSale(document, context, 1)
  const payments = paymentsFor(sale.totalInclAmount, input.payments)
  const receipt: SalesDocumentRecord = {
    receiptId: randomUUID(),
    extReceiptId: input.extReceiptId,
    syncMarker: ++context.state.counters.receiptSyncMarker,
    receiptNumber: receiptNumberOf(
      context,
      Number(sale.financialBranchNumber),
      Number(sale.workplaceNumber)
    ),
    receiptType: 'RECEIPT-TYPE-RECEIPT',
    ...sale,
    paidAmount: payments.reduce((sum, p) => sum + Number(p.amount), 0),
    state: 'RECEIPT-STATE-PAID',
    paymentList: { payment: payments }
  }
  context.state.receipts.set(String(receipt.receiptId), receipt)
  moveSoldStock(receipt, context, {
    receiptId: String(receipt.receiptId),
    receiptNumber: receipt.receiptNumber as PlainObject
  })
  return receipt
}

/**
 * A full credit of a receipt (admin surface), as the till books a return of the whole receipt:
 * a RECEIPT-TYPE-CREDIT-RECEIPT with negated lines and `creditedReceiptId`. Partial returns are
 * not simulated. Throws when the receipt is unknown, is a credit itself or was credited already.
 */
export function creditReceipt(receiptId: string, context: OperationContext): SalesDocumentRecord {
  const { state } = context
  const original = state.receipts.get(receiptId)
  if (!original) throw new Error(`Receipt ${receiptId} not found`)
  if (original.receiptType !== 'RECEIPT-TYPE-RECEIPT')
    throw new Error(`Receipt ${receiptId} is not a sale`)
  if ([...state.receipts.values()].some((r) => r.creditedReceiptId === receiptId))
    throw new Error(`Receipt ${receiptId} was credited already`)
  const sale = bookedSale(
    { ...original, entryTimestamp: undefined, financialDate: undefined },
    context,
    -1
  )
  const credit: SalesDocumentRecord = {
    receiptId: randomUUID(),
    syncMarker: ++state.counters.receiptSyncMarker,
    receiptNumber: receiptNumberOf(
      context,
      Number(sale.financialBranchNumber),
      Number(sale.workplaceNumber)
    ),
    receiptType: 'RECEIPT-TYPE-CREDIT-RECEIPT',
    ...sale,
    paidAmount: sale.totalInclAmount,
    state: 'RECEIPT-STATE-PAID',
    paymentList: { payment: [{ method: 'CONTANT', amount: sale.totalInclAmount }] },
    creditedReceiptId: receiptId
  }
  state.receipts.set(String(credit.receiptId), credit)
  moveSoldStock(credit, context, {
    receiptId: String(credit.receiptId),
    receiptNumber: credit.receiptNumber as PlainObject
  })
  return credit
}

const receiptStates = [
  'RECEIPT-STATE-OUTSTANDING',
  'RECEIPT-STATE-PARTLY-PAID',
  'RECEIPT-STATE-PAID',
  'RECEIPT-STATE-HANDLED',
  'RECEIPT-STATE-OUTSTANDING-CREDIT'
]

/** What can change on a booked receipt (admin surface): its customer (null = none) or state. */
export interface ReceiptChange {
  relationNumber?: number | null
  state?: string
}

/**
 * Changes a booked receipt as the till does afterwards (a customer card attached later, an
 * outstanding receipt paid): the receipt gets the next receipt syncMarker and a higher
 * changeCounter. Lines and totals of a booked receipt never change (returns are credit receipts).
 */
export function changeReceipt(
  receiptId: string,
  change: ReceiptChange,
  context: OperationContext
): SalesDocumentRecord {
  const { state } = context
  const receipt = state.receipts.get(receiptId)
  if (!receipt) throw new Error(`Receipt ${receiptId} not found`)
  if (change.state !== undefined && !receiptStates.includes(change.state))
    throw new Error(`Unknown receipt state ${change.state}`)
  if (typeof change.relationNumber === 'number' && !state.relations.has(change.relationNumber))
    throw new Error(`Relation ${change.relationNumber} not found`)
  if (change.relationNumber !== undefined) {
    receipt.relationNumber = change.relationNumber ?? undefined
    receipt.relationName =
      change.relationNumber === null ? undefined : state.relations.get(change.relationNumber)?.name
  }
  if (change.state !== undefined) receipt.state = change.state
  receipt.changeCounter = Number(receipt.changeCounter ?? 0) + 1
  receipt.syncMarker = ++state.counters.receiptSyncMarker
  return receipt
}

function saveInvoice(input: PlainObject, context: OperationContext): PlainObject {
  const { state } = context
  const failed = (result: string, errorMessage: string): PlainObject => ({
    result,
    info: { invoiceId: '', invoiceString: '' },
    errorMessage
  })
  const invoiceId =
    typeof input.invoiceId === 'string' && input.invoiceId !== '' ? input.invoiceId : undefined
  const existing = invoiceId === undefined ? undefined : state.invoices.get(invoiceId)
  if (invoiceId !== undefined && !existing)
    return failed('SAVE-INVOICE-RESULT-NOT-FOUND', `Invoice ${invoiceId} not found`)
  if (
    existing &&
    input.changeCounter !== undefined &&
    input.changeCounter !== existing.changeCounter
  )
    return failed(
      'SAVE-INVOICE-RESULT-INVOICE-HAS-CHANGED',
      'The invoice was changed since it was read'
    )
  const extId = input.extInvoiceId
  if (
    typeof extId === 'string' &&
    extId !== '' &&
    [...state.invoices.values()].some((i) => i.extInvoiceId === extId && i !== existing)
  )
    return failed(
      'SAVE-INVOICE-RESULT-EXT-INVOICE-ID-ALREADY-EXISTS',
      `An invoice with extInvoiceId ${extId} already exists`
    )
  const refused = saleRefusal(input, context)
  if (refused) return failed('SAVE-INVOICE-RESULT-FAILED', refused)
  const sale = bookedSale(input, context, 1)
  const fields: PlainObject = {
    extInvoiceId: input.extInvoiceId,
    invoiceType: input.invoiceType ?? 'INVOICE-TYPE-INVOICE',
    ...sale,
    relationVatNumber: input.relationVatNumber,
    deliveryAddress: input.deliveryAddress,
    invoiceAddress: input.invoiceAddress,
    dueDate: input.dueDate,
    vatCountryIso3: input.vatCountryIso3,
    paidAmount: 0,
    state: 'INVOICE-STATE-OUTSTANDING',
    changeCounter: Number(existing?.changeCounter ?? 0) + 1
  }
  let invoice: SalesDocumentRecord
  if (existing) {
    if (tookStock(state, String(invoiceId)))
      moveSoldStock({ ...existing, lineList: negatedLines(existing) }, context, { invoiceId })
    invoice = {
      ...fields,
      invoiceId: existing.invoiceId,
      invoiceNumber: existing.invoiceNumber,
      syncMarker: ++state.counters.invoiceSyncMarker
    }
    state.invoices.set(String(invoice.invoiceId), invoice)
  } else {
    invoice = storeInvoice(fields, context)
  }
  moveSoldStock(invoice, context, { invoiceId: String(invoice.invoiceId) })
  const number = invoice.invoiceNumber as PlainObject
  return {
    result: 'SAVE-INVOICE-RESULT-OK',
    info: {
      invoiceId: invoice.invoiceId,
      invoiceString: `${String(number.year)}-${String(number.number)}`,
      invoiceNumber: number
    },
    errorMessage: ''
  }
}

function tookStock(state: OperationContext['state'], invoiceId: string): boolean {
  return state.stockHistory.some((h) => h.invoiceId === invoiceId)
}

function negatedLines(document: PlainObject): { line: PlainObject[] } {
  return {
    line: linesOf(document).map((line) => {
      const data = line.data as PlainObject
      return { ...line, data: { ...data, quantity: -Number(data.quantity) } }
    })
  }
}

/** Credits an invoice; the result suffix (OK / FAILED / NOT-FOUND) and a message. */
function creditInvoice(
  invoiceId: string,
  context: OperationContext,
  options: { financialDate?: PlainObject; explanation?: string }
): { outcome: 'OK' | 'FAILED' | 'NOT-FOUND'; message: string } {
  const { state } = context
  const original = state.invoices.get(invoiceId)
  if (!original) return { outcome: 'NOT-FOUND', message: `Invoice ${invoiceId} not found` }
  if (original.invoiceType === 'INVOICE-TYPE-CREDIT-INVOICE')
    return { outcome: 'FAILED', message: `Invoice ${invoiceId} is a credit invoice` }
  if ([...state.invoices.values()].some((i) => i.creditedInvoiceId === invoiceId))
    return { outcome: 'FAILED', message: `Invoice ${invoiceId} was credited already` }
  const sale = bookedSale(
    { ...original, entryTimestamp: undefined, financialDate: options.financialDate },
    context,
    -1
  )
  const credit = storeInvoice(
    {
      orderIds: original.orderIds,
      extOrderIds: original.extOrderIds,
      invoiceType: 'INVOICE-TYPE-CREDIT-INVOICE',
      ...sale,
      paidAmount: 0,
      state: 'INVOICE-STATE-OUTSTANDING-CREDIT',
      creditedInvoiceId: invoiceId,
      creditedReason: options.explanation
    },
    context
  )
  // Stock comes back only for what the original sale took (an invoice from an order took none).
  if (tookStock(state, invoiceId))
    moveSoldStock(credit, context, { invoiceId: String(credit.invoiceId) })
  return { outcome: 'OK', message: '' }
}

function invoiceResponse(invoice: SalesDocumentRecord | undefined): PlainObject {
  return invoice
    ? { result: 'GET-INVOICE-RESULT-OK', invoice }
    : { result: 'GET-INVOICE-RESULT-NOT-FOUND' }
}

export const salesDocumentOperations: Record<string, OperationSpec> = {
  getInvoices: read((body, context) => {
    const request = requestOf(body)
    const ids = { field: 'invoiceId', wanted: (request.invoiceIds as string[] | undefined) ?? [] }
    return {
      invoiceList: { invoice: salesDocumentsPage(request, context.state.invoices.values(), ids) }
    }
  }),
  getInvoice: read((body, context) =>
    invoiceResponse(context.state.invoices.get(String(body.invoiceId)))
  ),
  findInvoice: read((body, context) =>
    invoiceResponse(
      [...context.state.invoices.values()].find((i) => i.extInvoiceId === body.extInvoiceId)
    )
  ),
  saveInvoice: write((body, context) => saveInvoice(body.invoice as PlainObject, context)),
  creditInvoice: write((body, context) => {
    const { outcome, message } = creditInvoice(String(body.invoiceId), context, {})
    return { result: `CREDIT-INVOICE-RESULT-${outcome}`, message }
  }),
  creditInvoiceV2: write((body, context) => {
    const request = requestOf(body)
    const { outcome } = creditInvoice(String(request.invoiceId ?? ''), context, {
      financialDate: request.financialDate as PlainObject | undefined,
      explanation: request.explanation as string | undefined
    })
    return { result: `CREDIT-INVOICE-V2-RESULT-${outcome}` }
  }),
  getReceipts: read((body, context) => {
    const request = requestOf(body)
    const ids = { field: 'receiptId', wanted: (request.receiptIds as string[] | undefined) ?? [] }
    return {
      receiptList: { receipt: salesDocumentsPage(request, context.state.receipts.values(), ids) }
    }
  }),
  getReceipt: read((body, context) => {
    const receipt = context.state.receipts.get(String(body.receiptId))
    return receipt
      ? { result: 'GET-RECEIPT-RESULT-OK', receipt }
      : { result: 'GET-RECEIPT-RESULT-NOT-FOUND' }
  })
}
