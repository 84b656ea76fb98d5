import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldsUnder } from './target-field'

/**
 * Mplus `Order` header, its two `Address` blocks and one `Line` with its `LineData` (WSDL,
 * API v67.1.3). Money is integer cents; quantities are an integer plus `decimalPlaces`.
 */
export function orderSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix)
  const address = (block: string, label: string) => [
    f(`${block}.name`, 'string', `${label}: name`),
    f(`${block}.contact`, 'string', `${label}: contact person`),
    f(`${block}.companyName`, 'string', `${label}: company`),
    f(`${block}.address`, 'string', `${label}: street and house number`),
    f(`${block}.zipcode`, 'string', `${label}: postal code`),
    f(`${block}.city`, 'string', `${label}: city`),
    f(`${block}.country`, 'string', `${label}: country`),
    f(`${block}.label`, 'string', `${label}: label`)
  ]
  return {
    prefix,
    system: 'mplus',
    referenceType: 'Order',
    fields: [
      f('extOrderId', 'string', 'Your order id (unique, never reused)', { required: true }),
      f('orderType', 'string', 'ORDER-TYPE-SALES-ORDER, -EXTERNAL-SALES-ORDER, …'),
      f('employeeNumber', 'integer', 'Employee number (required by Mplus)', { required: true }),
      f('relationNumber', 'integer', 'Customer relation number'),
      f('entryBranchNumber', 'integer', 'Branch that enters the order'),
      f('financialBranchNumber', 'integer', 'Branch that books the turnover'),
      f('workplaceNumber', 'integer', 'Workplace'),
      f('reference', 'string', 'Reference'),
      f('totalInclAmount', 'integer', 'Total incl. VAT in cents'),
      f('totalExclAmount', 'integer', 'Total excl. VAT in cents'),
      f('vatMethod', 'string', 'VAT-METHOD-INCLUSIVE or -EXCLUSIVE'),
      f('vatCountryIso3', 'string', 'VAT country (ISO alpha-3, EU OSS)'),
      f('paymentMethod', 'string', 'Payment method code'),
      f('deliveryMethod', 'string', 'Delivery method code'),
      f('prepaidAmount', 'integer', 'Amount already paid in cents'),
      f('fullyPaid', 'boolean', 'Fully paid'),
      ...address('invoiceAddress', 'Billing address'),
      ...address('deliveryAddress', 'Delivery address')
    ]
  }
}

export function orderLineSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix)
  return {
    prefix,
    system: 'mplus',
    referenceType: 'Line',
    fields: [
      f('articleNumber', 'integer', 'Article number (numeric)', { required: true }),
      f('pluNumber', 'string', 'PLU / article code'),
      f('text', 'string', 'Line text'),
      f('data.quantity', 'integer', 'Quantity (whole units × 10^decimalPlaces)', {
        required: true
      }),
      f('data.decimalPlaces', 'integer', 'Decimal places of the quantity'),
      f('data.price', 'integer', 'Unit price in cents'),
      f('data.priceExcl', 'integer', 'Unit price excl. VAT in cents'),
      f('data.discountAmount', 'integer', 'Discount in cents'),
      f('data.discountPercentage', 'integer', 'Discount in percent'),
      f('data.vatCode', 'integer', 'VAT code'),
      f('data.vatPercentage', 'integer', 'VAT percentage'),
      f('data.turnoverGroup', 'integer', 'Turnover group (revenue account)')
    ]
  }
}
