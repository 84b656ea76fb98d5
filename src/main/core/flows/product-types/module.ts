import { articleGroupSection } from '../../mapping/targets/mplus-article-group'
import type { FlowModule } from '../flow-module'
import { defaultProductTypesMapping } from './default-mapping'
import { createProductTypesFlow } from './product-types-flow'

/** Mailchimp product types → Mplus article groups (the categories flow the other way round). */
export const productTypesModule: FlowModule<'product-types'> = {
  targets: { '': articleGroupSection },
  defaultMapping: defaultProductTypesMapping,
  build: ({ mailchimp, mplus, storeId, mapper }) =>
    createProductTypesFlow({ mailchimp, mplus, storeId, mapper })
}
