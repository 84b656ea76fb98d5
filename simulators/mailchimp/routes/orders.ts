import type { SimulatorContext } from '../context'
import {
  arr,
  dateTime,
  extend,
  int,
  num,
  obj,
  str,
  validateBody,
  withRequired,
  without,
  type BodySchema
} from '../body-schema'
import { recordAutomations } from '../automations'
import { selfLinks } from '../links'
import { badRequest, invalidResource, notFound } from '../problem'
import { collection } from '../projection'
import type { Router } from '../router'
import { mapFor, type OrderLineRecord, type OrderRecord, type StoreRecord } from '../state'
import {
  assertCustomerIdUsable,
  customerProperties,
  renderCustomer,
  requireCustomer,
  upsertCustomer,
  type CustomerInput
} from './customers'
import { variantsOf } from './products'
import { ecommerceAddressSchema, requireStore } from './stores'

const orderAddressSchema = extend(ecommerceAddressSchema, { name: str, phone: str, company: str })

/** E_commerce_Order_Line_Item_1 (POST). */
const linePostSchema = obj(
  { id: str, product_id: str, product_variant_id: str, quantity: int, price: num, discount: num },
  ['id', 'product_id', 'product_variant_id', 'quantity', 'price']
)
/** PATCH lines: all optional; the 2026 spec adds the line id so a line can be addressed. */
const linePatchSchema = withRequired(linePostSchema, [])

const orderProperties: Record<string, BodySchema> = {
  id: str,
  customer: obj(customerProperties, ['id']),
  campaign_id: str,
  landing_site: str,
  financial_status: str,
  fulfillment_status: str,
  currency_code: str,
  order_total: num,
  order_url: str,
  discount_total: num,
  tax_total: num,
  shipping_total: num,
  tracking_code: { type: 'string', enum: ['prec'] },
  processed_at_foreign: dateTime,
  cancelled_at_foreign: dateTime,
  updated_at_foreign: dateTime,
  shipping_address: orderAddressSchema,
  billing_address: orderAddressSchema,
  promos: arr(
    obj(
      {
        code: str,
        amount_discounted: num,
        type: { type: 'string', enum: ['fixed', 'percentage'] }
      },
      ['code', 'amount_discounted', 'type']
    )
  ),
  lines: arr(linePostSchema, 1),
  tracking_number: str,
  tracking_carrier: str,
  tracking_url: str
}
const orderPostSchema = obj(orderProperties, [
  'id',
  'customer',
  'currency_code',
  'order_total',
  'lines'
])
const { id: _orderId, ...orderPatchProperties } = orderProperties
/** E_commerce_Order_2 (PATCH): every field optional; the customer cannot be switched or re-addressed. */
const orderPatchSchema = obj({
  ...orderPatchProperties,
  customer: without(obj(customerProperties), 'id', 'email_address'),
  lines: arr(linePatchSchema)
})

/** ISO 4217 codes are three capital letters; the spec names the standard but gives no pattern. */
function assertCurrencyCode(code: string | undefined): void {
  if (code !== undefined && !/^[A-Z]{3}$/.test(code))
    throw invalidResource([
      {
        field: 'currency_code',
        message: `The currency code "${code}" is not a three-letter ISO 4217 code.`
      }
    ])
}

type LineInput = Partial<OrderLineRecord>
/** A validated line input as a stored line (discount defaults to 0). */
function toLine(line: LineInput): OrderLineRecord {
  return { ...(line as OrderLineRecord), discount: line.discount ?? 0 }
}

type OrderInput = Partial<Omit<OrderRecord, 'customer_id' | 'lines'>> & {
  customer?: CustomerInput
  lines?: LineInput[]
}

function renderOrder(
  sim: SimulatorContext,
  store: StoreRecord,
  order: OrderRecord
): Record<string, unknown> {
  const { customer_id: customerId, lines, ...fields } = order
  return {
    ...fields,
    store_id: store.id,
    customer: renderCustomer(sim, store.id, requireCustomer(sim, store.id, customerId)),
    lines: lines.map((line) => renderLine(sim, store, order.id, line)),
    _links: selfLinks(sim, `/ecommerce/stores/${store.id}/orders/${order.id}`)
  }
}

function renderLine(
  sim: SimulatorContext,
  store: StoreRecord,
  orderId: string,
  line: OrderLineRecord
): Record<string, unknown> {
  const product = sim.state.products.get(store.id)?.get(line.product_id)
  const variant = variantsOf(sim, store.id, line.product_id).get(line.product_variant_id)
  return {
    ...line,
    product_title: product?.title ?? '',
    product_variant_title: variant?.title ?? '',
    image_url: variant?.image_url || product?.image_url || '',
    _links: selfLinks(sim, `/ecommerce/stores/${store.id}/orders/${orderId}/lines/${line.id}`)
  }
}

