import { variantKey } from '../../simulators/mailchimp/state'
import type { PlainObject } from '../../simulators/mplus/xml-codec'
import type { FlowId } from '../../src/shared/flows/catalogue'
import { expectedStockLevels } from '../support/stock-levels'
import { harnessStoreId, type SimulatorPair } from '../support/sync-harness'
import { expectedReceiptOrders } from '../support/till-sales'
import { webShopId } from '../support/web-shop'

/** What a trial knows besides the simulators: the records it poisoned and the fixture's groups. */
export interface ChaosWorld {
  pair: SimulatorPair
  /** Mailchimp member ids whose member was poisoned (the customers flow must refuse them). */
  poisonMembers: ReadonlySet<string>
  /** Mplus product numbers whose product was poisoned (the products flow must refuse them). */
  poisonProducts: ReadonlySet<string>
  /** Article groups the till had before Kassabrug ran. */
  fixtureGroups: ReadonlySet<number>
}

export interface TargetRecord {
  /** The id the flow's ledger must hold for the source record. */
  id: string
  record: unknown
}

/**
 * How the chaos invariants see one flow, through the simulators' own state: the source records
 * that must be at the target (by the flow's ledger source id), the target records that carry one
 * (exactly one is right), and whether that target shows the source's latest content.
 */
