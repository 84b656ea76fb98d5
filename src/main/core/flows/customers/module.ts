import { relationSection } from '../../mapping/targets/mplus-relation'
import type { FlowModule } from '../flow-module'
import { createCustomersFlow } from './customers-flow'
import { defaultCustomersMapping } from './default-mapping'

/** Mailchimp audience members (or a store's customers) → Mplus relations. */
export const customersModule: FlowModule<'customers'> = {
  targets: { '': relationSection },
  defaultMapping: defaultCustomersMapping,
  build: ({ mailchimp, mplus, listId, storeId, settings, mapper }) =>
    createCustomersFlow({
      mailchimp,
      mplus,
      mapper,
      source:
        settings.flowOptions.customersSource === 'store'
          ? { kind: 'store', storeId: settings.mailchimp.orderSourceStoreId ?? storeId }
          : { kind: 'audience', listId }
    })
}
