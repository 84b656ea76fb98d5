import { sql, type Kysely, type Selectable } from 'kysely'
import type {
  FlowId,
  RecordLogEntry,
  RecordOutcome,
  RunCounts,
  RunStatus,
  RunSummary,
  RunTrigger
} from '../../../shared/contract'
import type { Database, SyncRunsTable } from '../db/schema'

export const emptyCounts = (): RunCounts => ({
  created: 0,
  updated: 0,
  linked: 0,
  unchanged: 0,
  waiting: 0,
  failed: 0
})

/**
 * Opens a run row. Called with the flow's lease held, so any row of this flow still "running"
 * belongs to a process that died: it is closed as interrupted.
 */
export async function startRun(
  db: Kysely<Database>,
  flow: FlowId,
  trigger: RunTrigger,
  now: number
): Promise<number> {
  await db
    .updateTable('sync_runs')
    .set({
      status: 'interrupted',
      finished_at: now,
      error: 'Kassabrug stopped during this run; the next run carried on.'
    })
    .where('flow', '=', flow)
    .where('status', '=', 'running')
    .execute()
  const row = await db
    .insertInto('sync_runs')
    .values({ flow, trigger, status: 'running', started_at: now, ...emptyCounts(), error: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function finishRun(
  db: Kysely<Database>,
  runId: number,
  outcome: { status: RunStatus; counts: RunCounts; error: string | null },
  now: number
): Promise<RunSummary> {
  const row = await db
    .updateTable('sync_runs')
    .set({ status: outcome.status, ...outcome.counts, error: outcome.error, finished_at: now })
    .where('id', '=', runId)
    .returningAll()
    .executeTakeFirstOrThrow()
  return toSummary(row)
}

export interface RecordLogRow {
  runId: number
  flow: FlowId
  sourceId: string
  targetId: string | null
  outcome: RecordOutcome
  reason: string | null
  source?: unknown
  sent?: unknown
  response?: unknown
}

/** Adds one activity-log row; payloads are stored only when the user allows it. */
export async function logRecord(
  trx: Kysely<Database>,
  row: RecordLogRow,
  storePayloads: boolean,
  now: number
): Promise<void> {
  await trx
    .insertInto('sync_records')
    .values({
      run_id: row.runId,
      flow: row.flow,
      source_id: row.sourceId,
      target_id: row.targetId,
      outcome: row.outcome,
      reason: row.reason,
      source_json: storePayloads ? jsonOrNull(row.source) : null,
      sent_json: storePayloads ? jsonOrNull(row.sent) : null,
      response_json: storePayloads ? jsonOrNull(row.response) : null,
      created_at: now
    })
    .execute()
}

export async function listRuns(
  db: Kysely<Database>,
  filter: { flow?: FlowId; before?: number; limit: number }
): Promise<RunSummary[]> {
  let query = db.selectFrom('sync_runs').selectAll()
  if (filter.flow) query = query.where('flow', '=', filter.flow)
  if (filter.before) query = query.where('id', '<', filter.before)
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute()
  return rows.map(toSummary)
}

export async function lastRun(db: Kysely<Database>, flow: FlowId): Promise<RunSummary | null> {
  const [run] = await listRuns(db, { flow, limit: 1 })
  return run ?? null
}

export async function listRecords(
  db: Kysely<Database>,
  filter: {
    flow?: FlowId
    outcome?: RecordOutcome
    runId?: number
    text?: string
    before?: number
    limit: number
  }
): Promise<RecordLogEntry[]> {
  let query = db.selectFrom('sync_records').selectAll()
  if (filter.flow) query = query.where('flow', '=', filter.flow)
  if (filter.outcome) query = query.where('outcome', '=', filter.outcome)
  if (filter.runId) query = query.where('run_id', '=', filter.runId)
  if (filter.before) query = query.where('id', '<', filter.before)
  if (filter.text) {
    const match = ftsPhrases(filter.text)
    query = query.where(
      'id',
      'in',
      sql<number>`(select rowid from sync_records_fts where sync_records_fts match ${match})`
    )
  }
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute()
  return rows.map((row) => ({
    id: row.id,
    runId: row.run_id,
    flow: row.flow as FlowId,
    sourceId: row.source_id,
    targetId: row.target_id,
    outcome: row.outcome as RecordOutcome,
    reason: row.reason,
    sourcePayload: row.source_json,
    sentPayload: row.sent_json,
    response: row.response_json,
    at: row.created_at
  }))
}

/**
 * The user's words as FTS5 phrases (every word must occur, the last one as a prefix), quoted so
 * that characters like `@`, `-` or `"` are text, never query syntax.
 */
export function ftsPhrases(text: string): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words
    .map((word, i) => `"${word.replaceAll('"', '""')}"${i === words.length - 1 ? '*' : ''}`)
    .join(' ')
}

/** Records created, updated and failed per local day, from the run counts (kept as long as the log). */
export async function dailyStats(
  db: Kysely<Database>,
  filter: { since: number; flow?: FlowId }
): Promise<{ day: string; created: number; updated: number; failed: number }[]> {
  const day = sql<string>`date(started_at / 1000, 'unixepoch', 'localtime')`
  let query = db
    .selectFrom('sync_runs')
    .select([
      day.as('day'),
      (eb) => eb.fn.sum<number>('created').as('created'),
      (eb) => eb.fn.sum<number>('updated').as('updated'),
      (eb) => eb.fn.sum<number>('failed').as('failed')
    ])
    .where('started_at', '>=', filter.since)
  if (filter.flow) query = query.where('flow', '=', filter.flow)
  const rows = await query.groupBy(day).orderBy(day).execute()
  return rows.map((row) => ({
    day: row.day,
    created: Number(row.created),
    updated: Number(row.updated),
    failed: Number(row.failed)
  }))
}

/**
 * Deletes log rows and runs older than the cutoff, a chunk per transaction, yielding between
 * chunks so a large purge never holds the database for long. Returns the record rows deleted.
 */
export async function purgeLog(
  db: Kysely<Database>,
  cutoff: number,
  options: { chunk?: number; maxChunks?: number } = {}
): Promise<number> {
  const chunk = options.chunk ?? 2000
  const maxChunks = options.maxChunks ?? 10_000
  let deleted = 0
  for (let i = 0; i < maxChunks; i++) {
    const result = await db
      .deleteFrom('sync_records')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('sync_records')
          .select('id')
          .where('created_at', '<', cutoff)
          .orderBy('id')
          .limit(chunk)
      )
      .executeTakeFirst()
    const count = Number(result.numDeletedRows)
    deleted += count
    if (count < chunk) break
    await new Promise((resolve) => setImmediate(resolve))
  }
  await db
    .deleteFrom('sync_runs')
    .where('started_at', '<', cutoff)
    .where('status', '!=', 'running')
    .execute()
  return deleted
}

function toSummary(row: Selectable<SyncRunsTable>): RunSummary {
  return {
    id: row.id,
    flow: row.flow as FlowId,
    trigger: row.trigger as RunTrigger,
    status: row.status as RunStatus,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    counts: {
      created: row.created,
      updated: row.updated,
      linked: row.linked,
      unchanged: row.unchanged,
      waiting: row.waiting,
      failed: row.failed
    },
    error: row.error
  }
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value)
}
