import type { FlowModule } from '../flow-module'
import { stockWriteRefusal } from './inventory-owner'
import { createStockFlow } from './stock-flow'

/**
 * Mplus stock of the chosen branch → the `inventory_quantity` of each Mailchimp variant. No
 * mapping: the level is the calculation chosen in the flow options.
 */
export const stockModule: FlowModule<'stock'> = {
  targets: {},
  defaultMapping: { rules: [] },
  build: ({
    mailchimp,
    mplus,
    storeId,
    settings,
    enabledFlows,
    variantLinks,
    batchFrom,
    batchPollMs
  }) =>
    createStockFlow({
      mailchimp,
      mplus,
      storeId,
      links: variantLinks,
      refusal: stockWriteRefusal(settings, enabledFlows),
      branchNumber: settings.mplus.branchNumber,
      level: {
        calculation: settings.flowOptions.stockCalculation,
        allowNegative: settings.flowOptions.stockAllowNegative
      },
      batchFrom,
      batchPollMs
    })
}
