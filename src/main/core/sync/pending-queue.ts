import type { Kysely, Selectable } from 'kysely'
import type {
  AttentionItem,
  FlowId,
  PendingState,
  RecordNotice,
  RecordOutcome,
  RetryResult
} from '../../../shared/contract'
import type { Database, SyncPendingTable } from '../db/schema'
import { resetLedgerAttempts } from './ledger'
import { noticesFromJson } from './notices-json'

export interface PendingRecord {
  id: number
  flow: FlowId
  sourceId: string
  state: PendingState
  sourceJson: string
  reason: string
  /** The reason as codes (0011). */
  notices: RecordNotice[]
  errorKind: string | null
}

/** What a run picks up after reading its source: records due for a retry, and waiting ones. */
export async function readDuePending(
  db: Kysely<Database>,
  flow: FlowId,
  onlyIds?: readonly number[]
): Promise<PendingRecord[]> {
  let query = db
    .selectFrom('sync_pending')
    .selectAll()
    .where('flow', '=', flow)
    .where('state', 'in', ['retry', 'waiting'])
  if (onlyIds) query = query.where('id', 'in', onlyIds.length ? onlyIds : [-1])
  const rows = await query.orderBy('id').execute()
  return rows.map(toPending)
}

/**
 * The user asked to retry: attention rows go back to "retry" with their attempt count reset.
 * Returns the rows per flow, so the caller can run them.
 */
export async function requeueForRetry(
  db: Kysely<Database>,
  selection: { id: number } | { all: true; flow?: FlowId }
): Promise<Map<FlowId, { id: number; sourceId: string }[]>> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('sync_pending').select(['id', 'flow', 'source_id'])
    query =
      'id' in selection
        ? query.where('id', '=', selection.id)
        : query.where('state', '=', 'attention')
    if ('all' in selection && selection.flow) query = query.where('flow', '=', selection.flow)
    const rows = await query.execute()
    const byFlow = new Map<FlowId, { id: number; sourceId: string }[]>()
    for (const row of rows) {
      const flow = row.flow as FlowId
      byFlow.set(flow, [...(byFlow.get(flow) ?? []), { id: row.id, sourceId: row.source_id }])
      await resetLedgerAttempts(trx, flow, [row.source_id])
    }
    if (rows.length) {
      await trx
        .updateTable('sync_pending')
        .set({ state: 'retry' })
        .where(
          'id',
          'in',
          rows.map((row) => row.id)
        )
        .where('state', '=', 'attention')
        .execute()
    }
    return byFlow
  })
}

export async function listPending(
  db: Kysely<Database>,
  filter: { flow?: FlowId; state?: PendingState; before?: number; limit: number }
): Promise<AttentionItem[]> {
  let query = db
    .selectFrom('sync_pending as p')
    .leftJoin('sync_ledger as l', (join) =>
      join.onRef('l.flow', '=', 'p.flow').onRef('l.source_id', '=', 'p.source_id')
    )
    .select([
      'p.id',
      'p.flow',
      'p.source_id',
      'p.state',
      'p.source_json',
      'p.reason',
      'p.notices_json',
      'p.error_kind',
      'p.updated_at',
      'l.attempts'
    ])
  if (filter.flow) query = query.where('p.flow', '=', filter.flow)
  if (filter.state) query = query.where('p.state', '=', filter.state)
  if (filter.before) query = query.where('p.id', '<', filter.before)
  const rows = await query.orderBy('p.id', 'desc').limit(filter.limit).execute()
  return rows.map((row) => ({
    id: row.id,
    flow: row.flow as FlowId,
    sourceId: row.source_id,
    state: row.state as PendingState,
    reason: row.reason,
    notices: noticesFromJson(row.notices_json),
    errorKind: row.error_kind,
    attempts: row.attempts ?? 0,
    sourcePayload: row.source_json,
    updatedAt: row.updated_at
  }))
}

/** How many of these pending rows are still in the queue (the others succeeded and left it). */
export async function countPendingIds(
  db: Kysely<Database>,
  ids: readonly number[]
): Promise<number> {
  let count = 0
  for (let i = 0; i < ids.length; i += 500) {
    const row = await db
      .selectFrom('sync_pending')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('id', 'in', ids.slice(i, i + 500))
      .executeTakeFirstOrThrow()
    count += Number(row.count)
  }
  return count
}

/**
 * What the retry runs did with each requeued record: its log row in one of those runs (with the
 * codes of why), else unchanged when it left the queue (nothing to send), else not-reached. Then
 * what else those runs logged (a record that came in under a new key, see gone-from-source), so
 * the answer says where a record went; `limit` results in all.
 */
export async function retryResults(
  db: Kysely<Database>,
  runIds: readonly number[],
  requeued: readonly { id: number; flow: FlowId; sourceId: string }[],
  limit: number
): Promise<RetryResult[]> {
  const results: RetryResult[] = []
  for (const row of requeued) {
    const logged = runIds.length
      ? await db
          .selectFrom('sync_records')
          .select(['outcome', 'notices_json'])
          .where('run_id', 'in', runIds)
          .where('flow', '=', row.flow)
          .where('source_id', '=', row.sourceId)
          .orderBy('id', 'desc')
          .executeTakeFirst()
      : undefined
    const base = { flow: row.flow, sourceId: row.sourceId }
    if (logged) {
      results.push({
        ...base,
        outcome: logged.outcome as RecordOutcome,
        notices: noticesFromJson(logged.notices_json)
      })
      continue
    }
    const left = (await countPendingIds(db, [row.id])) === 0
    results.push({ ...base, outcome: left ? 'unchanged' : 'not-reached', notices: [] })
  }
  if (runIds.length === 0 || results.length >= limit) return results
  const requeuedKeys = new Set(requeued.map((row) => `${row.flow}\u0000${row.sourceId}`))
  const others = await db
    .selectFrom('sync_records')
    .select(['flow', 'source_id', 'outcome', 'notices_json'])
    .where('run_id', 'in', runIds)
    .orderBy('id')
    .limit(limit + requeued.length)
    .execute()
  for (const row of others) {
    if (results.length >= limit) break
    if (requeuedKeys.has(`${row.flow}\u0000${row.source_id}`)) continue
    results.push({
      flow: row.flow as FlowId,
      sourceId: row.source_id,
      outcome: row.outcome as RecordOutcome,
      notices: noticesFromJson(row.notices_json)
    })
  }
  return results
}

/** Per flow and state, how many records are pending. */
export async function countPending(
  db: Kysely<Database>
): Promise<Map<FlowId, Record<PendingState, number>>> {
  const rows = await db
    .selectFrom('sync_pending')
    .select(['flow', 'state', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['flow', 'state'])
    .execute()
  const counts = new Map<FlowId, Record<PendingState, number>>()
  for (const row of rows) {
    const flow = row.flow as FlowId
    const entry = counts.get(flow) ?? { retry: 0, waiting: 0, attention: 0 }
    entry[row.state as PendingState] = Number(row.count)
    counts.set(flow, entry)
  }
  return counts
}

function toPending(row: Selectable<SyncPendingTable>): PendingRecord {
  return {
    id: row.id,
    flow: row.flow as FlowId,
    sourceId: row.source_id,
    state: row.state as PendingState,
    sourceJson: row.source_json,
    reason: row.reason,
    notices: noticesFromJson(row.notices_json),
    errorKind: row.error_kind
  }
}
