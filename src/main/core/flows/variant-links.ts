import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { Database } from '../db/schema'

/** The Mailchimp product and variant one Mplus article became. */
export interface VariantLink {
  articleNumber: string
  productId: string
  variantId: string
}

// SQLite allows 32 766 bound values; stay far below it.
const lookupChunk = 500

/**
 * Article → (Mailchimp product, variant), written by the products flow after each successful
 * write and read by the stock flow, so a stock line finds its variant without reading the
 * catalogue again (table `variant_links`, migration 0007).
 */
export class VariantLinks {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock
  ) {}

  /** One statement for the product's articles (a write's hot path: no transaction of its own). */
  async save(links: readonly VariantLink[]): Promise<void> {
    if (links.length === 0) return
    const now = this.clock.now()
    for (let i = 0; i < links.length; i += lookupChunk) {
      await this.db
        .insertInto('variant_links')
        .values(
          links.slice(i, i + lookupChunk).map((link) => ({
            article_number: link.articleNumber,
            product_id: link.productId,
            variant_id: link.variantId,
            updated_at: now
          }))
        )
        .onConflict((oc) =>
          oc.column('article_number').doUpdateSet((eb) => ({
            product_id: eb.ref('excluded.product_id'),
            variant_id: eb.ref('excluded.variant_id'),
            updated_at: eb.ref('excluded.updated_at')
          }))
        )
        .execute()
    }
  }

  /** The links of these articles (an article the products flow has not written is absent). */
  async find(articleNumbers: readonly string[]): Promise<Map<string, VariantLink>> {
    const found = new Map<string, VariantLink>()
    for (let i = 0; i < articleNumbers.length; i += lookupChunk) {
      const rows = await this.db
        .selectFrom('variant_links')
        .selectAll()
        .where('article_number', 'in', articleNumbers.slice(i, i + lookupChunk))
        .execute()
      for (const row of rows)
        found.set(row.article_number, {
          articleNumber: row.article_number,
          productId: row.product_id,
          variantId: row.variant_id
        })
    }
    return found
  }
}