/** Lines must name a product and a variant that already exist (reference §8.6). */
function assertLineReferences(sim: SimulatorContext, storeId: string, line: LineInput): void {
  if (line.product_id === undefined || line.product_variant_id === undefined) return
  if (!sim.state.products.get(storeId)?.has(line.product_id))
    throw badRequest('A product with the provided ID does not exist in the account for this list.')
  if (!variantsOf(sim, storeId, line.product_id).has(line.product_variant_id))
    throw badRequest(
      'A product with the provided variant ID does not exist in the account for this list.'
    )
}

function mergeLines(
  sim: SimulatorContext,
  storeId: string,
  current: OrderLineRecord[],
  changes: LineInput[]
): OrderLineRecord[] {
  const lines = [...current]
  for (const change of changes) {
    if (change.id === undefined)
      throw invalidResource([
        { field: 'lines.id', message: 'A line in a PATCH must carry its id.' }
      ])
    const index = lines.findIndex((line) => line.id === change.id)
    if (index === -1) {
      validateBody(linePostSchema, change)
      assertLineReferences(sim, storeId, change)
      lines.push(toLine(change))
    } else {
      const merged = { ...lines[index], ...change }
      assertLineReferences(sim, storeId, merged)
      lines[index] = merged
    }
  }
  return lines
}

function resolveOrderCustomer(
  sim: SimulatorContext,
  store: StoreRecord,
  customer: CustomerInput & { id: string }
): string {
  const existing = sim.state.customers.get(store.id)?.get(customer.id)
  if (existing) return existing.id
  // A new customer is created from the order; that needs what a customer POST needs.
  if (!customer.email_address)
    throw invalidResource([
      {
        field: 'customer.email_address',
        message: 'Required fields were not provided: email_address'
      }
    ])
  return upsertCustomer(sim, store, { opt_in_status: false, ...customer }).id
}

