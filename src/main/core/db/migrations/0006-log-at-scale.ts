import { sql, type Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
//
// The activity log at a million rows. Every filter the log page offers must find its rows in id
// order straight from an index, and a row written during a sync must not pay for full-text
// indexing on the spot.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Filter by flow alone: `sync_records_flow` is (flow, outcome, id), which cannot give one
  // flow's rows in id order across outcomes. Outcome (outcome, id), run (run_id, id) and
  // flow + outcome (flow, outcome, id) already can.
  await db.schema
    .createIndex('sync_records_flow_id')
    .on('sync_records')
    .columns(['flow', 'id'])
    .execute()

  // The full-text index is no longer fed by a trigger per inserted row. Rows are indexed after
  // the fact, a group at a time, up to `indexed_upto` (every row with a higher id is not indexed
  // yet); the purge removes the index entries of the rows it deletes itself, because an external-
  // content FTS5 table must be told the exact text it indexed, and rows above the mark have none.
  await sql`drop trigger sync_records_fts_insert`.execute(db)
  await sql`drop trigger sync_records_fts_delete`.execute(db)
  await db.schema
    .createTable('sync_records_fts_state')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('indexed_upto', 'integer', (col) => col.notNull())
    .execute()
  // Up to here every row was indexed by the trigger.
  await sql`insert into sync_records_fts_state (id, indexed_upto)
    values (1, coalesce((select max(id) from sync_records), 0))`.execute(db)
}
