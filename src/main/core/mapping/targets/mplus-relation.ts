import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldLimits } from './field-limits'
import { fieldsUnder } from './target-field'

/**
 * The writable fields of an Mplus `Relation` (WSDL complexType Relation, API v67.1.3) that a
 * customer sync can fill. Money is integer cents. The WSDL gives no length limits: ours are in
 * field-limits.ts. Note what is absent: Relation has no house-number
 * field (one `address` line), and no turnover group or VAT code (those live on articles and order
 * lines, see the orders-in flow).
 */
export function relationSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix, fieldLimits.Relation)
  return {
    prefix,
    system: 'mplus',
    referenceType: 'Relation',
    fields: [
      f('extRelationId', 'string', 'Your own id for the relation'),
      f('name', 'string', 'Name (person or company)', { required: true }),
      f('companyName', 'string', 'Company name'),
      f('contact', 'string', 'Contact person (free text)'),
      f('email', 'string', 'E-mail address (how the customer is found again)', { required: true }),
      f('reminderEmail', 'string', 'E-mail address for payment reminders'),
      f('telephone', 'string', 'Telephone'),
      f('mobile', 'string', 'Mobile phone'),
      f('website', 'string', 'Website'),
      f('address', 'string', 'Street and house number (one line)'),
      f('zipcode', 'string', 'Postal code'),
      f('city', 'string', 'City'),
      f('country', 'string', 'Country'),
      f('deliveryAddress', 'string', 'Delivery street and house number'),
      f('deliveryZipcode', 'string', 'Delivery postal code'),
      f('deliveryCity', 'string', 'Delivery city'),
      f('deliveryCountry', 'string', 'Delivery country'),
      f('relationCode', 'string', 'Relation code'),
      f('vatNumber', 'string', 'VAT number'),
      f('commerceNumber', 'string', 'Chamber of commerce number (KvK/KBO)'),
      f('bankAccountNumber', 'string', 'Bank account (IBAN)'),
      f('extraText', 'string', 'Notes'),
      f('categoryId', 'integer', 'Card category'),
      f('priceGroupNumber', 'integer', 'Price group'),
      f('discountPercentage', 'integer', 'Discount in percent'),
      f('paymentWithinDays', 'integer', 'Payment term in days'),
      f('creditLimit', 'integer', 'Credit limit in cents'),
      f('defaultVatMethod', 'string', 'VAT-METHOD-INCLUSIVE, -EXCLUSIVE, -SHIFTED or -NONE'),
      f('active', 'boolean', 'Active'),
      f('alwaysEmailReceipt', 'boolean', 'Always e-mail the receipt'),
      f('directDebit', 'boolean', 'Pays by direct debit')
    ]
  }
}
