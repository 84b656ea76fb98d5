import BetterSqlite3 from 'better-sqlite3'
import { join } from 'node:path'
import { databaseFileName } from '../../src/main/core/create-core'
import type { SimulatorPair } from './sync-harness'
import { harnessStoreId } from './sync-harness'

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
