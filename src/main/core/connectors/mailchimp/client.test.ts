import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startMailchimpSimulator,
  type MailchimpSimulator
} from '../../../../../simulators/mailchimp'
import {
  loadMailchimpRequestValidator,
  mailchimpSpecAvailable,
  type RequestValidator
} from '../../../../../tests/support/mailchimp-openapi'
import { systemClock } from '../../clock'
import { ConnectorError } from '../connector-error'
import { createMailchimpClient, type MailchimpClient } from './client'

const fastRetry = { attempts: 4, baseDelayMs: 5, maxDelayMs: 50 }

async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ConnectorError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

describe('Mailchimp client against the simulator over HTTP', () => {
  let sim: MailchimpSimulator
  let client: MailchimpClient
  let validator: RequestValidator | null = null
  const storeId = 'kassabrug-winkel'

  beforeAll(async () => {
    if (mailchimpSpecAvailable) validator = loadMailchimpRequestValidator()
    else
      console.warn(
        'Skipping OpenAPI request validation: ../shared/reference is absent (not in CI).'
      )
    sim = await startMailchimpSimulator({
      fixture: { members: 300, products: 6, orders: 12, seed: 7 },
      onRequest: (request) => validator?.record(request)
    })
    // Member reads close their window a second before "now"; running this clock two seconds ahead
    // makes changes made a moment ago visible without waiting for the wall clock.
    const clock = { now: () => Date.now() + 2000, sleep: systemClock.sleep }
    client = createMailchimpClient({
      apiKey: sim.apiKey,
      baseUrl: sim.baseUrl,
      retry: fastRetry,
      clock
    })
  })
  afterAll(async () => {
    await sim.close()
  })

  it('pings, tests the connection and reads the account', async () => {
    expect(await client.ping()).toEqual({ health_status: "Everything's Chimpy!" })
    expect(await client.testConnection()).toEqual({
      ok: true,
      accountName: 'Fietsenwinkel De Spaak'
    })
    expect(client.dataCenter).toBe('us21')
  })

  it('reads lists', async () => {
    const lists = await client.getLists()
    expect(lists.lists.map((list) => list.id)).toEqual([sim.listId])
    expect(lists.lists.map((list) => list.name)).toEqual(['Fietsenwinkel De Spaak'])
  })

  it('upserts a member by the hash of its address (PUT twice: create, then update)', async () => {
    const email = 'Élodie.Dupré@Orange.fr'
    const created = await client.upsertMember(sim.listId, {
      email_address: email,
      status_if_new: 'subscribed',
      merge_fields: {
        FNAME: 'Élodie',
        LNAME: 'Dupré',
        PHONE: '+33 6 12 34 56 78',
        ADDRESS: {
          addr1: '3 bis Rue de la Gare',
          addr2: '',
          city: 'Lille',
          state: '',
          zip: '59000',
          country: 'FR'
        },
        COMPANY: ''
      }
    })
    // MD5 of 'élodie.dupré@orange.fr': trimmed and lower-cased first (reference §4.1).
    const hash = '9449c0cbb470dd8470899f4d7644c5fb'
    expect(created.id).toBe(hash)
    expect(created.status).toBe('subscribed')
    const updated = await client.upsertMember(sim.listId, {
      email_address: email,
      status_if_new: 'transactional',
      merge_fields: { LNAME: 'Dupré-Lefèvre' }
    })
    expect(updated.status).toBe('subscribed')
    expect(updated.merge_fields).toMatchObject({ FNAME: 'Élodie', LNAME: 'Dupré-Lefèvre' })
    expect(sim.state.members.get(sim.listId)?.get(hash)?.merge_fields.ADDRESS).toMatchObject({
      city: 'Lille',
      zip: '59000'
    })
    expect(sim.writeCounts()['PUT /lists/{list_id}/members/{subscriber_hash}']).toBe(2)
    expect(await client.getMember(sim.listId, 'nobody@ziggo.nl')).toBeNull()
  })

  it('pages members by since_last_changed and resumes from the checkpoint', async () => {
    const seen = new Map<string, string>()
    let checkpoint: string | null = null
    for await (const page of client.iterateMembers({ listId: sim.listId, pageSize: 50 })) {
      for (const member of page.members) {
        expect(seen.has(member.id)).toBe(false)
        seen.set(member.id, member.last_changed)
      }
      checkpoint = page.checkpoint
    }
    const live = [...(sim.state.members.get(sim.listId)?.values() ?? [])].filter(
      (m) => m.status !== 'archived'
    )
    expect(seen.size).toBe(live.length)
    const newest = Math.max(...[...seen.values()].map((value) => Date.parse(value)))
    expect(Date.parse(checkpoint ?? '')).toBe(newest)

    const changed = 'jan.jansen@ziggo.nl'
    await client.upsertMember(sim.listId, { email_address: changed, status_if_new: 'subscribed' })
    const again: string[] = []
    for await (const page of client.iterateMembers({
      listId: sim.listId,
      sinceLastChanged: checkpoint,
      fields: ['merge_fields']
    }))
      again.push(...page.members.map((member) => member.email_address))
    expect(again).toContain(changed)
    expect(again.length).toBeLessThan(10)
  })

  it('creates, reads and updates a store, including is_syncing', async () => {
    const store = await client.createStore({
      id: 'webshop-2',
      list_id: sim.listId,
      name: 'De Spaak webshop',
      currency_code: 'EUR',
      platform: 'Kassabrug',
      is_syncing: true,
      address: {
        address1: 'Dorpsstraat 12',
        city: 'Venlo',
        postal_code: '5911 AB',
        country_code: 'NL'
      }
    })
    expect(store.is_syncing).toBe(true)
    expect((await client.setStoreSyncing('webshop-2', false)).is_syncing).toBe(false)
    expect((await client.updateStore('webshop-2', { name: 'De Spaak online' })).name).toBe(
      'De Spaak online'
    )
    expect((await client.getStore('webshop-2'))?.name).toBe('De Spaak online')
    expect((await client.getStores()).map((s) => s.id).sort()).toEqual(
      [storeId, 'webshop-2'].sort()
    )
    expect(await client.getStore('no-such-store')).toBeNull()
    const duplicate = await rejection(
      client.createStore({ id: 'webshop-2', list_id: sim.listId, name: 'x', currency_code: 'EUR' })
    )
    expect(duplicate.kind).toBe('permanent')
    expect(duplicate.details).toMatchObject({ httpStatus: 400, code: 'Bad Request' })
  })

  it('upserts customers, who join the audience, and refuses an e-mail change', async () => {
    const customer = await client.upsertCustomer(storeId, {
      id: 'klant-9001',
      email_address: 'sanne.de.vries@kpnmail.nl',
      opt_in_status: false,
      first_name: 'Sanne',
      last_name: 'de Vries',
      address: {
        address1: 'Kerkstraat 4-A',
        city: 'Utrecht',
        postal_code: '3511 AB',
        country_code: 'NL'
      }
    })
    expect(customer).toMatchObject({ id: 'klant-9001', opt_in_status: false, orders_count: 0 })
    expect(sim.state.members.get(sim.listId)?.get('681f2d1a82afa86ea61949b5ed7834e0')?.status).toBe(
      'transactional'
    )
    const again = await client.upsertCustomer(storeId, {
      id: 'klant-9001',
      email_address: 'sanne.de.vries@kpnmail.nl',
      opt_in_status: true,
      company: 'Bakkerij De Vries'
    })
    expect(again.company).toBe('Bakkerij De Vries')
    expect(again.opt_in_status).toBe(true)
    const moved = await rejection(
      client.upsertCustomer(storeId, {
        id: 'klant-9001',
        email_address: 'sanne@ziggo.nl',
        opt_in_status: true
      })
    )
    expect(moved.kind).toBe('permanent')
    expect(moved.message).toContain('may not be changed')

    const pages = []
    for await (const page of client.iterateCustomers(storeId, { pageSize: 2 })) pages.push(page)
    const ids = pages.flatMap((page) => page.items.map((item) => item.id))
    expect(ids).toContain('klant-9001')
    expect(ids).toHaveLength(sim.state.customers.get(storeId)!.size)
    expect(new Set(ids).size).toBe(ids.length)
    expect(pages[0].items).toHaveLength(2)
  })

  it('creates, patches and PUT-upserts products and their variants', async () => {
    const product = await client.createProduct(storeId, {
      id: 'fiets-42',
      title: 'Stadsfiets Comfort',
      type: 'Fietsen',
      vendor: 'Gazelle',
      variants: [
        {
          id: 'fiets-42-53',
          title: 'Stadsfiets Comfort 53 cm',
          sku: '871234500053',
          price: 799.0,
          inventory_quantity: 3
        },
        {
          id: 'fiets-42-57',
          title: 'Stadsfiets Comfort 57 cm',
          sku: '871234500057',
          price: 799.0,
          inventory_quantity: 1
        }
      ]
    })
    expect(product.variants.map((variant) => variant.id)).toEqual(['fiets-42-53', 'fiets-42-57'])
    expect(product.currency_code).toBe('EUR')
    const duplicate = await rejection(
      client.createProduct(storeId, {
        id: 'fiets-42',
        title: 'x',
        variants: [{ id: 'x', title: 'x' }]
      })
    )
    expect(duplicate.message).toContain('already exists')
    expect(
      (await client.updateProduct(storeId, 'fiets-42', { title: 'Stadsfiets Comfort+' })).title
    ).toBe('Stadsfiets Comfort+')
    const upserted = await client.upsertProduct(storeId, {
      id: 'fiets-42',
      description: 'Met naafdynamo'
    })
    expect(upserted).toMatchObject({ title: 'Stadsfiets Comfort+', description: 'Met naafdynamo' })
    const fresh = await client.upsertProduct(storeId, {
      id: 'bel-1',
      title: 'Fietsbel',
      variants: [{ id: 'bel-1', title: 'Fietsbel', price: 6.95, inventory_quantity: 20 }]
    })
    expect(fresh.variants).toHaveLength(1)

    expect(
      (
        await client.upsertVariant(storeId, 'fiets-42', {
          id: 'fiets-42-61',
          title: '61 cm',
          price: 819,
          inventory_quantity: 0
        })
      ).id
    ).toBe('fiets-42-61')
    expect(
      (await client.updateVariant(storeId, 'fiets-42', 'fiets-42-53', { inventory_quantity: 2 }))
        .inventory_quantity
    ).toBe(2)
    expect((await client.getVariant(storeId, 'fiets-42', 'fiets-42-53'))?.inventory_quantity).toBe(
      2
    )
    expect(await client.getVariant(storeId, 'fiets-42', 'nope')).toBeNull()
    expect((await client.getProduct(storeId, 'fiets-42'))?.variants).toHaveLength(3)

    let total = 0
    for await (const page of client.iterateProducts(storeId, { pageSize: 3 }))
      total += page.items.length
    expect(total).toBe(sim.state.products.get(storeId)?.size)
  })

  it('creates, reads, patches and pages orders, and refuses lines for unknown products', async () => {
    const order = await client.createOrder(storeId, {
      id: 'bon-2026-0001',
      customer: { id: 'klant-9001' },
      currency_code: 'EUR',
      order_total: 805.95,
      financial_status: 'paid',
      processed_at_foreign: '2026-11-29T10:15:00+00:00',
      lines: [
        {
          id: '1',
          product_id: 'fiets-42',
          product_variant_id: 'fiets-42-53',
          quantity: 1,
          price: 799
        },
        { id: '2', product_id: 'bel-1', product_variant_id: 'bel-1', quantity: 1, price: 6.95 }
      ]
    })
    expect(order.customer).toMatchObject({ id: 'klant-9001', orders_count: 1, total_spent: 805.95 })
    expect(order.lines[0].product_title).toBe('Stadsfiets Comfort+')
    const patched = await client.updateOrder(storeId, 'bon-2026-0001', {
      fulfillment_status: 'shipped',
      lines: [{ id: '2', quantity: 2 }]
    })
    expect(patched.fulfillment_status).toBe('shipped')
    expect(patched.lines.find((line) => line.id === '2')?.quantity).toBe(2)
    expect((await client.getOrder(storeId, 'bon-2026-0001'))?.lines).toHaveLength(2)
    expect(await client.getOrder(storeId, 'bon-404')).toBeNull()

    const unknownProduct = await rejection(
      client.createOrder(storeId, {
        id: 'bon-2026-0002',
        customer: { id: 'klant-9001' },
        currency_code: 'EUR',
        order_total: 1,
        lines: [
          { id: '1', product_id: 'ghost', product_variant_id: 'ghost', quantity: 1, price: 1 }
        ]
      })
    )
    expect(unknownProduct.kind).toBe('permanent')
    expect(unknownProduct.message).toContain('A product with the provided ID does not exist')

    const ids: string[] = []
    for await (const page of client.iterateOrders(storeId, { pageSize: 5 }))
      ids.push(...page.items.map((o) => o.id))
    expect(new Set(ids).size).toBe(sim.state.orders.get(storeId)?.size)
    expect(ids).toContain('bon-2026-0001')
  })

  it('orders out: deletes an order line, back-fills with is_syncing and no automations', async () => {
    await client.deleteOrderLine(storeId, 'bon-2026-0001', '2')
    expect((await client.getOrder(storeId, 'bon-2026-0001'))?.lines.map((l) => l.id)).toEqual(['1'])
    const missing = await rejection(client.deleteOrderLine(storeId, 'bon-2026-0001', '2'))
    expect(missing).toMatchObject({ kind: 'permanent', details: { httpStatus: 404 } })

    const before = sim.automationEvents().length
    await client.setStoreSyncing(storeId, true)
    await client.createOrder(storeId, {
      id: 'bon-2025-0100',
      customer: { id: 'klant-9002', email_address: 'historie@voorbeeld.nl', opt_in_status: false },
      currency_code: 'EUR',
      order_total: 6.95,
      financial_status: 'paid',
      processed_at_foreign: '2025-12-01T09:00:00+00:00',
      lines: [
        { id: '3', product_id: 'bel-1', product_variant_id: 'bel-1', quantity: 1, price: 6.95 }
      ]
    })
    expect((await client.setStoreSyncing(storeId, false)).is_syncing).toBe(false)
    const events = sim.automationEvents().slice(before)
    expect(events.length).toBeGreaterThan(0)
    expect(events.every((e) => e.suppressed && e.order_id === 'bon-2025-0100')).toBe(true)

    const [product] = [...(sim.state.products.get(storeId)?.keys() ?? [])]
    const variantId = [...(sim.state.variants.get(`${storeId}/${product}`)?.keys() ?? [])][0]
    expect(
      (await client.updateVariant(storeId, product, variantId, { inventory_quantity: 12 }))
        .inventory_quantity
    ).toBe(12)
  })

  it('reads without writing: a read-only pass sends zero state-changing requests', async () => {
    sim.resetCounts()
    for await (const page of client.iterateProducts(storeId))
      expect(page.items.length).toBeGreaterThan(0)
    await client.getOrder(storeId, 'bon-2026-0001')
    expect(sim.writeCounts()).toEqual({})
    expect(Object.values(sim.requestCounts()).reduce((a, b) => a + b, 0)).toBeGreaterThan(1)
  })

  it.skipIf(!mailchimpSpecAvailable)(
    'sent only request bodies that conform to the OpenAPI spec',
    () => {
      expect(validator?.problems()).toEqual([])
      expect(validator?.checkedCount()).toBeGreaterThanOrEqual(15)
      // The validator itself can fail: a product without variants is refused.
      expect(
        validator?.check({
          method: 'POST',
          template: '/ecommerce/stores/{store_id}/products',
          body: { id: 'p', title: 't' }
        })
      ).toHaveLength(1)
    }
  )
})
