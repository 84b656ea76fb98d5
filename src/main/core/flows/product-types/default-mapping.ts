import type { FlowMapping } from '../../../../shared/contract/mapping-model'
import { path, rule, trim } from '../../mapping/rule'

/**
 * Mailchimp product type → a top-level Mplus article group of that name. Source record:
 * `{ type }`, one per product type used in the store. A group whose name matches (without case)
 * is reused, never duplicated.
 */
export const defaultProductTypesMapping: FlowMapping = {
  rules: [
    rule('name', path('type'), [trim], { required: true }),
    rule('text', path('type'), [trim], { required: true })
  ]
}
