import { sql, type Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Outcomes say what happened: "skipped" becomes "unchanged", and a record matched to a target
  // record that already existed is counted as "linked" instead of "created".
  await sql`alter table sync_runs rename column skipped to unchanged`.execute(db)
  await db.schema
    .alterTable('sync_runs')
    .addColumn('linked', 'integer', (col) => col.notNull().defaultTo(0))
    .execute()
  await sql`update sync_records set outcome = 'unchanged' where outcome = 'skipped'`.execute(db)

  // A flow's afterRun hook is owed from the moment its beforeRun starts until afterRun has
  // finished; a row left behind by a process that died is completed at the flow's next start.
  await db.schema
    .createTable('sync_hooks_pending')
    .addColumn('flow', 'text', (col) => col.primaryKey())
    .addColumn('run_id', 'integer', (col) => col.notNull())
    .addColumn('started_at', 'integer', (col) => col.notNull())
    .execute()
}
