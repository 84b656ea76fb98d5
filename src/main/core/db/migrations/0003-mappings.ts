import type { Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per flow whose mapping the user changed; no row means the built-in default applies,
  // so improved defaults reach everyone who never edited theirs.
  await db.schema
    .createTable('mappings')
    .addColumn('flow', 'text', (col) => col.primaryKey())
    .addColumn('mapping_json', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('mapping_lookups')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('table_json', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .execute()
}
