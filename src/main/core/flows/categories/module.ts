import type { FlowModule } from '../flow-module'
import { createCategoriesFlow } from './categories-flow'
import { defaultCategoriesMapping } from './default-mapping'
import { productTypeSection } from './product-type-section'

/** Mplus article groups → the `type` of the Mailchimp products in them. */
export const categoriesModule: FlowModule<'categories'> = {
  targets: { '': productTypeSection },
  defaultMapping: defaultCategoriesMapping,
  build: ({ mailchimp, mplus, storeId, mapper, pageSize }) =>
    createCategoriesFlow({ mailchimp, mplus, storeId, mapper, pageSize })
}
