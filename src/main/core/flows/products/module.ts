import { productSection, variantSection } from '../../mapping/targets/mailchimp-product'
import type { FlowModule } from '../flow-module'
import { defaultProductsMapping } from './default-mapping'
import { createProductsFlow } from './products-flow'

/**
 * Mplus products → Mailchimp products: the product part (`product.*`) from the first article,
 * one variant (`variant.*`) per Mplus article.
 */
export const productsModule: FlowModule<'products'> = {
  targets: { product: productSection, variant: variantSection },
  defaultMapping: defaultProductsMapping,
  build: ({ mailchimp, mplus, storeId, mapper, pageSize, batchFrom }) =>
    createProductsFlow({ mailchimp, mplus, storeId, mapper, pageSize, batchFrom })
}
