import { sql, type Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.

/**
 * Each activity-log row keeps the record's own name ("Marie Peeters", "Stroopwafels"), so the log
 * reads in words even when payloads are not stored. Older rows have none: the log shows their key.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sync_records add column label text`.execute(db)
}
