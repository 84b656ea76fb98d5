import BetterSqlite3 from 'better-sqlite3'
import { join } from 'node:path'
import { databaseFileName } from '../../src/main/core/create-core'
import { compareSoapDates, soapDateFromIso } from '../../simulators/mplus/mplus-dates'
import type { PlainObject } from '../../simulators/mplus/xml-codec'
import type { SimulatorPair } from './sync-harness'
import { harnessSalesStartDate, harnessStoreId } from './sync-harness'

/** Till sales for the orders-out tests and bench, booked at the simulated till (admin surface). */

/** Articles for sale whose product the products flow creates (active articles of active products). */
export function sellableArticles(pair: SimulatorPair): number[] {
  return [...pair.mplus.state.products.values()].flatMap((product) =>
    product.articleList.article
      .filter((article) => article.active !== false)
      .map((article) => article.articleNumber)
  )
}

/** Relation numbers of relations with an e-mail address. */
export function customerRelations(pair: SimulatorPair): number[] {
  return [...pair.mplus.state.relations.values()]
    .filter((relation) => typeof relation.email === 'string' && relation.email.trim() !== '')
    .map((relation) => relation.relationNumber)
}

/** Books `count` receipts, each of a known customer (round robin), on `financialDate`. */
export function bookReceipts(
  pair: SimulatorPair,
  count: number,
  options: { financialDate: string; anonymous?: boolean }
): string[] {
  const articles = sellableArticles(pair)
  const customers = customerRelations(pair)
  const ids: string[] = []
  for (let index = 0; index < count; index++) {
    const receipt = pair.mplus.createReceipt({
      ...(options.anonymous ? {} : { relationNumber: customers[index % customers.length] }),
      financialDate: options.financialDate,
      lines: [
        { articleNumber: articles[index % articles.length], quantity: 1 + (index % 3) },
        ...(index % 2 === 0
          ? [{ articleNumber: articles[(index + 1) % articles.length], quantity: 1 }]
          : [])
      ]
    })
    ids.push(String(receipt.receiptId))
  }
  return ids
}

/** The store's Mailchimp orders of till receipts, by order id. */
export function receiptOrders(pair: SimulatorPair) {
  const orders = pair.mailchimp.state.orders.get(harnessStoreId) ?? new Map()
  return new Map([...orders].filter(([id]) => id.startsWith('receipt-')))
}

export function storeIsSyncing(pair: SimulatorPair): boolean {
  return pair.mailchimp.state.stores.get(harnessStoreId)?.is_syncing === true
}

/** The orders-out ledger of a data folder: source id → Mailchimp order id. */
export function ordersLedger(dataDir: string): Map<string, string | null> {
  const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
  const rows = db
    .prepare("select source_id, target_id from sync_ledger where flow = 'orders-out'")
    .all() as { source_id: string; target_id: string | null }[]
  db.close()
  return new Map(rows.map((row) => [row.source_id, row.target_id]))
}

/**
 * The receipt ids that must end up as Mailchimp orders: sales (not credits) on or after the start
 * date of a relation with an e-mail, with at least one article for sale whose product is not in
 * `withoutProducts` (poisoned products never reach Mailchimp, so their sales keep waiting).
 */
export function expectedReceiptOrders(
  pair: SimulatorPair,
  withoutProducts: readonly string[] = []
): string[] {
  const { state } = pair.mplus
  const articleProduct = new Map<number, { product: string; forSale: boolean }>()
  for (const product of state.products.values())
    for (const article of product.articleList.article)
      articleProduct.set(article.articleNumber, {
        product: String(product.productNumber),
        forSale: article.active !== false
      })
  const start = soapDateFromIso(harnessSalesStartDate)
  return [...state.receipts.values()]
    .filter((receipt) => {
      if (receipt.receiptType !== 'RECEIPT-TYPE-RECEIPT') return false
      if (compareSoapDates(receipt.financialDate as PlainObject, start) < 0) return false
      const relation = state.relations.get(Number(receipt.relationNumber))
      if (!relation || !String(relation.email ?? '').trim()) return false
      const lines = ((receipt.lineList as PlainObject).line as PlainObject[]).map((line) =>
        articleProduct.get(Number(line.articleNumber))
      )
      const sent = lines.filter((line) => line?.forSale)
      return sent.length > 0 && sent.every((line) => !withoutProducts.includes(line!.product))
    })
    .map((receipt) => String(receipt.receiptId))
}
