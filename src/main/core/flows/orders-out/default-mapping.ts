import type { FlowMapping } from '../../../../shared/contract/mapping-model'
import { firstOf, path, rule, trim } from '../../mapping/rule'

/**
 * Mplus relation (the customer of a sale) → Mailchimp e-commerce customer (`customer.*`).
 *
 * Source record: the relation as the Mplus connector returns it (`email`, `name`, `contact`,
 * `companyName`). Mplus keeps one name line per relation: the contact person of a company, else
 * the relation's name, becomes the first name (Mailchimp greets with it); a shop that keeps first
 * and last names apart in other fields points the paths there. The order itself, its lines and
 * amounts are the till's and are not mapped (see the orders-out flow).
 */
export const defaultOrdersOutMapping: FlowMapping = {
  rules: [
    rule('customer.email_address', path('email'), [trim, { kind: 'lowercase' }], {
      required: true
    }),
    rule('customer.first_name', firstOf(path('contact'), path('name')), [trim]),
    rule('customer.company', path('companyName'), [trim])
  ]
}
