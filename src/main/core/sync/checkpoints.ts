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

/** The flow's checkpoint row: its position and the fingerprint kept with it; undefined: none. */
export async function readCheckpointRow(
  db: Kysely<Database>,
  flow: FlowId
): Promise<{ position: string | null; fingerprint: string | null } | undefined> {
  return db
    .selectFrom('sync_checkpoints')
    .select(['position', 'fingerprint'])
    .where('flow', '=', flow)
    .executeTakeFirst()
}

/**
 * Call inside the transaction that also saves the outcome of every record the page held.
 * `fingerprint`: what planned every record before the position (see resync-check.ts).
 */
export async function saveCheckpoint(
  trx: Kysely<Database>,
  flow: FlowId,
  position: string | null,
  now: number,
  fingerprint: string | null = null
): Promise<void> {
  await trx
    .insertInto('sync_checkpoints')
    .values({ flow, position, updated_at: now, fingerprint })
    .onConflict((oc) => oc.column('flow').doUpdateSet({ position, updated_at: now, fingerprint }))
    .execute()
}

/** Resync: read everything again. The ledger stays, so records already sent are not duplicated. */
export async function clearCheckpoint(db: Kysely<Database>, flow: FlowId): Promise<void> {
  await db.deleteFrom('sync_checkpoints').where('flow', '=', flow).execute()
}
