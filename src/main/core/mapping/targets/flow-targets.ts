import type {
  MappingFlow,
  TargetField,
  TargetSection
} from '../../../../shared/contract/mapping-model'
import { productSection, variantSection } from './mailchimp-product'
import { orderLineSection, orderSection } from './mplus-order'
import { relationSection } from './mplus-relation'

/**
 * What each flow's mapping may write, section by section. A products record becomes one Mailchimp
 * product (`product.*`) and one variant (`variant.*`) per Mplus article; an incoming order becomes
 * the Mplus order header (`order.*`) and one line (`line.*`) per Mailchimp order line. Categories
 * fill the product `type` of the products in an Mplus article group.
 */
export const flowTargets: Record<MappingFlow, readonly TargetSection[]> = {
  customers: [relationSection('')],
  products: [productSection('product'), variantSection('variant')],
  categories: [productTypeSection()],
  'orders-in': [orderSection('order'), orderLineSection('line')]
}

/** The categories flow writes only the product type, so it cannot do without it. */
function productTypeSection(): TargetSection {
  const products = productSection('')
  const type = products.fields
    .filter((field) => field.path === 'type')
    .map((field) => ({ ...field, required: true }))
  return { ...products, fields: type }
}

export function targetFieldsOf(flow: MappingFlow): TargetField[] {
  return flowTargets[flow].flatMap((section) => section.fields)
}
