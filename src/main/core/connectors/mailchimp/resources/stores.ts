import { checkId } from '../input-checks'
import { maxPageSize } from '../paging'
import { Store, StoresPage, type StoreCreate, type StoreUpdate } from '../types'
import { getOrNull, storeTemplate, type ResourceContext } from './context'

/** E-commerce stores: the container of a shop's customers, products and orders. */
export function storesResource(context: ResourceContext) {
  const { request } = context
  const updateStore = (storeId: string, changes: StoreUpdate) =>
    request({
      method: 'PATCH',
      template: storeTemplate,
      params: { store_id: storeId },
      body: changes,
      schema: Store
    })
  return {
    async getStores(): Promise<Store[]> {
      const page = await request({
        method: 'GET',
        template: '/ecommerce/stores',
        query: { count: maxPageSize },
        schema: StoresPage
      })
      return page.stores
    },
    getStore: (storeId: string) => getOrNull(context, storeTemplate, { store_id: storeId }, Store),
    createStore(store: StoreCreate): Promise<Store> {
      checkId(store.id, 'id')
      checkId(store.list_id, 'list_id')
      return request({ method: 'POST', template: '/ecommerce/stores', body: store, schema: Store })
    },
    updateStore,
    /** is_syncing=true pauses Mailchimp's e-commerce automations during a backfill. */
    setStoreSyncing: (storeId: string, isSyncing: boolean) =>
      updateStore(storeId, { is_syncing: isSyncing })
  }
}
