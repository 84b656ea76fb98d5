import type { MplusClient } from '../../connectors/mplus/client'
import { isForSale } from '../products/products-flow'
import type { SalesDocumentOptions } from '../../connectors/mplus/client'
import type {
  MplusInvoice,
  MplusOrder,
  MplusPage,
  MplusReceipt,
  MplusRelation
} from '../../connectors/mplus/types'

/** The Mplus sales the orders-out flow can send (the `ordersOutSources` option). */
export type SaleSource = 'receipts' | 'invoices' | 'orders'

export type SaleDocument =
  | { source: 'receipts'; document: MplusReceipt }
  | { source: 'invoices'; document: MplusInvoice }
  | { source: 'orders'; document: MplusOrder }

/**
 * One Mplus sale as the flow plans it: the document, its customer and the Mplus product of each
 * article on its lines — read with the page, so plan() needs no call to Mplus.
 */
export type SaleRecord = SaleDocument & {
  /** The sale's relation; null for an anonymous sale (or a relation Mplus no longer has). */
  relation: MplusRelation | null
  /**
   * The Mplus product of each article on the lines, by article number, and whether the article is
   * for sale (the products flow creates variants only for those); null: Mplus does not know it.
   */
  productOf: Record<string, { product: number; forSale: boolean } | null>
  /** On a credit: the sale it credits, as Mplus has it now; null when Mplus does not find it. */
  original?: (SaleDocument & { relation: MplusRelation | null }) | null
}

const singular: Record<SaleSource, string> = {
  receipts: 'receipt',
  invoices: 'invoice',
  orders: 'order'
}

/** The server's id of the document (receiptId, invoiceId, orderId). */
export function documentId(sale: SaleDocument): string {
  switch (sale.source) {
    case 'receipts':
      return sale.document.receiptId
    case 'invoices':
      if (!sale.document.invoiceId) throw new Error('the invoice has no invoiceId')
      return sale.document.invoiceId
    case 'orders':
      return sale.document.orderId
  }
}

/** The ledger key: `receipt:<receiptId>`, `invoice:<invoiceId>`, `order:<orderId>`. */
export function saleKey(source: SaleSource, id: string): string {
  return `${singular[source]}:${id}`
}

/** The Mailchimp order id of a sale: `receipt-<receiptId>` and so on (stable, never reused). */
export function mailchimpOrderId(source: SaleSource, id: string): string {
  return `${singular[source]}-${id}`
}

/**
 * Whether a Mailchimp order id is one this flow gave a till sale: the orders-in flow leaves those
 * alone, since the sale is in MplusKASSA already (both flows may use the same store).
 */
export function isTillSaleOrderId(orderId: string): boolean {
  return Object.values(singular).some((kind) => orderId.startsWith(`${kind}-`))
}

export function parseSaleKey(key: string): { source: SaleSource; id: string } | null {
  const [kind, ...rest] = key.split(':')
  const source = (Object.keys(singular) as SaleSource[]).find((s) => singular[s] === kind)
  return source && rest.length > 0 ? { source, id: rest.join(':') } : null
}

/** The id of the sale a credit receipt or credit invoice credits; null for a sale. */
export function creditedId(sale: SaleDocument): string | null {
  if (sale.source === 'receipts') return sale.document.creditedReceiptId ?? null
  if (sale.source === 'invoices') return sale.document.creditedInvoiceId ?? null
  return null
}

/** Reads each source's documents and what planning them needs, once per run. */
export class SalesReader {
  private readonly relations = new Map<number, MplusRelation | null>()
  private readonly products = new Map<number, { product: number; forSale: boolean } | null>()

  constructor(private readonly mplus: MplusClient) {}

  iterate(source: SaleSource, options: SalesDocumentOptions): AsyncGenerator<MplusPage<unknown>> {
    if (source === 'receipts') return this.mplus.iterateReceipts(options)
    if (source === 'invoices') return this.mplus.iterateInvoices(options)
    return this.mplus.iterateOrders(options)
  }

  /** One document by its id; null when Mplus does not have it. */
  async one(source: SaleSource, id: string): Promise<SaleDocument | null> {
    if (source === 'receipts') {
      const document = await this.mplus.getReceipt(id)
      return document && { source, document }
    }
    if (source === 'invoices') {
      const document = await this.mplus.getInvoice(id)
      return document && { source, document }
    }
    const document = await this.mplus.getOrder(id)
    return document && { source, document }
  }

  /** The documents of a page as records: relations, article products and originals looked up. */
  async records(documents: SaleDocument[]): Promise<SaleRecord[]> {
    const originals = new Map<string, SaleDocument | null>()
    for (const sale of documents) {
      const credited = creditedId(sale)
      if (credited !== null && !originals.has(credited))
        originals.set(credited, await this.one(sale.source, credited))
    }
    const all = [...documents, ...[...originals.values()].filter((d) => d !== null)]
    await this.loadRelations(all.map((sale) => sale.document.relationNumber))
    await this.loadProducts(
      documents.flatMap((sale) => sale.document.lineList.map((line) => line.articleNumber))
    )
    return documents.map((sale) => {
      const credited = creditedId(sale)
      const original = credited === null ? undefined : originals.get(credited)
      return {
        ...sale,
        relation: this.relationOf(sale.document.relationNumber),
        productOf: Object.fromEntries(
          sale.document.lineList.map((line) => [
            String(line.articleNumber),
            this.products.get(line.articleNumber) ?? null
          ])
        ),
        ...(original === undefined
          ? {}
          : {
              original: original && {
                ...original,
                relation: this.relationOf(original.document.relationNumber)
              }
            })
      } as SaleRecord
    })
  }

  private relationOf(relationNumber: number | undefined): MplusRelation | null {
    return relationNumber === undefined ? null : (this.relations.get(relationNumber) ?? null)
  }

  private async loadRelations(numbers: (number | undefined)[]): Promise<void> {
    const wanted = [
      ...new Set(numbers.filter((n): n is number => n !== undefined && !this.relations.has(n)))
    ]
    if (wanted.length === 0) return
    for (const relation of await this.mplus.getRelations({ relationNumbers: wanted }))
      this.relations.set(relation.relationNumber, relation)
    for (const number of wanted) if (!this.relations.has(number)) this.relations.set(number, null)
  }

  private async loadProducts(articleNumbers: number[]): Promise<void> {
    const wanted = [...new Set(articleNumbers.filter((n) => !this.products.has(n)))]
    if (wanted.length === 0) return
    for (const product of await this.mplus.getProducts({ articleNumbers: wanted }))
      for (const article of product.articleList)
        this.products.set(article.articleNumber, {
          product: product.productNumber,
          forSale: isForSale(article)
        })
    for (const number of wanted) if (!this.products.has(number)) this.products.set(number, null)
  }
}
