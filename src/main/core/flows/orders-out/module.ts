import { customerSection } from '../../mapping/targets/mailchimp-customer'
import type { FlowModule } from '../flow-module'
import { defaultOrdersOutMapping } from './default-mapping'
import { createOrdersOutFlow, twelveMonthsBefore } from './orders-out-flow'

/**
 * Mplus sales (till receipts, invoices, orders) of known customers → Mailchimp orders. Only the
 * customer (`customer.*`) is mapped; the order, its lines and amounts are the till's.
 */
export const ordersOutModule: FlowModule<'orders-out'> = {
  targets: { customer: customerSection },
  defaultMapping: defaultOrdersOutMapping,
  build: ({ mailchimp, mplus, storeId, settings, mapper, pageSize, batchFrom, batchPollMs }) => {
    const options = settings.flowOptions
    return createOrdersOutFlow({
      mailchimp,
      mplus,
      storeId,
      mapper,
      sources: options.ordersOutSources,
      branches: options.ordersOutBranches,
      startDate: options.ordersOutStartDate ?? twelveMonthsBefore(new Date()),
      optInField: options.ordersOutOptInField,
      pageSize,
      batchFrom,
      batchPollMs
    })
  }
}
