import { loadFlowMapper } from '../mapping/flow-mapper'
import { MappingRepository } from '../mapping/mapping-repository'
import type { FlowsFactory } from '../sync/flow'
import { createCategoriesFlow } from './categories-flow'
import { createCustomersFlow } from './customers-flow'
import { createProductsFlow } from './products-flow'

export interface FlowsOptions {
  /** Page sizes (tests use small pages to cross page boundaries). */
  pageSize?: number
}

/**
 * The concrete flows, built for each run from the current settings, secrets and mappings, so a
 * changed mapping or credential takes effect at the next run.
 */
export function createFlowsFactory(options: FlowsOptions = {}): FlowsFactory {
  return async ({ settings, secrets, connections, db, clock }) => {
    const { mailchimp, mplus, listId, storeId } = await connections.open(settings, secrets)
    const mappings = new MappingRepository(db, clock)
    const mapperFor = (flow: 'customers' | 'products' | 'categories') =>
      loadFlowMapper(mappings, flow)
    return {
      customers: createCustomersFlow({
        mailchimp,
        mplus,
        listId,
        mapper: await mapperFor('customers')
      }),
      products: createProductsFlow({
        mailchimp,
        mplus,
        storeId,
        mapper: await mapperFor('products'),
        pageSize: options.pageSize
      }),
      categories: createCategoriesFlow({
        mailchimp,
        mplus,
        storeId,
        mapper: await mapperFor('categories'),
        pageSize: options.pageSize
      })
    }
  }
}
