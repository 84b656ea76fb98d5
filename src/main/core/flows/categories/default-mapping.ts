import type { FlowMapping } from '../../../../shared/contract/mapping-model'
import { path, rule, trim } from '../../mapping/rule'

/**
 * Mplus article group → Mailchimp product `type` (Mailchimp has no category resource; its
 * "ecommerce category" segments match on the product type). Source record: an Mplus `ArticleGroup`.
 */
export const defaultCategoriesMapping: FlowMapping = {
  rules: [rule('type', path('name'), [trim], { required: true })]
}
