import type { FlowMapping, Transform } from '../../../../shared/contract/mapping-model'
import { path, rule, toText, trim } from '../../mapping/rule'

/**
 * Mailchimp order line → Mplus order header (`order.*`, taken from the first line) and one order
 * line (`line.*`) per Mailchimp line.
 *
 * Source record, one per order line: `{ order, line, country, delivery, invoice, paymentKey,
 * deliveryKey }` — the Mailchimp order as read, one of its lines, the ISO country the order is
 * taxed in (delivery address, else invoice address, else the customer's), both addresses already
 * in the till's one-line form (the orders-in "address form" setting), and the keys of the payment
 * and delivery method tables (Mailchimp orders carry no payment or shipping method: the financial
 * status and the tracking carrier are what there is).
 *
 * VAT code and turnover group come from the lookup tables per country and go on every line; the
 * shipping line copies them. Prices are Mailchimp's, in cents; whether they include VAT is the
 * flow's setting (the order's VAT method).
 */
const whole: Transform = { kind: 'toInteger' }
/** The per-country tables are keyed as the till names its countries (ISO 3166 alpha-3). */
const iso3: Transform = { kind: 'countryToIso3' }
const lookup = (table: string): Transform => ({ kind: 'lookup', table, onMissing: 'empty' })
const address = (kind: 'deliveryAddress' | 'invoiceAddress', from: 'delivery' | 'invoice') =>
  (['name', 'companyName', 'address', 'zipcode', 'city', 'country'] as const).map((part) =>
    rule(`order.${kind}.${part}`, path(`${from}.${part}`), [trim])
  )

export const defaultOrdersInMapping: FlowMapping = {
  rules: [
    rule('order.reference', path('order.id'), [toText]),
    rule('order.paymentMethod', path('paymentKey'), [lookup('paymentMethods'), toText]),
    rule('order.deliveryMethod', path('deliveryKey'), [lookup('deliveryMethods'), toText]),
    rule('order.vatCountryIso3', path('country'), [iso3]),
    ...address('deliveryAddress', 'delivery'),
    ...address('invoiceAddress', 'invoice'),
    rule('line.data.quantity', path('line.quantity'), [], { required: true }),
    rule('line.data.price', path('line.price'), [{ kind: 'decimalToCents' }]),
    rule('line.data.discountAmount', path('line.discount'), [{ kind: 'decimalToCents' }]),
    rule('line.data.vatCode', path('country'), [iso3, lookup('vatCodeByCountry'), whole]),
    rule('line.data.turnoverGroup', path('country'), [
      iso3,
      lookup('turnoverGroupByCountry'),
      whole
    ])
  ]
}
