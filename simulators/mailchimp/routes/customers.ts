import { apiTimestamp, type SimulatorContext } from '../context'
import {
  bool,
  obj,
  str,
  validateBody,
  withRequired,
  without,
  type BodySchema
} from '../body-schema'
import { assertAcceptableEmail, subscriberHash } from '../email-rules'
import { selfLinks } from '../links'
import { badRequest, invalidResource, notFound } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import { mapFor, type CustomerRecord, type StoreRecord } from '../state'
import { writeMember } from './members'
import { ecommerceAddressSchema, requireStore } from './stores'

export const customerIdMaxLength = 50

/** E_commerce_Customer_3 (POST) and _2 (PUT): same fields, same required ones (3.0.55). */
export const customerProperties: Record<string, BodySchema> = {
  id: { type: 'string', maxLength: customerIdMaxLength },
  email_address: str,
  opt_in_status: bool,
  company: str,
  first_name: str,
  last_name: str,
  address: ecommerceAddressSchema
}
const customerWriteSchema = obj(customerProperties, ['id', 'email_address', 'opt_in_status'])
const customerPatchSchema = withRequired(without(customerWriteSchema, 'id', 'email_address'), [])

export type CustomerInput = Partial<Omit<CustomerRecord, 'created_at' | 'updated_at'>>

export function renderCustomer(
  sim: SimulatorContext,
  storeId: string,
  customer: CustomerRecord
): Record<string, unknown> {
  let ordersCount = 0
  let totalSpent = 0
  for (const order of sim.state.orders.get(storeId)?.values() ?? []) {
    if (order.customer_id !== customer.id || order.cancelled_at_foreign) continue
    ordersCount++
    totalSpent += order.order_total
  }
  return {
    ...customer,
    orders_count: ordersCount,
    total_spent: Math.round(totalSpent * 100) / 100,
    _links: selfLinks(sim, `/ecommerce/stores/${storeId}/customers/${customer.id}`)
  }
}

/**
 * Customers become audience members: a new address joins as subscribed (opt-in) or
 * transactional; an existing member's status is never overwritten, except that an opt-in
 * upgrades a transactional member to subscribed.
 */
function syncCustomerMember(
  sim: SimulatorContext,
  store: StoreRecord,
  customer: CustomerRecord
): void {
  const member = sim.state.members.get(store.list_id)?.get(subscriberHash(customer.email_address))
  const wanted = customer.opt_in_status ? 'subscribed' : 'transactional'
  if (member && member.status !== 'archived') {
    if (!(customer.opt_in_status && member.status === 'transactional')) return
    writeMember(sim, store.list_id, member.id, { status: 'subscribed' }, 'patch', true)
    return
  }
  writeMember(
    sim,
    store.list_id,
    null,
    {
      email_address: customer.email_address,
      status: wanted,
      merge_fields: { FNAME: customer.first_name, LNAME: customer.last_name }
    },
    'put',
    true
  )
}

export function requireCustomer(
  sim: SimulatorContext,
  storeId: string,
  customerId: string
): CustomerRecord {
  const customer = sim.state.customers.get(storeId)?.get(customerId)
  if (!customer) throw notFound()
  return customer
}

/** Creates or updates a customer; the e-mail address cannot change once created. */
export function upsertCustomer(
  sim: SimulatorContext,
  store: StoreRecord,
  input: CustomerInput & { id: string }
): CustomerRecord {
  const customers = mapFor(sim.state.customers, store.id)
  const existing = customers.get(input.id)
  if (input.email_address !== undefined) assertAcceptableEmail(sim, input.email_address)
  if (
    existing &&
    input.email_address !== undefined &&
    input.email_address.toLowerCase() !== existing.email_address.toLowerCase()
  )
    throw badRequest('An email address may not be changed once a customer is created.')
  if (!existing && !input.email_address)
    throw invalidResource([
      { field: 'email_address', message: 'Required fields were not provided: email_address' }
    ])
  const now = apiTimestamp(sim.now())
  const customer: CustomerRecord = {
    id: input.id,
    email_address: existing?.email_address ?? input.email_address ?? '',
    opt_in_status: input.opt_in_status ?? existing?.opt_in_status ?? false,
    company: input.company ?? existing?.company ?? '',
    first_name: input.first_name ?? existing?.first_name ?? '',
    last_name: input.last_name ?? existing?.last_name ?? '',
    address: { ...existing?.address, ...input.address },
    created_at: existing?.created_at ?? now,
    updated_at: now
  }
  customers.set(customer.id, customer)
  syncCustomerMember(sim, store, customer)
  return customer
}

export function registerCustomerRoutes(router: Router): void {
  const base = '/ecommerce/stores/{store_id}/customers'
  router.add('GET', base, ({ sim, params, query }) => {
    requireStore(sim, params.store_id)
    let customers = [...(sim.state.customers.get(params.store_id)?.values() ?? [])]
    const email = query.get('email_address')
    if (email)
      customers = customers.filter(
        (customer) => customer.email_address.toLowerCase() === email.toLowerCase()
      )
    return {
      body: collection(
        'customers',
        customers,
        query,
        (customer) => renderCustomer(sim, params.store_id, customer),
        { store_id: params.store_id }
      )
    }
  })
  router.add('POST', base, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    validateBody(customerWriteSchema, body)
    const input = body as CustomerInput & { id: string }
    if (sim.state.customers.get(store.id)?.has(input.id))
      throw badRequest('A customer with the provided ID already exists in the account.')
    return { body: renderCustomer(sim, store.id, upsertCustomer(sim, store, input)) }
  })
  router.add('GET', `${base}/{customer_id}`, ({ sim, params }) => {
    requireStore(sim, params.store_id)
    return {
      body: renderCustomer(
        sim,
        params.store_id,
        requireCustomer(sim, params.store_id, params.customer_id)
      )
    }
  })
  router.add('PUT', `${base}/{customer_id}`, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    validateBody(customerWriteSchema, body)
    const input = body as CustomerInput & { id: string }
    if (input.id !== params.customer_id)
      throw invalidResource([
        { field: 'id', message: 'The id in the body must match the customer_id in the path.' }
      ])
    return { body: renderCustomer(sim, store.id, upsertCustomer(sim, store, input)) }
  })
  router.add('PATCH', `${base}/{customer_id}`, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    requireCustomer(sim, store.id, params.customer_id)
    validateBody(customerPatchSchema, body)
    const { id: _id, email_address: _email, ...changes } = body as CustomerInput
    return {
      body: renderCustomer(
        sim,
        store.id,
        upsertCustomer(sim, store, { ...changes, id: params.customer_id })
      )
    }
  })
  router.add('DELETE', `${base}/{customer_id}`, ({ sim, params }) => {
    requireStore(sim, params.store_id)
    if (!sim.state.customers.get(params.store_id)?.delete(params.customer_id)) throw notFound()
    return {}
  })
}

/** Orders and carts answer 404, not 400, for a customer id over 50 characters (reference §8.9). */
export function assertCustomerIdUsable(customerId: unknown): void {
  if (typeof customerId === 'string' && customerId.length > customerIdMaxLength) throw notFound()
}
