import type { FieldRule, FlowMapping } from '../../../../shared/contract/mapping-model'
import { concat, constant, firstOf, path, rule, toInteger, trim } from './rule'

/**
 * Mailchimp order → Mplus order header (`order.*`) + one line per order line (`line.*`).
 *
 * Source record: `{ order, line }` — a Mailchimp order as `GET …/orders/{id}` returns it and one of
 * its `lines`. The flow adds what the mapping cannot know: the relation number (found or created by
 * e-mail), the branch and the financial date. Totals are left to Mplus, which adds up the lines.
 *
 * Lookups: VAT code and turnover group per billing country go on each line; an empty table leaves
 * them out so Mplus uses the article's own. Mailchimp orders carry no payment or delivery method,
 * so `financial_status` and `tracking_carrier` are the keys offered for those tables.
 */
const country = firstOf(
  path('order.billing_address.country_code'),
  path('order.billing_address.country')
)

function addressRules(block: 'invoiceAddress' | 'deliveryAddress', from: string): FieldRule[] {
  const target = (name: string) => `order.${block}.${name}`
  return [
    rule(
      target('name'),
      firstOf(
        path(`${from}.name`),
        concat([path('order.customer.first_name'), path('order.customer.last_name')])
      ),
      [trim]
    ),
    rule(target('companyName'), path(`${from}.company`), [trim]),
    rule(target('address'), concat([path(`${from}.address1`), path(`${from}.address2`)]), [trim]),
    rule(target('zipcode'), path(`${from}.postal_code`), [trim, { kind: 'uppercase' }]),
    rule(target('city'), path(`${from}.city`), [trim]),
    rule(target('country'), firstOf(path(`${from}.country_code`), path(`${from}.country`)), [
      { kind: 'countryToIso2' }
    ])
  ]
}

export const defaultOrdersInMapping: FlowMapping = {
  rules: [
    rule('order.extOrderId', path('order.id'), [trim], { required: true, updateOnChange: false }),
    rule('order.employeeNumber', constant(999999), [toInteger], { required: true }),
    rule('order.vatCountryIso3', country, [{ kind: 'countryToIso3' }]),
    rule('order.paymentMethod', path('order.financial_status'), [
      { kind: 'lookup', table: 'paymentMethods', onMissing: 'empty' }
    ]),
    rule('order.deliveryMethod', path('order.tracking_carrier'), [
      { kind: 'lookup', table: 'deliveryMethods', onMissing: 'empty' }
    ]),
    ...addressRules('invoiceAddress', 'order.billing_address'),
    ...addressRules('deliveryAddress', 'order.shipping_address'),
    rule(
      'line.articleNumber',
      path('line.product_variant_id'),
      [{ kind: 'digitsOnly' }, toInteger],
      {
        required: true
      }
    ),
    rule('line.text', path('line.product_title'), [trim]),
    rule('line.data.quantity', path('line.quantity'), [toInteger], { required: true }),
    rule('line.data.decimalPlaces', constant(0), [toInteger]),
    rule('line.data.price', path('line.price'), [{ kind: 'decimalToCents' }], { required: true }),
    rule('line.data.discountAmount', path('line.discount'), [{ kind: 'decimalToCents' }]),
    rule('line.data.vatCode', country, [
      { kind: 'lookup', table: 'vatCodeByCountry', onMissing: 'empty' },
      toInteger
    ]),
    rule('line.data.turnoverGroup', country, [
      { kind: 'lookup', table: 'turnoverGroupByCountry', onMissing: 'empty' },
      toInteger
    ])
  ]
}
