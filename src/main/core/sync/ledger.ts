import type { Kysely, Selectable } from 'kysely'
import type { FlowId } from '../../../shared/contract'
import type { Database, SyncLedgerTable } from '../db/schema'
import type { LedgerEntry } from './flow'

// SQLite allows 32 766 bound values; stay far below it and keep each query small.
const lookupChunk = 500

export async function readLedgerEntry(
  db: Kysely<Database>,
  flow: FlowId,
  sourceId: string
): Promise<LedgerEntry | null> {
  const row = await db
    .selectFrom('sync_ledger')
    .selectAll()
    .where('flow', '=', flow)
    .where('source_id', '=', sourceId)
    .executeTakeFirst()
  return row ? toEntry(row) : null
}

/** The entries for a page of source ids in a few queries instead of one per record. */
export async function readLedgerEntries(
  db: Kysely<Database>,
  flow: FlowId,
  sourceIds: readonly string[]
): Promise<Map<string, LedgerEntry>> {
  const entries = new Map<string, LedgerEntry>()
  for (let i = 0; i < sourceIds.length; i += lookupChunk) {
    const rows = await db
      .selectFrom('sync_ledger')
      .selectAll()
      .where('flow', '=', flow)
      .where('source_id', 'in', sourceIds.slice(i, i + lookupChunk))
      .execute()
    for (const row of rows) entries.set(row.source_id, toEntry(row))
  }
  return entries
}

/** Per flow, how many records have a counterpart in the other system (synced at least once). */
export async function countInSync(db: Kysely<Database>): Promise<Map<FlowId, number>> {
  const rows = await db
    .selectFrom('sync_ledger')
    .select(['flow', (eb) => eb.fn.countAll<number>().as('count')])
    .where('target_id', 'is not', null)
    .groupBy('flow')
    .execute()
  return new Map(rows.map((row) => [row.flow as FlowId, Number(row.count)]))
}

export async function recordLedgerSuccess(
  trx: Kysely<Database>,
  entry: { flow: FlowId; sourceId: string; targetId: string; payloadHash: string },
  now: number
): Promise<void> {
  const values = {
    target_id: entry.targetId,
    payload_hash: entry.payloadHash,
    attempts: 0,
    last_error: null,
    last_success_at: now,
    updated_at: now
  }
  await trx
    .insertInto('sync_ledger')
    .values({ flow: entry.flow, source_id: entry.sourceId, ...values })
    .onConflict((oc) => oc.columns(['flow', 'source_id']).doUpdateSet(values))
    .execute()
}

/** Counts a failed run for the record; returns the attempts so far. Target id and hash stay. */
export async function recordLedgerFailure(
  trx: Kysely<Database>,
  entry: { flow: FlowId; sourceId: string; error: string; countsAsAttempt: boolean },
  now: number
): Promise<number> {
  const increment = entry.countsAsAttempt ? 1 : 0
  const row = await trx
    .insertInto('sync_ledger')
    .values({
      flow: entry.flow,
      source_id: entry.sourceId,
      target_id: null,
      payload_hash: null,
      attempts: increment,
      last_error: entry.error,
      last_success_at: null,
      updated_at: now
    })
    .onConflict((oc) =>
      oc.columns(['flow', 'source_id']).doUpdateSet((eb) => ({
        attempts: eb('sync_ledger.attempts', '+', increment),
        last_error: entry.error,
        updated_at: now
      }))
    )
    .returning('attempts')
    .executeTakeFirstOrThrow()
  return row.attempts
}

/** A retry asked for by the user starts the count afresh. */
export async function resetLedgerAttempts(
  trx: Kysely<Database>,
  flow: FlowId,
  sourceIds: readonly string[]
): Promise<void> {
  for (let i = 0; i < sourceIds.length; i += lookupChunk) {
    await trx
      .updateTable('sync_ledger')
      .set({ attempts: 0 })
      .where('flow', '=', flow)
      .where('source_id', 'in', sourceIds.slice(i, i + lookupChunk))
      .execute()
  }
}

function toEntry(row: Selectable<SyncLedgerTable>): LedgerEntry {
  return {
    flow: row.flow as FlowId,
    sourceId: row.source_id,
    targetId: row.target_id,
    payloadHash: row.payload_hash,
    attempts: row.attempts,
    lastError: row.last_error,
    lastSuccessAt: row.last_success_at
  }
}
