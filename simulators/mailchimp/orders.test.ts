import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureStoreId, startMailchimpSimulator, type MailchimpSimulator } from './index'
import { variantKey } from './state'

/** Orders, order lines, is_syncing and field selection, spoken to with plain fetch. */
describe('Mailchimp simulator: orders over raw HTTP', () => {
  let sim: MailchimpSimulator
  let basic: string
  let productId: string
  let variantId: string
  const storeId = fixtureStoreId
  const orders = `/ecommerce/stores/${storeId}/orders`

  const call = async (
    method: string,
    path: string,
    body?: unknown
  ): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await fetch(`${sim.baseUrl}${path}`, {
      method,
      headers: {
        authorization: basic,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {})
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await response.text()
    return {
      status: response.status,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : {}
    }
  }
  const line = (id: string, quantity = 1) => ({
    id,
    product_id: productId,
    product_variant_id: variantId,
    quantity,
    price: 12.5
  })
  const order = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    customer: { id: `c-${id}`, email_address: `${id}@voorbeeld.nl`, opt_in_status: false },
    currency_code: 'EUR',
    order_total: 12.5,
    lines: [line('l1')],
    ...extra
  })

  beforeAll(async () => {
    sim = await startMailchimpSimulator({
      fixture: { members: 5, products: 3, orders: 2, seed: 3 }
    })
    basic = `Basic ${Buffer.from(`x:${sim.apiKey}`).toString('base64')}`
    productId = [...(sim.state.products.get(storeId)?.keys() ?? [])][0]
    variantId = [...(sim.state.variants.get(variantKey(storeId, productId))?.keys() ?? [])][0]
  })
  afterAll(async () => {
    await sim.close()
  })

  it('checks what the API checks on POST: customer, lines, products and variants, currency, duplicate id, number types', async () => {
    const { customer: _customer, ...withoutCustomer } = order('o-1')
    const cases: [unknown, number, string][] = [
      [withoutCustomer, 400, 'Required fields were not provided: customer'],
      [{ ...order('o-1'), lines: [] }, 400, 'Array must contain at least 1 item(s).'],
      [
        { ...order('o-1'), lines: [{ ...line('l1'), product_id: 'nope' }] },
        400,
        'A product with the provided ID does not exist'
      ],
      [
        { ...order('o-1'), lines: [{ ...line('l1'), product_variant_id: 'nope' }] },
        400,
        'variant ID does not exist'
      ],
      [{ ...order('o-1'), currency_code: 'euro' }, 400, 'not a three-letter ISO 4217 code'],
      [{ ...order('o-1'), order_total: '12.50' }, 400, 'Schema describes number, string found'],
      [
        { ...order('o-1'), lines: [{ ...line('l1'), quantity: 1.5 }] },
        400,
        'Schema describes integer'
      ],
      [{ ...order('o-1'), tracking_code: '' }, 400, 'allowed values: prec']
    ]
    for (const [body, status, message] of cases) {
      const response = await call('POST', orders, body)
      expect(response.status, message).toBe(status)
      expect(JSON.stringify(response.json), message).toContain(message)
    }
    expect((await call('POST', orders, order('o-1'))).status).toBe(200)
    const duplicate = await call('POST', orders, order('o-1'))
    expect(duplicate.status).toBe(400)
    expect(duplicate.json.detail).toContain('An order with the provided ID already exists')
  })

  it('never answers enum fields with "": tracking_code is absent until set, automation status absent', async () => {
    const read = await call('GET', `${orders}/o-1`)
    expect(read.json).not.toHaveProperty('tracking_code')
    const tracked = await call('PATCH', `${orders}/o-1`, { tracking_code: 'prec' })
    expect(tracked.json.tracking_code).toBe('prec')
    const store = await call('GET', `/ecommerce/stores/${storeId}`)
    expect(store.json.automations).toEqual({
      abandoned_cart: { is_supported: false },
      abandoned_browse: { is_supported: false }
    })
  })

  it('adds, reads, changes and deletes order lines; refuses duplicates, unknown variants and the last line', async () => {
    const lines = `${orders}/o-1/lines`
    const added = await call('POST', lines, line('l2', 3))
    expect(added.status).toBe(200)
    expect(added.json).toMatchObject({ id: 'l2', quantity: 3, product_title: expect.any(String) })
    expect((await call('POST', lines, line('l2'))).status).toBe(400)
    expect((await call('POST', lines, { ...line('l3'), product_variant_id: 'x' })).status).toBe(400)
    expect((await call('POST', lines, { id: 'l3' })).json.errors).toEqual([
      {
        field: '',
        message:
          'Required fields were not provided: product_id, product_variant_id, quantity, price'
      }
    ])
    const patched = await call('PATCH', `${lines}/l2`, { quantity: 4, discount: 2 })
    expect(patched.json).toMatchObject({ id: 'l2', quantity: 4, discount: 2 })
    expect((await call('GET', `${lines}/l2`)).json.quantity).toBe(4)
    expect((await call('GET', `${lines}/none`)).status).toBe(404)
    expect((await call('DELETE', `${lines}/l1`)).status).toBe(204)
    const last = await call('DELETE', `${lines}/l2`)
    expect(last.status).toBe(400)
    expect((await call('GET', lines)).json).toMatchObject({ total_items: 1, order_id: 'o-1' })
    expect((await call('PUT', `${lines}/l2`, line('l2'))).status).toBe(405)
  })

  it('lists orders account-wide with their store_id and filters by customer_id', async () => {
    const all = await call('GET', '/ecommerce/orders?count=1000')
    const storeOrders = sim.state.orders.get(storeId)?.size ?? 0
    expect(all.json.total_items).toBe(storeOrders)
    expect((all.json.orders as { store_id: string }[]).every((o) => o.store_id === storeId)).toBe(
      true
    )
    const mine = await call('GET', '/ecommerce/orders?customer_id=c-o-1')
    expect((mine.json.orders as { id: string }[]).map((o) => o.id)).toEqual(['o-1'])
    expect((await call('GET', '/ecommerce/orders?has_outreach=true')).json.total_items).toBe(0)
  })

  it('suppresses automations while the store is_syncing and records what would have fired', async () => {
    const adminUrl = `${sim.baseUrl.replace(/\/3\.0$/, '')}/__admin/automations`
    expect((await fetch(adminUrl, { method: 'DELETE' })).status).toBe(200)
    await call('PATCH', `/ecommerce/stores/${storeId}`, { is_syncing: true })
    await call('POST', orders, order('o-2', { financial_status: 'paid' }))
    await call('PATCH', `${orders}/o-2`, { fulfillment_status: 'shipped' })
    await call('PATCH', `/ecommerce/stores/${storeId}`, { is_syncing: false })
    await call('PATCH', `${orders}/o-2`, { financial_status: 'refunded' })
    await call('PATCH', `${orders}/o-2`, { financial_status: 'refunded' })
    const admin = await fetch(adminUrl)
    const { automations } = (await admin.json()) as {
      automations: { order_id: string; trigger: string; status: string; suppressed: boolean }[]
    }
    expect(
      automations.map(({ trigger, status, suppressed }) => [trigger, status, suppressed])
    ).toEqual([
      ['first_purchase', 'paid', true],
      ['order_notification', 'paid', true],
      ['shipping_confirmation', 'shipped', true],
      ['order_notification', 'refunded', false]
    ])
    expect(sim.automationEvents()).toHaveLength(4)
  })

  it('refuses unknown fields= and exclude_fields= names with 422, accepts the resource and item names', async () => {
    const bad = await call('GET', `${orders}?fields=orders.id,orders.totl`)
    expect(bad.status).toBe(422)
    expect(bad.json).toMatchObject({ title: 'Requested Fields Invalid', status: 422 })
    expect(String(bad.json.detail)).toContain('orders.totl')
    expect((await call('GET', `${orders}/o-1?exclude_fields=nonsense`)).status).toBe(422)
    const good = await call(
      'GET',
      `${orders}?fields=orders.id,orders.lines.quantity,orders.customer.email_address,orders.tracking_code,total_items`
    )
    expect(good.status).toBe(200)
    expect(Object.keys(good.json).sort()).toEqual(['orders', 'total_items'])
  })

  it('updates a variant inventory_quantity and refuses a non-integer one', async () => {
    const path = `/ecommerce/stores/${storeId}/products/${productId}/variants/${variantId}`
    expect((await call('PATCH', path, { inventory_quantity: 7 })).json.inventory_quantity).toBe(7)
    expect((await call('PATCH', path, { inventory_quantity: 2.5 })).status).toBe(400)
    expect((await call('GET', path)).json.inventory_quantity).toBe(7)
  })
})
