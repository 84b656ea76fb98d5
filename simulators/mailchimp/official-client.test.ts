import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailchimpSimulator, subscriberHash, type MailchimpSimulator } from './index'

/**
 * Mailchimp's own Node client (@mailchimp/mailchimp_marketing 3.0.80), unchanged, against the
 * simulator: if it gets the shapes it expects, the simulator speaks the real API, not a dialect
 * shared with our client. Only where it connects is changed — through its own `server`
 * substitution, with the base path's host written as the "server" placeholder.
 */
type ApiCall = (...args: unknown[]) => Promise<Record<string, unknown>>
interface OfficialClient {
  basePath: string
  setConfig(config: { apiKey: string; server: string }): void
  ping: { get: ApiCall }
  root: { getRoot: ApiCall }
  lists: Record<
    | 'setListMember'
    | 'getListMember'
    | 'addListMember'
    | 'getListMembersInfo'
    | 'getListMergeFields',
    ApiCall
  >
  ecommerce: Record<
    | 'addStore'
    | 'getStore'
    | 'updateStore'
    | 'setStoreCustomer'
    | 'getStoreCustomer'
    | 'addStoreProduct'
    | 'updateStoreProduct'
    | 'getStoreProduct'
    | 'addProductVariant'
    | 'updateProductVariant'
    | 'getProductVariant'
    | 'addStoreOrder'
    | 'updateOrder'
    | 'getOrder'
    | 'getStoreOrders',
    ApiCall
  >
}

const mailchimp = createRequire(import.meta.url)('@mailchimp/mailchimp_marketing') as OfficialClient

