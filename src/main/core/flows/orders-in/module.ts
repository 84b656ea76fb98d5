import { lineSection, orderSection } from '../../mapping/targets/mplus-order'
import type { FlowModule } from '../flow-module'
import { defaultOrdersInMapping } from './default-mapping'
import { createOrdersInFlow } from './orders-in-flow'

/** Orders of a Mailchimp store (the web shop's, or Kassabrug's own) → Mplus orders. */
export const ordersInModule: FlowModule<'orders-in'> = {
  targets: { order: orderSection, line: lineSection },
  defaultMapping: defaultOrdersInMapping,
  build: ({ mailchimp, mplus, storeId, settings, mapper, mapperOf }) =>
    createOrdersInFlow({
      mailchimp,
      mplus,
      storeId: settings.mailchimp.orderSourceStoreId ?? storeId,
      branchNumber: settings.mplus.branchNumber,
      options: settings.flowOptions,
      mapper,
      customersMapper: mapperOf('customers'),
      productsMapper: mapperOf('products')
    })
}
