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

/** Resync: read everything again. The ledger stays, so records already sent are not duplicated. */
export async function clearCheckpoint(db: Kysely<Database>, flow: FlowId): Promise<void> {
  await db.deleteFrom('sync_checkpoints').where('flow', '=', flow).execute()
}