describe('the official @mailchimp/mailchimp_marketing client against the simulator', () => {
  let sim: MailchimpSimulator
  const storeId = 'officiele-winkel'

  beforeAll(async () => {
    sim = await startMailchimpSimulator({ fixture: { members: 20, seed: 2 } })
    mailchimp.basePath = 'http://server/3.0'
    mailchimp.setConfig({ apiKey: sim.apiKey, server: new URL(sim.baseUrl).host })
  })
  afterAll(async () => {
    await sim.close()
  })

  it('pings and reads the account root', async () => {
    expect(await mailchimp.ping.get()).toEqual({ health_status: "Everything's Chimpy!" })
    expect(await mailchimp.root.getRoot()).toMatchObject({
      account_id: expect.any(String),
      account_name: expect.any(String)
    })
  })

  it('upserts a member with setListMember and reads it back', async () => {
    const email = 'Noor.Bakker@Ziggo.nl'
    const hash = subscriberHash(email)
    const member = await mailchimp.lists.setListMember(sim.listId, hash, {
      email_address: email,
      status_if_new: 'subscribed',
      merge_fields: {
        FNAME: 'Noor',
        LNAME: 'Bakker',
        ADDRESS: { addr1: 'Dorpsstraat 1', city: 'Venlo', state: '', zip: '5911 AB', country: 'NL' }
      }
    })
    expect(member).toMatchObject({
      id: hash,
      email_address: email,
      status: 'subscribed',
      list_id: sim.listId
    })
    expect(member.merge_fields).toMatchObject({ FNAME: 'Noor', ADDRESS: { city: 'Venlo' } })
    expect(typeof member.last_changed).toBe('string')
    expect(await mailchimp.lists.getListMember(sim.listId, hash)).toMatchObject({ id: hash })
    const page = await mailchimp.lists.getListMembersInfo(sim.listId, { count: 5, offset: 0 })
    expect(page).toMatchObject({ list_id: sim.listId, total_items: 21 })
    expect((page.members as unknown[]).length).toBe(5)
    const fields = await mailchimp.lists.getListMergeFields(sim.listId)
    expect((fields.merge_fields as { tag: string }[]).map((field) => field.tag)).toContain(
      'COMPANY'
    )
  })

  it('gets Mailchimp-shaped errors: POST of an existing member is 400 "Member Exists"', async () => {
    const error = await mailchimp.lists
      .addListMember(sim.listId, { email_address: 'noor.bakker@ziggo.nl', status: 'subscribed' })
      .then(
        () => null,
        (failure: { status?: number; response?: { body?: Record<string, unknown> } }) => failure
      )
    expect(error?.status).toBe(400)
    expect(error?.response?.body).toMatchObject({
      title: 'Member Exists',
      status: 400,
      detail: expect.stringContaining('Use PUT')
    })
  })

  it('runs the store, customer, product, variant and order calls', async () => {
    const store = await mailchimp.ecommerce.addStore({
      id: storeId,
      list_id: sim.listId,
      name: 'Officiële winkel',
      currency_code: 'EUR',
      is_syncing: true
    })
    expect(store).toMatchObject({
      id: storeId,
      list_id: sim.listId,
      is_syncing: true,
      currency_code: 'EUR'
    })
    expect(await mailchimp.ecommerce.updateStore(storeId, { is_syncing: false })).toMatchObject({
      is_syncing: false
    })
    expect(await mailchimp.ecommerce.getStore(storeId)).toMatchObject({ name: 'Officiële winkel' })

    const customer = await mailchimp.ecommerce.setStoreCustomer(storeId, 'k1', {
      id: 'k1',
      email_address: 'noor.bakker@ziggo.nl',
      opt_in_status: true,
      first_name: 'Noor'
    })
    expect(customer).toMatchObject({
      id: 'k1',
      email_address: 'noor.bakker@ziggo.nl',
      orders_count: 0,
      total_spent: 0
    })
    expect(await mailchimp.ecommerce.getStoreCustomer(storeId, 'k1')).toMatchObject({
      first_name: 'Noor'
    })

    const product = await mailchimp.ecommerce.addStoreProduct(storeId, {
      id: 'slot-1',
      title: 'Fietsslot',
      variants: [{ id: 'slot-1', title: 'Fietsslot', price: 24.95, inventory_quantity: 8 }]
    })
    expect(product).toMatchObject({
      id: 'slot-1',
      currency_code: 'EUR',
      variants: [{ id: 'slot-1', inventory_quantity: 8 }]
    })
    expect(
      await mailchimp.ecommerce.updateStoreProduct(storeId, 'slot-1', { vendor: 'AXA' })
    ).toMatchObject({ vendor: 'AXA' })
    expect(
      await mailchimp.ecommerce.addProductVariant(storeId, 'slot-1', 'slot-1-xl', {
        id: 'slot-1-xl',
        title: 'Fietsslot XL',
        price: 34.95
      })
    ).toMatchObject({
      id: 'slot-1-xl'
    })
    expect(
      await mailchimp.ecommerce.updateProductVariant(storeId, 'slot-1', 'slot-1', {
        inventory_quantity: 7
      })
    ).toMatchObject({
      inventory_quantity: 7
    })
    expect(
      await mailchimp.ecommerce.getProductVariant(storeId, 'slot-1', 'slot-1-xl')
    ).toMatchObject({ price: 34.95 })
    expect(
      ((await mailchimp.ecommerce.getStoreProduct(storeId, 'slot-1')).variants as unknown[]).length
    ).toBe(2)

    const order = await mailchimp.ecommerce.addStoreOrder(storeId, {
      id: 'bon-1',
      customer: { id: 'k1' },
      currency_code: 'EUR',
      order_total: 24.95,
      processed_at_foreign: '2026-11-29T10:00:00+00:00',
      lines: [
        { id: '1', product_id: 'slot-1', product_variant_id: 'slot-1', quantity: 1, price: 24.95 }
      ]
    })
    expect(order).toMatchObject({
      id: 'bon-1',
      store_id: storeId,
      customer: { id: 'k1', orders_count: 1, total_spent: 24.95 },
      lines: [{ id: '1', product_title: 'Fietsslot', product_variant_title: 'Fietsslot' }]
    })
    expect(
      await mailchimp.ecommerce.updateOrder(storeId, 'bon-1', { financial_status: 'paid' })
    ).toMatchObject({ financial_status: 'paid' })
    expect(await mailchimp.ecommerce.getOrder(storeId, 'bon-1')).toMatchObject({
      financial_status: 'paid'
    })
    expect(await mailchimp.ecommerce.getStoreOrders(storeId)).toMatchObject({
      store_id: storeId,
      total_items: 1
    })
  })
})
