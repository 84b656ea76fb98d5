import { createHash } from 'node:crypto'
import { apiTimestamp, type SimulatorContext } from './context'
import { subscriberHash } from './email-rules'
import type { MailchimpFixture } from './fixture'
import { addMergeField } from './routes/lists'
import { emptyOrder } from './routes/orders'
import { createStore } from './routes/stores'
import { mapFor, variantKey, type MemberRecord } from './state'

/** The merge fields a new audience has (reference §4.5), plus the COMPANY text field we add. */
function addDefaultMergeFields(sim: SimulatorContext, listId: string): void {
  addMergeField(sim, listId, { tag: 'FNAME', name: 'First Name', type: 'text' })
  addMergeField(sim, listId, { tag: 'LNAME', name: 'Last Name', type: 'text' })
  addMergeField(sim, listId, { tag: 'ADDRESS', name: 'Address', type: 'address' })
  addMergeField(sim, listId, { tag: 'PHONE', name: 'Phone Number', type: 'phone' })
  addMergeField(sim, listId, { tag: 'COMPANY', name: 'Company', type: 'text' })
}

/** Puts a fixture straight into the state (no HTTP, no validation: the generator is trusted). */
export function loadFixture(sim: SimulatorContext, fixture: MailchimpFixture): void {
  const { state } = sim
  const created = apiTimestamp(Date.parse('2024-01-15T10:00:00Z'))
  state.lists.set(fixture.list.id, {
    id: fixture.list.id,
    web_id: 1,
    name: fixture.list.name,
    contact: {
      company: state.account.contact.company,
      address1: state.account.contact.addr1,
      city: 'Venlo',
      country: 'NL'
    },
    permission_reminder: 'Je ontvangt deze e-mail omdat je klant bent bij ons.',
    campaign_defaults: {
      from_name: fixture.list.name,
      from_email: state.account.email,
      subject: '',
      language: 'nl'
    },
    email_type_option: false,
    date_created: created
  })
  addDefaultMergeFields(sim, fixture.list.id)
  const members = mapFor(state.members, fixture.list.id)
  fixture.members.forEach((seed, index) => {
    const hash = subscriberHash(seed.email_address)
    const changed = apiTimestamp(seed.lastChangedMs)
    const member: MemberRecord = {
      id: hash,
      email_address: seed.email_address,
      unique_email_id: createHash('md5').update(`${hash}:eid`).digest('hex').slice(0, 10),
      contact_id: createHash('md5').update(`${hash}:contact`).digest('hex'),
      web_id: 1000 + index,
      email_type: 'html',
      status: seed.status,
      merge_fields: seed.merge_fields,
      interests: {},
      language: seed.language,
      vip: false,
      location: { latitude: 0, longitude: 0 },
      ip_signup: '',
      timestamp_signup: '',
      ip_opt: '',
      timestamp_opt: changed,
      last_changed: changed,
      source: 'Import',
      tags: [],
      list_id: fixture.list.id
    }
    members.set(hash, member)
  })
  if (!fixture.store) return
  const store = createStore(sim, {
    id: fixture.store.id,
    list_id: fixture.list.id,
    name: fixture.store.name,
    domain: fixture.store.domain,
    currency_code: 'EUR',
    money_format: '€',
    primary_locale: 'nl',
    timezone: 'Europe/Amsterdam',
    platform: 'Kassabrug'
  })
  const customers = mapFor(state.customers, store.id)
  for (const customer of fixture.customers)
    customers.set(customer.id, { ...customer, created_at: created, updated_at: created })
  const products = mapFor(state.products, store.id)
  for (const { variants, ...product } of fixture.products) {
    products.set(product.id, { ...product, created_at: created, updated_at: created })
    const stored = mapFor(state.variants, variantKey(store.id, product.id))
    for (const variant of variants)
      stored.set(variant.id, { ...variant, created_at: created, updated_at: created })
  }
  const orders = mapFor(state.orders, store.id)
  for (const order of fixture.orders)
    orders.set(order.id, {
      ...emptyOrder(),
      updated_at_foreign: order.processed_at_foreign,
      ...order,
      lines: order.lines.map((line) => ({ ...line, discount: 0 }))
    })
}