export function registerOrderRoutes(router: Router): void {
  const base = '/ecommerce/stores/{store_id}/orders'
  router.add('GET', base, ({ sim, params, query }) => {
    const store = requireStore(sim, params.store_id)
    let orders = [...(sim.state.orders.get(store.id)?.values() ?? [])]
    const customerId = query.get('customer_id')
    if (customerId) orders = orders.filter((order) => order.customer_id === customerId)
    return {
      body: collection('orders', orders, query, (order) => renderOrder(sim, store, order), {
        store_id: store.id
      })
    }
  })
  router.add('POST', base, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    assertCustomerIdUsable((body as { customer?: { id?: unknown } } | null)?.customer?.id)
    validateBody(orderPostSchema, body)
    const input = body as OrderInput &
      Pick<OrderRecord, 'id' | 'currency_code' | 'order_total'> & {
        customer: CustomerInput & { id: string }
        lines: LineInput[]
      }
    assertCurrencyCode(input.currency_code)
    const orders = mapFor(sim.state.orders, store.id)
    if (orders.has(input.id))
      throw badRequest(
        'We were unable to process the request. An order with the provided ID already exists in the account.'
      )
    for (const line of input.lines) assertLineReferences(sim, store.id, line)
    const { customer, lines, ...fields } = input
    const order: OrderRecord = {
      ...emptyOrder(),
      ...fields,
      currency_code: input.currency_code,
      order_total: input.order_total,
      customer_id: resolveOrderCustomer(sim, store, customer),
      lines: lines.map(toLine)
    }
    recordAutomations(sim, store, order, undefined)
    orders.set(order.id, order)
    return { body: renderOrder(sim, store, order) }
  })
  router.add('GET', `${base}/{order_id}`, ({ sim, params }) => {
    const store = requireStore(sim, params.store_id)
    return { body: renderOrder(sim, store, requireOrder(sim, store.id, params.order_id)) }
  })
  router.add('PATCH', `${base}/{order_id}`, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    const order = requireOrder(sim, store.id, params.order_id)
    validateBody(orderPatchSchema, body)
    const { id: _id, customer, lines, ...changes } = body as OrderInput
    assertCurrencyCode(changes.currency_code)
    if (customer)
      upsertCustomer(sim, store, { ...customer, id: order.customer_id, email_address: undefined })
    const updated: OrderRecord = {
      ...order,
      ...changes,
      lines: mergeLines(sim, store.id, order.lines, lines ?? [])
    }
    recordAutomations(sim, store, updated, order)
    sim.state.orders.get(store.id)?.set(order.id, updated)
    return { body: renderOrder(sim, store, updated) }
  })
  router.add('DELETE', `${base}/{order_id}`, ({ sim, params }) => {
    requireStore(sim, params.store_id)
    if (!sim.state.orders.get(params.store_id)?.delete(params.order_id)) throw notFound()
    return {}
  })
  const linesBase = `${base}/{order_id}/lines`
  router.add('GET', linesBase, ({ sim, params, query }) => {
    const store = requireStore(sim, params.store_id)
    const order = requireOrder(sim, store.id, params.order_id)
    return {
      body: collection(
        'lines',
        order.lines,
        query,
        (line) => renderLine(sim, store, order.id, line),
        { store_id: store.id, order_id: order.id }
      )
    }
  })
  router.add('POST', linesBase, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    const order = requireOrder(sim, store.id, params.order_id)
    validateBody(linePostSchema, body)
    const line = toLine(body as LineInput)
    if (order.lines.some((existing) => existing.id === line.id))
      throw badRequest('A line item with the provided ID already exists for this order.')
    assertLineReferences(sim, store.id, line)
    order.lines.push(line)
    return { body: renderLine(sim, store, order.id, line) }
  })
  router.add('GET', `${linesBase}/{line_id}`, ({ sim, params }) => {
    const store = requireStore(sim, params.store_id)
    const order = requireOrder(sim, store.id, params.order_id)
    return { body: renderLine(sim, store, order.id, requireLine(order, params.line_id)) }
  })
  router.add('PATCH', `${linesBase}/{line_id}`, ({ sim, params, body }) => {
    const store = requireStore(sim, params.store_id)
    const order = requireOrder(sim, store.id, params.order_id)
    const line = requireLine(order, params.line_id)
    // E_commerce_Order_Line_Item_2: the line's id is in the path, not the body.
    validateBody(without(linePatchSchema, 'id'), body)
    const { id: _id, ...changes } = body as LineInput
    const merged = { ...line, ...changes }
    assertLineReferences(sim, store.id, merged)
    order.lines[order.lines.indexOf(line)] = merged
    return { body: renderLine(sim, store, order.id, merged) }
  })
  router.add('DELETE', `${linesBase}/{line_id}`, ({ sim, params }) => {
    const store = requireStore(sim, params.store_id)
    const order = requireOrder(sim, store.id, params.order_id)
    const line = requireLine(order, params.line_id)
    // An order is created with at least one line (lines minItems 1); the simulator keeps it so
    // and refuses to delete the last one (an assumption: the reference is silent).
    if (order.lines.length === 1)
      throw badRequest('An order must keep at least one line item; delete the order instead.')
    order.lines.splice(order.lines.indexOf(line), 1)
    return {}
  })

  // Account-wide (reference §5.2): every store's orders, each with its store_id.
  router.add('GET', '/ecommerce/orders', ({ sim, query }) => {
    const filters = ['campaign_id', 'customer_id'] as const
    const rows = [...sim.state.stores.values()].flatMap((store) =>
      [...(sim.state.orders.get(store.id)?.values() ?? [])]
        .filter((order) => filters.every((f) => !query.get(f) || order[f] === query.get(f)))
        .map((order) => ({ store, order }))
    )
    // Outreach is not simulated: has_outreach=true matches nothing, outreach_id nothing.
    const matching = query.get('has_outreach') === 'true' || query.get('outreach_id') ? [] : rows
    return {
      body: collection('orders', matching, query, ({ store, order }) =>
        renderOrder(sim, store, order)
      )
    }
  })
}

function requireLine(order: OrderRecord, lineId: string): OrderLineRecord {
  const line = order.lines.find((candidate) => candidate.id === lineId)
  if (!line) throw notFound()
  return line
}

function requireOrder(sim: SimulatorContext, storeId: string, orderId: string): OrderRecord {
  const order = sim.state.orders.get(storeId)?.get(orderId)
  if (!order) throw notFound()
  return order
}

/** An order's optional fields as the API reports them when never set. */
export function emptyOrder(): Omit<
  OrderRecord,
  'id' | 'customer_id' | 'lines' | 'currency_code' | 'order_total' | 'tracking_code'
> {
  return {
    campaign_id: '',
    landing_site: '',
    financial_status: '',
    fulfillment_status: '',
    order_url: '',
    discount_total: 0,
    tax_total: 0,
    shipping_total: 0,
    processed_at_foreign: '',
    cancelled_at_foreign: '',
    updated_at_foreign: '',
    shipping_address: {},
    billing_address: {},
    promos: [],
    tracking_number: '',
    tracking_carrier: '',
    tracking_url: ''
  }
}
