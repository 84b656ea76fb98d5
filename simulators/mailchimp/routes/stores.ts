import { apiTimestamp, type SimulatorContext } from '../context'
import { bool, num, obj, str, validateBody, withRequired, type BodySchema } from '../body-schema'
import { selfLinks } from '../links'
import { badRequest, invalidResource, notFound } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import { variantKey, type AddressRecord, type StoreRecord } from '../state'

export const ecommerceAddressSchema: BodySchema = obj({
  address1: str,
  address2: str,
  city: str,
  province: str,
  province_code: str,
  postal_code: str,
  country: str,
  country_code: str,
  longitude: num,
  latitude: num
})

/** E_commerce_Store_1 (POST); PATCH takes the same fields except id and list_id, all optional. */
const storeProperties: Record<string, BodySchema> = {
  id: str,
  list_id: str,
  name: str,
  platform: str,
  domain: str,
  is_syncing: bool,
  email_address: str,
  currency_code: { type: 'string', maxLength: 3 },
  money_format: str,
  primary_locale: str,
  timezone: str,
  phone: str,
  address: ecommerceAddressSchema
}
const storePostSchema = obj(storeProperties, ['id', 'list_id', 'name', 'currency_code'])
const storePatchSchema = withRequired(storePostSchema, [])

export function requireStore(sim: SimulatorContext, storeId: string): StoreRecord {
  const store = sim.state.stores.get(storeId)
  if (!store) throw notFound()
  return store
}

function renderStore(sim: SimulatorContext, store: StoreRecord): Record<string, unknown> {
  return {
    ...store,
    list_is_active: sim.state.lists.has(store.list_id),
    connected_site: { site_foreign_id: store.id, site_script: { url: '', fragment: '' } },
    // No automation is set up in a simulated account: id and status (an enum of save, sending,
    // paused) are left out rather than sent as "" (an assumption; the spec marks both read-only).
    automations: {
      abandoned_cart: { is_supported: false },
      abandoned_browse: { is_supported: false }
    },
    _links: selfLinks(sim, `/ecommerce/stores/${store.id}`)
  }
}

type StoreInput = Partial<Omit<StoreRecord, 'created_at' | 'updated_at'>>

function assertDomainFree(sim: SimulatorContext, domain: string | undefined, ownId: string): void {
  if (!domain) return
  for (const store of sim.state.stores.values())
    if (store.id !== ownId && store.domain === domain)
      throw badRequest(`A store with the domain ${domain} already exists in the account.`)
}

export function createStore(
  sim: SimulatorContext,
  input: StoreInput & Pick<StoreRecord, 'id' | 'list_id' | 'name' | 'currency_code'>
): StoreRecord {
  if (sim.state.stores.has(input.id))
    throw badRequest('A store with the provided ID already exists in the account.')
  if (!sim.state.lists.has(input.list_id))
    throw invalidResource([{ field: 'list_id', message: 'The list ID provided does not exist.' }])
  assertDomainFree(sim, input.domain, input.id)
  const now = apiTimestamp(sim.now())
  const store: StoreRecord = {
    platform: '',
    domain: '',
    is_syncing: false,
    email_address: '',
    money_format: '',
    primary_locale: '',
    timezone: '',
    phone: '',
    address: {} as AddressRecord,
    ...input,
    created_at: now,
    updated_at: now
  }
  sim.state.stores.set(store.id, store)
  return store
}

export function registerStoreRoutes(router: Router): void {
  router.add('GET', '/ecommerce/stores', ({ sim, query }) => {
    const stores = [...sim.state.stores.values()]
    return { body: collection('stores', stores, query, (store) => renderStore(sim, store)) }
  })
  router.add('POST', '/ecommerce/stores', ({ sim, body }) => {
    validateBody(storePostSchema, body)
    return { body: renderStore(sim, createStore(sim, body as Parameters<typeof createStore>[1])) }
  })
  router.add('GET', '/ecommerce/stores/{store_id}', ({ sim, params }) => ({
    body: renderStore(sim, requireStore(sim, params.store_id))
  }))
  router.add('PATCH', '/ecommerce/stores/{store_id}', ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    validateBody(storePatchSchema, body)
    // id and list_id are read-only after creation; the PATCH schema does not have them.
    const { id: _id, list_id: _listId, ...changes } = body as StoreInput
    assertDomainFree(sim, changes.domain, store.id)
    const updated: StoreRecord = {
      ...store,
      ...changes,
      address: { ...store.address, ...changes.address },
      updated_at: apiTimestamp(sim.now())
    }
    sim.state.stores.set(store.id, updated)
    return { body: renderStore(sim, updated) }
  })
  router.add('DELETE', '/ecommerce/stores/{store_id}', ({ sim, params }) => {
    const store = requireStore(sim, params.store_id)
    const { state } = sim
    state.stores.delete(store.id)
    state.customers.delete(store.id)
    state.orders.delete(store.id)
    for (const productId of state.products.get(store.id)?.keys() ?? [])
      state.variants.delete(variantKey(store.id, productId))
    state.products.delete(store.id)
    return {}
  })
}
