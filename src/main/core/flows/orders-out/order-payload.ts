import type {
  CustomerUpsert,
  OrderCreate,
  OrderLineInput,
  OrderUpdate
} from '../../connectors/mailchimp/types'
import type { MplusOrderLine } from '../../connectors/mplus/types'
import type { SaleDocument } from './sales'

/**
 * What the flow sends for one sale: the whole order with its customer (upserted first), or, for
 * a credit receipt / credit invoice, the refund of the order of the sale it credits.
 */
export type OrderPayload =
  | { form: 'order'; customer: CustomerUpsert; order: OrderCreate }
  | { form: 'refund'; orderId: string; changes: OrderUpdate }

/** Mplus amounts are integer cents; Mailchimp's are decimal currency units. */
export function fromCents(cents: number): number {
  return Math.round(cents) / 100
}

/**
 * One Mailchimp line from one Mplus line. Mailchimp takes a whole quantity and a unit price: a
 * line sold by weight or length (1.5 kg) goes as quantity 1 at the line's price. `price` is the
 * unit price including VAT (as Mailchimp's own plugins send it) and `discount` the line's discount
 * in money, so `quantity × price − discount` is what the customer paid for the line.
 */
export function orderLine(
  line: MplusOrderLine,
  index: number,
  ids: { productId: string; variantId: string },
  inclusive: boolean
): OrderLineInput {
  const data = line.data
  const places = data?.decimalPlaces ?? 0
  const quantity = (data?.quantity ?? 0) / 10 ** places
  const vatFactor = 1 + (data?.vatPercentage ?? 0) / 100
  const unitCents = inclusive ? (data?.price ?? 0) : (data?.price ?? 0) * vatFactor
  const grossCents = unitCents * quantity
  const paidCents = data?.totalInclAmount ?? grossCents - (data?.discountAmount ?? 0)
  const whole = Number.isInteger(quantity)
  const discountCents = Math.round(grossCents - paidCents)
  return {
    id: line.lineId ?? String(index + 1),
    product_id: ids.productId,
    product_variant_id: ids.variantId,
    quantity: whole ? quantity : 1,
    price: fromCents(whole ? unitCents : grossCents),
    // A negative difference is a surcharge, not a discount: then the price carries it.
    ...(discountCents > 0 ? { discount: fromCents(discountCents) } : {})
  }
}

/** Mailchimp's financial status of a sale (paid, pending, cancelled). */
export function financialStatus(sale: SaleDocument): string {
  switch (sale.source) {
    case 'receipts':
      return ['RECEIPT-STATE-OUTSTANDING', 'RECEIPT-STATE-PARTLY-PAID'].includes(
        sale.document.state
      )
        ? 'pending'
        : 'paid'
    case 'invoices':
      return sale.document.state === 'INVOICE-STATE-PAID' ? 'paid' : 'pending'
    case 'orders': {
      const cancel = sale.document.cancelState
      if (cancel && cancel !== 'ORDER-CANCEL-STATE-NOTHING') return 'cancelled'
      return sale.document.fullyPaid ? 'paid' : 'pending'
    }
  }
}

/**
 * Mailchimp's fulfilment status: a till receipt and an invoice were handed over ("fulfilled" —
 * never "shipped", which would mail a shipping confirmation for a sale made in the shop); an
 * order as far as Mplus delivered it.
 */
export function fulfillmentStatus(sale: SaleDocument): string | undefined {
  if (sale.source !== 'orders') return 'fulfilled'
  const state = sale.document.deliveryState
  if (state === 'ORDER-DELIVERY-STATE-COMPLETE') return 'fulfilled'
  if (state === 'ORDER-DELIVERY-STATE-PARTIAL') return 'partial'
  return undefined
}

/** The order's totals (incl. VAT), tax and discount, from the Mplus header and the lines. */
export function orderTotals(
  sale: SaleDocument,
  lines: OrderLineInput[]
): Pick<OrderCreate, 'order_total' | 'tax_total' | 'discount_total'> {
  const { totalInclAmount, totalExclAmount } = sale.document
  const linesTotal = lines.reduce(
    (sum, line) => sum + line.quantity * line.price - (line.discount ?? 0),
    0
  )
  const total = totalInclAmount === undefined ? Math.round(linesTotal * 100) : totalInclAmount
  const discount = lines.reduce((sum, line) => sum + (line.discount ?? 0), 0)
  return {
    order_total: fromCents(total),
    tax_total: totalExclAmount === undefined ? 0 : fromCents(total - totalExclAmount),
    discount_total: Math.round(discount * 100) / 100
  }
}
