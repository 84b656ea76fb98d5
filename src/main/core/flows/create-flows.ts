import { loadFlowMapper } from '../mapping/flow-mapper'
import { MappingRepository } from '../mapping/mapping-repository'
import type { FlowsFactory } from '../sync/flow'
import { createCategoriesFlow } from './categories-flow'
import { createCategoryGroupsFlow } from './category-groups-flow'
import { createCustomersFlow, type CustomerSource } from './customers-flow'
import { createProductsFlow } from './products-flow'

/** The flows this version implements; stock and the order flows come next. */
export const implementedFlows = ['customers', 'products', 'categories'] as const

export interface FlowsOptions {
  /** Page sizes (tests use small pages to cross page boundaries). */
  pageSize?: number
}

/**
 * The concrete flows, built for each run from the current settings, secrets and mappings, so a
 * changed mapping, credential or flow option takes effect at the next run.
 */
export function createFlowsFactory(options: FlowsOptions = {}): FlowsFactory {
  const build: FlowsFactory = async ({ settings, secrets, connections, db, clock }) => {
    const { mailchimp, mplus, listId, storeId } = await connections.open(settings, secrets)
    const mappings = new MappingRepository(db, clock)
    const { customersSource, categoriesDirection } = settings.flowOptions
    const source: CustomerSource =
      customersSource === 'store'
        ? { kind: 'store', storeId: settings.mailchimp.orderSourceStoreId ?? storeId }
        : { kind: 'audience', listId }
    return {
      customers: createCustomersFlow({
        mailchimp,
        mplus,
        source,
        mapper: await loadFlowMapper(mappings, 'customers')
      }),
      products: createProductsFlow({
        mailchimp,
        mplus,
        storeId,
        mapper: await loadFlowMapper(mappings, 'products'),
        pageSize: options.pageSize
      }),
      categories:
        categoriesDirection === 'mailchimp-to-mplus'
          ? createCategoryGroupsFlow({ mailchimp, mplus, storeId })
          : createCategoriesFlow({
              mailchimp,
              mplus,
              storeId,
              mapper: await loadFlowMapper(mappings, 'categories'),
              pageSize: options.pageSize
            })
    }
  }
  build.offers = implementedFlows
  return build
}
