import type { TargetSection } from '../../../../shared/contract/mapping-model'
import { productSection } from '../../mapping/targets/mailchimp-product'
import type { FlowModule } from '../flow-module'
import { createCategoriesFlow } from './categories-flow'
import { defaultCategoriesMapping } from './default-mapping'

/** Mplus article groups → the `type` of the Mailchimp products in them. */
export const categoriesModule: FlowModule<'categories'> = {
  targets: { '': productTypeSection },
  defaultMapping: defaultCategoriesMapping,
  build: ({ mailchimp, mplus, storeId, mapper, pageSize }) =>
    createCategoriesFlow({ mailchimp, mplus, storeId, mapper, pageSize })
}

/** The categories flow writes only the product type, so it cannot do without it. */
function productTypeSection(prefix: ''): TargetSection {
  const products = productSection(prefix)
  const type = products.fields
    .filter((field) => field.path === 'type')
    .map((field) => ({ ...field, required: true }))
  return { ...products, fields: type }
}
