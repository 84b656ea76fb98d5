import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { fieldsUnder } from './target-field'

/**
 * The Mailchimp e-commerce customer an order belongs to (OpenAPI 3.0.55, customer PUT). Not here:
 * `id` (the Mplus relation number, so one relation is one customer) and `opt_in_status` (a rule of
 * the orders-out flow: transactional unless the configured relation field says opted in).
 */
export function customerSection(prefix: string): TargetSection {
  const f = fieldsUnder(prefix)
  return {
    prefix,
    system: 'mailchimp',
    referenceType: 'PUT /ecommerce/stores/{store_id}/customers/{customer_id}',
    fields: [
      f('email_address', 'string', 'E-mail address (the audience member)', { required: true }),
      f('first_name', 'string', 'First name'),
      f('last_name', 'string', 'Last name'),
      f('company', 'string', 'Company')
    ]
  }
}
