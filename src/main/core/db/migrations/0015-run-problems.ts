import type { Kysely } from 'kysely'

// A shipped migration is never edited: add a new numbered file instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Why a run stopped, as codes with parameters (JSON array of {code, params}) the hosts word in
  // the user's language; `error` stays the developer sentence. Runs from before read as none.
  await db.schema.alterTable('sync_runs').addColumn('problems_json', 'text').execute()
}
