import { shippingArticleNumber } from '../../simulators/mplus/shop-fixture'
import { createMailchimpClient } from '../../src/main/core/connectors/mailchimp/client'
import type { OrderAddress, OrderCreate } from '../../src/main/core/connectors/mailchimp/types'
import { webShopId } from './configured-core'
import type { SimulatorEndpoints, SimulatorPair } from './sync-harness'

export { webShopId } from './configured-core'

export interface WebShopProduct {
  productId: string
  variantId: string
  sku: string
  /** Euros, incl. VAT. */
  price: number
}

export const addresses = {
  nl: {
    name: 'Jan de Vries',
    address1: 'Kerkstraat 12a',
    city: 'Utrecht',
    postal_code: '3511 lk',
    country_code: 'NL'
  },
  be: {
    name: 'Amélie Dubois',
    address1: 'Rue Haute 5/3',
    city: 'Bruxelles',
    postal_code: '1000',
    country_code: 'BE'
  },
  fr: {
    name: 'Sophie Martin',
    address1: 'rue de Rivoli',
    address2: '12 bis',
    city: 'Paris',
    postal_code: '75001',
    country: 'France'
  }
} satisfies Record<string, OrderAddress>

export function webShopClient(pair: Pick<SimulatorEndpoints, 'mailchimp'>) {
  return createMailchimpClient({ apiKey: pair.mailchimp.apiKey, baseUrl: pair.mailchimp.baseUrl })
}

/**
 * The web-shop store (made by `startSimulatorPair`) selling the till's articles: one product per active article (SKU
 * = article number, as the default products mapping writes it). The shipping article is not
 * sold. Returns the products.
 */
export async function seedWebShop(pair: SimulatorPair, count = 8): Promise<WebShopProduct[]> {
  const articles = [...pair.mplus.state.products.values()]
    .flatMap((product) => product.articleList.article)
    .filter(
      (article) => article.active !== false && article.articleNumber !== shippingArticleNumber
    )
    .slice(0, count)
  const products: WebShopProduct[] = []
  for (const article of articles) {
    const product = webShopProduct(String(article.articleNumber), Number(article.priceIncl ?? 1000))
    await addWebShopProduct(pair, product, String(article.description ?? product.sku))
    products.push(product)
  }
  return products
}

export function webShopProduct(sku: string, priceInclCents: number): WebShopProduct {
  return { productId: `wp-${sku}`, variantId: `wv-${sku}`, sku, price: priceInclCents / 100 }
}

export async function addWebShopProduct(
  pair: Pick<SimulatorEndpoints, 'mailchimp'>,
  product: WebShopProduct,
  title: string
): Promise<void> {
  await webShopClient(pair).createProduct(webShopId, {
    id: product.productId,
    title,
    variants: [{ id: product.variantId, title, sku: product.sku, price: product.price }]
  })
}

export interface WebShopOrder {
  id: string
  email: string
  lines: { product: WebShopProduct; quantity: number }[]
  company?: string
  financialStatus?: string
  address?: OrderAddress
  shipping?: number
}

/** The order as a web shop posts it to Mailchimp; the total is the sum of lines plus shipping. */
export function orderBody(order: WebShopOrder): OrderCreate {
  const lines = order.lines.map((line, index) => ({
    id: `${order.id}-l${index + 1}`,
    product_id: line.product.productId,
    product_variant_id: line.product.variantId,
    quantity: line.quantity,
    price: line.product.price
  }))
  const linesTotal = lines.reduce(
    (sum, line) => sum + Math.round(line.price * 100) * line.quantity,
    0
  )
  const shipping = Math.round((order.shipping ?? 0) * 100)
  const address = order.address ?? addresses.nl
  const [first, ...rest] = (address.name ?? 'Klant').split(' ')
  return {
    id: order.id,
    customer: {
      id: `c-${order.email}`,
      email_address: order.email,
      opt_in_status: false,
      first_name: first,
      last_name: rest.join(' '),
      ...(order.company ? { company: order.company } : {})
    },
    currency_code: 'EUR',
    order_total: (linesTotal + shipping) / 100,
    ...(shipping ? { shipping_total: shipping / 100 } : {}),
    financial_status: order.financialStatus ?? 'paid',
    processed_at_foreign: '2026-11-20T10:00:00+00:00',
    shipping_address: address,
    billing_address: { ...address, ...(order.company ? { company: order.company } : {}) },
    lines
  }
}

export async function placeOrders(
  pair: Pick<SimulatorEndpoints, 'mailchimp'>,
  orders: readonly WebShopOrder[]
): Promise<void> {
  const client = webShopClient(pair)
  const queue = [...orders]
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let order = queue.shift(); order; order = queue.shift())
        await client.createOrder(webShopId, orderBody(order))
    })
  )
}

/** `count` plain paid orders of 1–3 lines from the given products, over `customers` e-mail addresses. */
export function generatedOrders(
  products: readonly WebShopProduct[],
  count: number,
  customers = Math.ceil(count / 3)
): WebShopOrder[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `w${index + 1}`,
    email: `klant${(index % customers) + 1}@webwinkel.test`,
    lines: Array.from({ length: 1 + (index % 3) }, (_, line) => ({
      product: products[(index + line) % products.length],
      quantity: 1 + ((index + line) % 2)
    }))
  }))
}

/** Till orders from the web shop per extOrderId (every one should be 1; the fixture's own are left out). */
export function tillOrdersByExtId(pair: SimulatorPair): Map<string, number> {
  const counts = new Map<string, number>()
  for (const order of pair.mplus.state.orders.values()) {
    const id = String(order.extOrderId ?? '')
    if (id.startsWith(`MC-${webShopId}-`)) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** The e-mail address of a web-shop customer, as the simulator holds it. */
export function customerEmail(pair: SimulatorPair, customerId: string): string {
  return String(
    pair.mailchimp.state.customers.get(webShopId)?.get(customerId)?.email_address ?? ''
  ).toLowerCase()
}
