import { sql, type Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
//
// The activity log's full-text index merges its segments in the background, never inside a
// write. FTS5 keeps its index as b-tree segments: every transaction that indexes or deletes log
// rows adds one, and by default (automerge 4, crisismerge 16) the commit that tips a level over
// merges there and then — up to tens of milliseconds, in whichever purge step or indexing step
// happens to commit it. Measured at a million log rows: purge steps sized to 4 ms of CPU took
// up to 44 ms; with these settings, at most 7 ms. The merging is done by LogMaintenance in steps
// of a few pages (mergeLogText in sync/run-log.ts), once at least 16 segments share a level
// (usermerge 16: fewer, smaller merges; a search reads at most a few dozen segments).
// Crisismerge stays as the safety net should nothing merge for a long time (64 segments on one
// level are merged at once, as before).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [option, value] of [
    ['automerge', 0],
    ['usermerge', 16],
    ['crisismerge', 64]
  ] as const)
    // A literal: FTS5 takes only an integer, and a bound JavaScript number arrives as a real.
    await sql`insert into sync_records_fts (sync_records_fts, rank)
      values (${option}, ${sql.lit(value)})`.execute(db)
}
