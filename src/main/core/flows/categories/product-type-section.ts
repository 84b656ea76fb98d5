import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { productSection } from '../../mapping/targets/mailchimp-product'

/** The categories flow writes only the product type, so it cannot do without it. */
export function productTypeSection(prefix: ''): TargetSection {
  const products = productSection(prefix)
  const type = products.fields
    .filter((field) => field.path === 'type')
    .map((field) => ({ ...field, required: true }))
  return { ...products, fields: type }
}