export interface FlowAdapter {
  sources(world: ChaosWorld): Map<string, unknown>
  /** `ledgerTarget`: the ledger's target id, for a flow that may reuse one of several records. */
  targets(world: ChaosWorld, sourceId: string, ledgerTarget: string | null): TargetRecord[]
  /** Null when the target shows the source's content; otherwise what differs. */
  compare(world: ChaosWorld, source: unknown, target: TargetRecord): string | null
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
/** A till document's lines: article and quantity (the WSDL keeps it in `data`, with its decimals). */
const lines = (document: PlainObject): { article: unknown; quantity: number }[] => {
  const list = (document.lineList as PlainObject | undefined)?.line
  const items = Array.isArray(list) ? (list as PlainObject[]) : list ? [list as PlainObject] : []
  return items.map((line) => {
    const data = (line.data ?? {}) as PlainObject
    return {
      article: line.articleNumber,
      quantity: Number(data.quantity) / 10 ** Number(data.decimalPlaces ?? 0)
    }
  })
}
const sortedLines = (items: { article: unknown; quantity: unknown }[]): string =>
  items
    .map((item) => `${String(item.article)}×${Number(item.quantity)}`)
    .sort()
    .join(' ')

function members(world: ChaosWorld) {
  return [...(world.pair.mailchimp.state.members.get(world.pair.mailchimp.listId)?.values() ?? [])]
}

function storeProducts(world: ChaosWorld) {
  return world.pair.mailchimp.state.products.get(harnessStoreId) ?? new Map()
}

/** Products of the till the products flow must deliver: one active article at least, not poisoned. */
function deliverableProducts(world: ChaosWorld) {
  return [...world.pair.mplus.state.products.values()].filter(
    (product) =>
      product.articleList.article.some((article) => article.active !== false) &&
      !world.poisonProducts.has(String(product.productNumber))
  )
}

/** One adapter per catalogue flow: a flow added to the catalogue without one does not compile. */
export const flowAdapters: { readonly [Flow in FlowId]: FlowAdapter } = {
  customers: {
    sources: (world) =>
      new Map(
        members(world)
          .filter((member) => !world.poisonMembers.has(member.id))
          .map((member) => [member.email_address.trim().toLowerCase(), member])
      ),
    targets: (world, email) =>
      [...world.pair.mplus.state.relations.values()]
        .filter((relation) => text(relation.email).toLowerCase() === email)
        .map((relation) => ({ id: String(relation.relationNumber), record: relation })),
    compare: (_world, source, target) => {
      const member = source as ReturnType<typeof members>[number]
      const relation = target.record as PlainObject
      // The default mapping names the relation after the company, the person as its contact.
      const lastName = text(member.merge_fields.LNAME)
      const shown = `${text(relation.name)} | ${text(relation.contact)}`
      return lastName && !shown.includes(lastName)
        ? `last name "${lastName}" not on the relation (${shown})`
        : null
    }
  },
  products: {
    sources: (world) =>
      new Map(
        deliverableProducts(world).map((product) => [String(product.productNumber), product])
      ),
    targets: (world, id) => {
      const product = storeProducts(world).get(id)
      return product ? [{ id, record: product }] : []
    },
    compare: (world, source, target) => {
      const product = source as ReturnType<typeof deliverableProducts>[number]
      const shown = target.record as { title: string }
      const title = text(product.description)
      if (title && shown.title !== title) return `title "${shown.title}", not "${title}"`
      const variants = world.pair.mailchimp.state.variants.get(
        variantKey(harnessStoreId, String(product.productNumber))
      )
      const missing = product.articleList.article
        .filter((article) => article.active !== false)
        .filter((article) => !variants?.has(String(article.articleNumber)))
      return missing.length > 0
        ? `variants missing: ${missing.map((article) => article.articleNumber).join(', ')}`
        : null
    }
  },
  categories: {
    // Mailchimp has no category: a group is its name as the type of its products.
    sources: (world) =>
      new Map(
        [...world.pair.mplus.state.articleGroups.values()].map((group) => [
          String(group.groupNumber),
          group
        ])
      ),
    targets: (world, id) => {
      const group = world.pair.mplus.state.articleGroups.get(Number(id))!
      return [{ id: `type:${text(group.name)}`, record: group }]
    },
    compare: (world, source) => {
      const group = source as { groupNumber: number; name: string }
      const wrong = deliverableProducts(world)
        // A product in several groups takes one of their names: only single-group products tell.
        .filter((product) => product.groupNumbers.length === 1)
        .filter((product) => product.groupNumbers[0] === group.groupNumber)
        .map((product) => storeProducts(world).get(String(product.productNumber)))
        .filter((shown) => shown && shown.type !== text(group.name))
      return wrong.length > 0
        ? `products ${wrong.map((shown) => `${shown!.id} ("${shown!.type}")`).join(', ')} not of type "${text(group.name)}"`
        : null
    }
  },
  'product-types': {
    sources: (world) => {
      const types = new Map<string, string>()
      for (const product of storeProducts(world).values()) {
        const type = text(product.type)
        if (type) types.set(type.toLowerCase(), type)
      }
      return types
    },
    // A type the till has a group of (two, even: Dames › Broeken, Heren › Broeken) reuses one of
    // them: that one is the target; one a group of its own was made for must have exactly one.
    targets: (world, type, ledgerTarget) => {
      const named = [...world.pair.mplus.state.articleGroups.values()].filter(
        (group) => text(group.name).toLowerCase() === type
      )
      const created = named.filter((group) => !world.fixtureGroups.has(group.groupNumber))
      const fixture = named.filter((group) => world.fixtureGroups.has(group.groupNumber))
      const reused =
        fixture.find((group) => String(group.groupNumber) === ledgerTarget) ?? fixture[0]
      return [...created, ...(reused ? [reused] : [])].map((group) => ({
        id: String(group.groupNumber),
        record: group
      }))
    },
    compare: () => null
  },
  stock: {
    sources: (world) =>
      new Map(
        expectedStockLevels(world.pair)
          .filter((level) => level.target !== null)
          .map((level) => [level.article, level])
      ),
    targets: (world, article) =>
      expectedStockLevels(world.pair)
        .filter((level) => level.article === article && level.target !== null)
        .map((level) => ({ id: level.target!, record: level })),
    compare: (_world, source) => {
      const level = source as ReturnType<typeof expectedStockLevels>[number]
      return level.shown === level.level ? null : `shows ${level.shown}, not ${level.level}`
    }
  },
  'orders-in': {
    // The web shop's paid orders (the default statuses imported).
    sources: (world) =>
      new Map(
        [...(world.pair.mailchimp.state.orders.get(webShopId)?.values() ?? [])]
          .filter((order) => order.financial_status === 'paid')
          .map((order) => [`${webShopId}:${order.id}`, order])
      ),
    targets: (world, key) => {
      const extOrderId = `MC-${key.replace(':', '-')}`
      return [...world.pair.mplus.state.orders.values()]
        .filter((order) => order.extOrderId === extOrderId)
        .map((order) => ({ id: order.orderId, record: order }))
    },
    compare: (world, source, target) => {
      const order = source as { lines: { product_variant_id: string; quantity: number }[] }
      const variants = new Map(
        [...(world.pair.mailchimp.state.products.get(webShopId)?.keys() ?? [])]
          .flatMap((productId) => [
            ...(world.pair.mailchimp.state.variants
              .get(variantKey(webShopId, productId))
              ?.values() ?? [])
          ])
          .map((variant) => [variant.id, variant.sku])
      )
      const sent = sortedLines(
        order.lines.map((line) => ({
          article: variants.get(line.product_variant_id),
          quantity: line.quantity
        }))
      )
      const booked = sortedLines(lines(target.record as PlainObject))
      return sent === booked ? null : `till order lines ${booked}, web shop ${sent}`
    }
  },
  'orders-out': {
    sources: (world) =>
      new Map(
        expectedReceiptOrders(world.pair, [...world.poisonProducts]).map((id) => [
          `receipt:${id}`,
          world.pair.mplus.state.receipts.get(id)
        ])
      ),
    targets: (world, key) => {
      const id = `receipt-${key.slice('receipt:'.length)}`
      const order = world.pair.mailchimp.state.orders.get(harnessStoreId)?.get(id)
      return order ? [{ id, record: order }] : []
    },
    compare: (world, source, target) => {
      const forSale = new Set(
        [...world.pair.mplus.state.products.values()].flatMap((product) =>
          product.articleList.article
            .filter((article) => article.active !== false)
            .map((article) => article.articleNumber)
        )
      )
      const sold = sortedLines(
        lines(source as PlainObject).filter((line) => forSale.has(Number(line.article)))
      )
      const order = target.record as { lines: { product_variant_id: string; quantity: number }[] }
      const sent = sortedLines(
        order.lines.map((line) => ({ article: line.product_variant_id, quantity: line.quantity }))
      )
      return sold === sent ? null : `Mailchimp order lines ${sent}, till ${sold}`
    }
  }
}
