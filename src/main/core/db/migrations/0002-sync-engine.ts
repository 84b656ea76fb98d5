import { sql, type Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_flows')
    .addColumn('flow', 'text', (col) => col.primaryKey())
    .addColumn('enabled', 'integer', (col) => col.notNull())
    .addColumn('schedule', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('sync_checkpoints')
    .addColumn('flow', 'text', (col) => col.primaryKey())
    .addColumn('position', 'text')
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .execute()

  // One row per source record the engine has tried: where it went and what was last sent.
  await db.schema
    .createTable('sync_ledger')
    .addColumn('flow', 'text', (col) => col.notNull())
    .addColumn('source_id', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text')
    .addColumn('payload_hash', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .addColumn('last_success_at', 'integer')
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('sync_ledger_pk', ['flow', 'source_id'])
    .execute()

  // Records that did not get through, with the source record itself, so an incremental source
  // whose checkpoint moved on never loses them.
  await db.schema
    .createTable('sync_pending')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('flow', 'text', (col) => col.notNull())
    .addColumn('source_id', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('source_json', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('error_kind', 'text')
    .addColumn('updated_at', 'integer', (col) => col.notNull())
    .addUniqueConstraint('sync_pending_flow_source', ['flow', 'source_id'])
    .execute()
  await db.schema
    .createIndex('sync_pending_state')
    .on('sync_pending')
    .columns(['state', 'id'])
    .execute()

  await db.schema
    .createTable('sync_leases')
    .addColumn('flow', 'text', (col) => col.primaryKey())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('acquired_at', 'integer', (col) => col.notNull())
    .addColumn('expires_at', 'integer', (col) => col.notNull())
    .execute()

  await db.schema
    .createTable('sync_runs')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('flow', 'text', (col) => col.notNull())
    .addColumn('trigger', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('started_at', 'integer', (col) => col.notNull())
    .addColumn('finished_at', 'integer')
    .addColumn('created', 'integer', (col) => col.notNull())
    .addColumn('updated', 'integer', (col) => col.notNull())
    .addColumn('skipped', 'integer', (col) => col.notNull())
    .addColumn('waiting', 'integer', (col) => col.notNull())
    .addColumn('failed', 'integer', (col) => col.notNull())
    .addColumn('error', 'text')
    .execute()
  await db.schema.createIndex('sync_runs_flow').on('sync_runs').columns(['flow', 'id']).execute()
  await db.schema.createIndex('sync_runs_started').on('sync_runs').column('started_at').execute()

  // The activity log: one row per record written, waiting or failed (unchanged records are
  // counted on the run, not logged, or a 100 000-product scan every 5 minutes would add
  // 29 million rows a day).
  await db.schema
    .createTable('sync_records')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('run_id', 'integer', (col) => col.notNull())
    .addColumn('flow', 'text', (col) => col.notNull())
    .addColumn('source_id', 'text', (col) => col.notNull())
    .addColumn('target_id', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('source_json', 'text')
    .addColumn('sent_json', 'text')
    .addColumn('response_json', 'text')
    .addColumn('created_at', 'integer', (col) => col.notNull())
    .execute()
  // Keyset paging is `id < ? order by id desc`, optionally within a flow, an outcome or a run.
  await db.schema
    .createIndex('sync_records_flow')
    .on('sync_records')
    .columns(['flow', 'outcome', 'id'])
    .execute()
  await db.schema
    .createIndex('sync_records_outcome')
    .on('sync_records')
    .columns(['outcome', 'id'])
    .execute()
  await db.schema
    .createIndex('sync_records_run')
    .on('sync_records')
    .columns(['run_id', 'id'])
    .execute()
  await db.schema
    .createIndex('sync_records_created')
    .on('sync_records')
    .column('created_at')
    .execute()

  // Text search over ids, reasons and payloads stays fast with millions of rows, where LIKE would
  // scan them all. External content: the text is stored once, in sync_records.
  await sql`create virtual table sync_records_fts using fts5(
    source_id, target_id, reason, source_json, sent_json,
    content='sync_records', content_rowid='id'
  )`.execute(db)
  await sql`create trigger sync_records_fts_insert after insert on sync_records begin
    insert into sync_records_fts(rowid, source_id, target_id, reason, source_json, sent_json)
    values (new.id, new.source_id, new.target_id, new.reason, new.source_json, new.sent_json);
  end`.execute(db)
  await sql`create trigger sync_records_fts_delete after delete on sync_records begin
    insert into sync_records_fts(sync_records_fts, rowid, source_id, target_id, reason, source_json, sent_json)
    values ('delete', old.id, old.source_id, old.target_id, old.reason, old.source_json, old.sent_json);
  end`.execute(db)
}
