import type { Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Records a flow's own rule left alone (an anonymous sale, an article not for sale), counted
  // apart from those found unchanged since the last write. Older runs counted them as unchanged.
  await db.schema
    .alterTable('sync_runs')
    .addColumn('skipped', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
}
