import type { Kysely } from 'kysely'
import type { FlowId } from '../../../shared/contract'
import type { Database } from '../db/schema'
import type { LedgerEntry } from './flow'
import { ledgerEntryOf } from './run-statements'

// SQLite allows 32 766 bound values; stay far below it and keep each query small.
const lookupChunk = 500

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
    for (const row of rows) entries.set(row.source_id, ledgerEntryOf(row))
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
