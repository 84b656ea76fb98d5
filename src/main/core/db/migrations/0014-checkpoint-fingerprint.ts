import type { Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // What besides the records decided the plans of every record before the checkpoint (the flow's
  // mapping and lookup tables, as a hash). A resync whose flow still has it, and whose target says
  // nothing was changed there, reads on from the checkpoint instead of the whole source. Null
  // (every checkpoint saved before this migration): unknown, so the next resync reads everything.
  await db.schema.alterTable('sync_checkpoints').addColumn('fingerprint', 'text').execute()
}
