import { Faker, base, en, nl } from '@faker-js/faker'
import { apiTimestamp } from './context'
import { generateCompanies, generatePeople, type GeneratedAddress } from '../fixtures/people'
import type { CustomerRecord, MemberStatus, ProductRecord, VariantRecord } from './state'

/**
 * A deterministic account to start the simulator with: one audience of persons and companies
 * (NL/BE/FR, with the default merge fields plus COMPANY) and, when asked, a web-shop store with
 * customers, products with variants, and orders that reference them.
 */
export interface MailchimpFixture {
  list: { id: string; name: string }
  members: MemberSeed[]
  store: { id: string; name: string; domain: string } | null
  customers: Omit<CustomerRecord, 'created_at' | 'updated_at'>[]
  products: (Omit<ProductRecord, 'created_at' | 'updated_at'> & {
    variants: Omit<VariantRecord, 'created_at' | 'updated_at'>[]
  })[]
  orders: OrderSeed[]
}

export interface MemberSeed {
  email_address: string
  status: MemberStatus
  language: string
  merge_fields: Record<string, unknown>
  /** Epoch ms; drives since_last_changed. */
  lastChangedMs: number
}

export interface OrderSeed {
  id: string
  customer_id: string
  currency_code: string
  order_total: number
  financial_status: string
  processed_at_foreign: string
  lines: {
    id: string
    product_id: string
    product_variant_id: string
    quantity: number
    price: number
  }[]
}

export interface FixtureSize {
  members: number
  products?: number
  orders?: number
  seed?: number
}

export const fixtureListId = 'b7e4c1d2a9'
export const fixtureStoreId = 'kassabrug-winkel'

/** The fixture's timeline ends here, so since_last_changed tests do not depend on today. */
const fixtureEpochMs = Date.parse('2026-06-01T00:00:00Z')
const dayMs = 86_400_000

function mailchimpAddress(address: GeneratedAddress): Record<string, string> {
  // Dutch and Belgian addresses have no state/province; the API wants the key, so it is empty.
  return {
    addr1: address.line,
    addr2: '',
    city: address.city,
    state: '',
    zip: address.postalCode,
    country: address.countryCode
  }
}

function pickStatus(faker: Faker): MemberStatus {
  return faker.helpers.weightedArrayElement<MemberStatus>([
    { weight: 80, value: 'subscribed' },
    { weight: 8, value: 'unsubscribed' },
    { weight: 8, value: 'transactional' },
    { weight: 2, value: 'cleaned' },
    { weight: 2, value: 'pending' }
  ])
}

function buildMembers(count: number, seed: number, faker: Faker): MemberSeed[] {
  const companyCount = Math.floor(count / 5)
  const people = generatePeople(count - companyCount, seed)
  const companies = generateCompanies(companyCount, seed, { min: 1, max: 1 })
  const lastChanged = (): number => fixtureEpochMs - faker.number.int({ min: 0, max: 365 * dayMs })
  const members: MemberSeed[] = people.map((person) => ({
    email_address: person.email,
    status: pickStatus(faker),
    language: person.language,
    merge_fields: {
      FNAME: person.firstName,
      LNAME: person.lastName,
      PHONE: person.phone,
      ADDRESS: mailchimpAddress(person.address),
      COMPANY: ''
    },
    lastChangedMs: lastChanged()
  }))
  for (const company of companies) {
    const contact = company.contacts[0]
    members.push({
      email_address: company.email,
      status: pickStatus(faker),
      language: company.language,
      merge_fields: {
        FNAME: contact?.firstName ?? '',
        LNAME: contact?.lastName ?? '',
        PHONE: company.phone,
        ADDRESS: mailchimpAddress(company.address),
        COMPANY: company.name
      },
      lastChangedMs: lastChanged()
    })
  }
  return members
}

function buildProducts(count: number, faker: Faker): MailchimpFixture['products'] {
  return Array.from({ length: count }, (_, index) => {
    const id = `p${index + 1}`
    const title = faker.commerce.productName()
    const variantCount = faker.number.int({ min: 1, max: 3 })
    const sizes = ['S', 'M', 'L']
    return {
      id,
      title,
      handle: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      url: '',
      description: faker.commerce.productDescription(),
      type: faker.commerce.department(),
      vendor: faker.company.name(),
      image_url: '',
      images: [],
      published_at_foreign: '',
      variants: Array.from({ length: variantCount }, (_, v) => ({
        // A simple product is one variant with the product's id and title (reference §5.1).
        id: variantCount === 1 ? id : `${id}-${sizes[v]}`,
        title: variantCount === 1 ? title : `${title} ${sizes[v]}`,
        url: '',
        sku: `SKU${String(index + 1).padStart(5, '0')}${v}`,
        price: Number(faker.commerce.price({ min: 2, max: 250, dec: 2 })),
        inventory_quantity: faker.number.int({ min: 0, max: 40 }),
        image_url: '',
        backorders: '0',
        visibility: 'visible'
      }))
    }
  })
}

export function generateMailchimpFixture(size: FixtureSize): MailchimpFixture {
  const seed = size.seed ?? 1
  const faker = new Faker({ locale: [nl, en, base] })
  faker.seed(seed)
  const members = buildMembers(size.members, seed, faker)
  const productCount = size.products ?? 0
  const orderCount = size.orders ?? 0
  const hasStore = productCount > 0 || orderCount > 0
  const products = buildProducts(orderCount > 0 ? Math.max(productCount, 1) : productCount, faker)
  const customerSource = members
    .filter((member) => member.merge_fields.COMPANY === '')
    .slice(0, Math.max(1, Math.ceil(orderCount / 2)))
  const customers = hasStore
    ? customerSource.map((member, index) => ({
        id: `c${index + 1}`,
        email_address: member.email_address,
        opt_in_status: member.status === 'subscribed',
        company: '',
        first_name: String(member.merge_fields.FNAME),
        last_name: String(member.merge_fields.LNAME),
        address: {}
      }))
    : []
  const orders: OrderSeed[] = Array.from({ length: orderCount }, (_, index) => {
    const lineCount = faker.number.int({ min: 1, max: 3 })
    const lines = Array.from({ length: lineCount }, (_, l) => {
      const product = faker.helpers.arrayElement(products)
      const variant = faker.helpers.arrayElement(product.variants)
      return {
        id: `l${l + 1}`,
        product_id: product.id,
        product_variant_id: variant.id,
        quantity: faker.number.int({ min: 1, max: 4 }),
        price: variant.price
      }
    })
    return {
      id: `o${index + 1}`,
      customer_id: faker.helpers.arrayElement(customers).id,
      currency_code: 'EUR',
      order_total:
        Math.round(lines.reduce((sum, line) => sum + line.price * line.quantity, 0) * 100) / 100,
      financial_status: 'paid',
      processed_at_foreign: apiTimestamp(
        fixtureEpochMs - faker.number.int({ min: 0, max: 180 * dayMs })
      ),
      lines
    }
  })
  return {
    list: { id: fixtureListId, name: 'Fietsenwinkel De Spaak' },
    members,
    store: hasStore
      ? { id: fixtureStoreId, name: 'Fietsenwinkel De Spaak', domain: 'despaak.nl' }
      : null,
    customers,
    products,
    orders
  }
}
