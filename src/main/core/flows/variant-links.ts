import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import { preparedOnce } from '../db/prepared'
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
 * Article → (Mailchimp product, variant), saved by the products flow with the ledger row of each
 * successful write and read by the stock flow, so a stock line finds its variant without reading
 * the catalogue again (table `variant_links`, migration 0007).
 */
export class VariantLinks {
  private readonly statements: VariantLinkStatements

  constructor(
    private readonly db: Kysely<Database>,
    sqlite: BetterSqlite3.Database,
    private readonly clock: Clock
  ) {
    this.statements = preparedOnce(sqlite, prepareVariantLinkStatements)
  }

  /**
   * Saves the product's links when called: hand it to the engine as the write's
   * `saveWithLedger`, so they are saved with the product's ledger row, in its transaction.
   */
  saver(links: readonly VariantLink[]): () => void {
    return () => {
      const now = this.clock.now()
      for (const link of links) this.statements.upsert.run({ ...link, now })
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

interface VariantLinkStatements {
  upsert: BetterSqlite3.Statement
}

function prepareVariantLinkStatements(sqlite: BetterSqlite3.Database): VariantLinkStatements {
  return {
    upsert: sqlite.prepare(
      `insert into variant_links (article_number, product_id, variant_id, updated_at)
       values (@articleNumber, @productId, @variantId, @now)
       on conflict (article_number) do update set
         product_id = excluded.product_id, variant_id = excluded.variant_id,
         updated_at = excluded.updated_at`
    )
  }
}
