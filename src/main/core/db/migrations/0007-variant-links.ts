import type { Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Which Mailchimp product and variant each Mplus article became, as the products flow wrote
  // them: the stock flow finds the variant of a stock line here instead of reading the catalogue
  // again. One row per article (the source key of a stock line), replaced on every write.
  await db.schema
    .createTable('variant_links')
    .addColumn('article_number', 'text', (col) => col.primaryKey())
    .addColumn('product_id', 'text', (col) => col.notNull())
    .addColumn('variant_id', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .execute()
}
