import type { TargetField, TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldLimits } from './field-limits'
import { fieldsUnder } from './target-field'

const addressParts = [
  ['name', 'name on the address'],
  ['contact', 'contact person'],
  ['companyName', 'company name'],
  ['address', 'street and house number (one line)'],
  ['zipcode', 'postal code'],
  ['city', 'city'],
  ['country', 'country']
] as const

/**
 * The header of an Mplus `Order` (WSDL complexType Order, API v67.1.3) as the orders-in flow
 * fills it from a Mailchimp order. What the flow sets itself is not here: extOrderId (derived
 * from the store and order id), relationNumber (the customer or the standard debtor), employee,
 * branch, workplace, financial date and VAT method (the flow's options), and the totals, which
 * the till computes from the lines.
 */
export function orderSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix, fieldLimits.Order)
  const address = (kind: 'deliveryAddress' | 'invoiceAddress', label: string): TargetField[] =>
    addressParts.map(([name, description]) =>
      f(`${kind}.${name}`, 'string', `${label}: ${description}`)
    )
  return {
    prefix,
    system: 'mplus',
    referenceType: 'Order',
    fields: [
      f('reference', 'string', 'Reference shown on the order (e.g. the web-shop order number)'),
      f('paymentMethod', 'string', 'Payment method code of the till'),
      f('deliveryMethod', 'string', 'Delivery method code of the till'),
      f('vatCountryIso3', 'string', 'Country whose VAT rates apply (ISO 3166 alpha-3)'),
      ...address('deliveryAddress', 'Delivery address'),
      ...address('invoiceAddress', 'Invoice address')
    ]
  }
}

/**
 * One Mplus order `Line` (WSDL complexType Line and its LineData) per Mailchimp order line. The
 * article number is the flow's: it comes from the line's SKU. VAT code and turnover group sit
 * here, on the line, because the WSDL has them on LineData and Article only — never on Relation
 * or the Order header — and an article is sold into several countries (docs/architecture.md,
 * "Orders in").
 */
export function lineSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix, fieldLimits.Line)
  return {
    prefix,
    system: 'mplus',
    referenceType: 'Line',
    fields: [
      f('text', 'string', 'Line text (default: the article description at the till)'),
      f('data.quantity', 'integer', 'Quantity', { required: true }),
      f('data.price', 'integer', 'Unit price in cents (incl. or excl. VAT, as the order)'),
      f('data.discountAmount', 'integer', 'Discount on the line in cents'),
      f('data.vatCode', 'integer', 'VAT code of the till (per country: vatCodeByCountry)'),
      f(
        'data.turnoverGroup',
        'integer',
        'Turnover group (revenue account; per country: turnoverGroupByCountry)'
      )
    ]
  }
}
