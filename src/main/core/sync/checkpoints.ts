import type { Kysely } from 'kysely'
import type { FlowId } from '../../../shared/contract'
import type { Database } from '../db/schema'

/** Where each flow resumes reading its source. */
export async function readCheckpoint(db: Kysely<Database>, flow: FlowId): Promise<string | null> {
  const row = await db
    .selectFrom('sync_checkpoints')
    .select('position')
    .where('flow', '=', flow)
    .executeTakeFirst()
  return row?.position ?? null
}

/** Call inside the transaction that also saves the outcome of every record the page held. */
export async function saveCheckpoint(
  trx: Kysely<Database>,
  flow: FlowId,
  position: string | null,
  now: number
): Promise<void> {
  await trx
    .insertInto('sync_checkpoints')
    .values({ flow, position, updated_at: now })
    .onConflict((oc) => oc.column('flow').doUpdateSet({ position, updated_at: now }))
    .execute()
}

/** Resync: read everything again. The ledger stays, so records already sent are not duplicated. */
export async function clearCheckpoint(db: Kysely<Database>, flow: FlowId): Promise<void> {
  await db.deleteFrom('sync_checkpoints').where('flow', '=', flow).execute()
}
