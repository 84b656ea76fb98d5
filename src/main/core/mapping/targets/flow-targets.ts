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
  categories: [
    { ...productSection(''), fields: productSection('').fields.filter((f) => f.path === 'type') }
  ],
  'orders-in': [orderSection('order'), orderLineSection('line')]
}

export function targetFieldsOf(flow: MappingFlow): TargetField[] {
  return flowTargets[flow].flatMap((section) => section.fields)
}
