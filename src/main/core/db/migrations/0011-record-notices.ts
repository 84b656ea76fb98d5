import type { Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // What the core says about a record as codes with parameters (JSON array of {code, params}):
  // warnings on a record that was sent (a field cut to fit, control characters removed) and the
  // reason code of one that was refused. The renderer words them; `reason` stays the sentence.
  await db.schema.alterTable('sync_records').addColumn('notices_json', 'text').execute()
  await db.schema.alterTable('sync_pending').addColumn('notices_json', 'text').execute()
  // Records a run sent with at least one warning.
  await db.schema
    .alterTable('sync_runs')
    .addColumn('warned', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
}
