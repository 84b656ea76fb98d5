import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely'
import {
  emptyCounts,
  type FlowId,
  type RecordLogEntry,
  type RecordNotice,
  type RecordOutcome,
  type RunCounts,
  type RunProblem,
  type RunStatus,
  type RunSummary,
  type RunTrigger
} from '../../../shared/contract'
import type { Database, SyncRecordsTable, SyncRunsTable } from '../db/schema'
import { noticesFromJson, problemsFromJson, problemsToJson } from './notices-json'

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
      error: 'Kassabrug stopped during this run; the next run carried on.',
      problems_json: problemsToJson([{ code: 'interrupted', params: {} }])
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
  outcome: {
    status: RunStatus
    counts: RunCounts
    error: string | null
    problems: readonly RunProblem[]
  },
  now: number
): Promise<RunSummary> {
  // Counted from the log, so a run that stopped half-way still counts what it sent with warnings.
  const warned = await db
    .selectFrom('sync_records')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('run_id', '=', runId)
    .where('notices_json', 'is not', null)
    .where('outcome', 'in', ['created', 'updated', 'linked'])
    .executeTakeFirstOrThrow()
  const row = await db
    .updateTable('sync_runs')
    .set({
      status: outcome.status,
      ...outcome.counts,
      warned: Number(warned.count),
      error: outcome.error,
      problems_json: problemsToJson(outcome.problems),
      finished_at: now
    })
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
  /** The record's own name (FlowDefinition.name), for the log in words. */
  label?: string | null
  /** Warnings, or the refusal's codes (0011). */
  notices?: readonly RecordNotice[]
  source?: unknown
  sent?: unknown
  response?: unknown
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

export interface RecordFilter {
  flow?: FlowId
  outcome?: RecordOutcome
  runId?: number
  text?: string
  /** created_at range: from inclusive, to exclusive (epoch ms). */
  from?: number
  to?: number
  before?: number
  limit: number
}

/**
 * One page of log rows, newest first, below `before`. Every filter is served by an index in id
 * order (see 0006-log-at-scale), so a page reads about `limit` rows whatever the log's size. A
 * text search walks the full-text index newest first and stops when the page is full, instead of
 * collecting every match first.
 */
export async function listRecords(
  db: Kysely<Database>,
  filter: RecordFilter
): Promise<RecordLogEntry[]> {
  let match: string | undefined
  if (filter.text) {
    // Rows written since the last indexing step are indexed first, so a search sees them all.
    await indexLogText(db)
    match = await searchExpression(db, filter.text)
  }
  const { rows } = await recordsQuery(filter, match).execute(db)
  return rows.map((row) => ({
    id: row.id,
    runId: row.run_id,
    flow: row.flow as FlowId,
    sourceId: row.source_id,
    targetId: row.target_id,
    outcome: row.outcome as RecordOutcome,
    reason: row.reason,
    label: row.label,
    notices: noticesFromJson(row.notices_json),
    sourcePayload: row.source_json,
    sentPayload: row.sent_json,
    response: row.response_json,
    at: row.created_at
  }))
}

/**
 * Whole words when the log has them, else the last word as the start of a word ("Vri" finds
 * "Vries"). A prefix makes FTS5 gather every match of every word starting so before it can return
 * the newest (half a second for a word in half of a million rows); a whole word is read newest
 * first and the walk stops at the page. Checking costs one lookup that stops at the first match.
 */
async function searchExpression(db: Kysely<Database>, text: string): Promise<string> {
  const whole = ftsPhrases(text, { lastAsPrefix: false })
  const { rows } = await sql`select 1 from sync_records_fts
    where sync_records_fts match ${whole} limit 1`.execute(db)
  return rows.length > 0 ? whole : ftsPhrases(text)
}

/** The query of one page of listRecords (exported for the query-plan test). */
export function recordsQuery(
  filter: RecordFilter,
  match = filter.text ? ftsPhrases(filter.text) : undefined
): RawBuilder<Selectable<SyncRecordsTable>> {
  const where: RawBuilder<unknown>[] = []
  if (filter.flow) where.push(sql`r.flow = ${filter.flow}`)
  if (filter.outcome) where.push(sql`r.outcome = ${filter.outcome}`)
  if (filter.runId) where.push(sql`r.run_id = ${filter.runId}`)
  let from = sql`sync_records r`
  // The ids the walk goes down: the log's own, or with a text the full-text index's, which
  // yields its matches in rowid order (CROSS JOIN keeps it the outer loop, so the LIMIT ends
  // the walk) and must itself be given the id bounds to start from them.
  let id = sql`r.id`
  if (match) {
    from = sql`sync_records_fts f cross join sync_records r on r.id = f.rowid`
    id = sql`f.rowid`
    where.push(sql`f.sync_records_fts match ${match}`)
  }
  // A time range becomes a range of ids: the log's rows are numbered as they are written, so
  // their times rise with their ids, and the rows of a range lie between the first row logged
  // at or after `from` and the last logged before `to` (each found by one seek in
  // sync_records_created). The walk then stays in id order, through the index of any other
  // filter; the times are still checked row by row (`+` keeps the planner from sorting by them),
  // so no row outside the range shows. A row written while the clock stood back, out of step
  // with its id, can fall outside the walked ids and not show.
  if (filter.from !== undefined) {
    where.push(sql`+r.created_at >= ${filter.from}`)
    where.push(sql`${id} >= (select id from sync_records
      where created_at >= ${filter.from} order by created_at, id limit 1)`)
  }
  if (filter.to !== undefined) {
    where.push(sql`+r.created_at < ${filter.to}`)
    where.push(sql`${id} <= (select id from sync_records
      where created_at < ${filter.to} order by created_at desc, id desc limit 1)`)
  }
  // Cast: a JavaScript number is bound as a real, and FTS5 uses a rowid bound only when it is
  // an integer. Given a real it walks every match from the newest down and leaves the bound to
  // SQLite: 80-130 ms for a common word halfway down a million rows, 1-4 ms with the cast.
  if (filter.before) where.push(sql`${id} < cast(${filter.before} as integer)`)
  const condition = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``
  return sql<Selectable<SyncRecordsTable>>`select r.* from ${from} ${condition}
    order by ${id} desc limit ${filter.limit}`
}

/**
 * The user's words as FTS5 phrases (every word must occur, the last one as a prefix unless told
 * otherwise), quoted so that characters like `@`, `-` or `"` are text, never query syntax.
 */
export function ftsPhrases(text: string, options = { lastAsPrefix: true }): string {
  const words = text.split(/\s+/).filter(Boolean)
  const last = words.length - 1
  return words
    .map(
      (word, i) => `"${word.replaceAll('"', '""')}"${i === last && options.lastAsPrefix ? '*' : ''}`
    )
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
 * Adds the log rows written since the last step to the full-text index, oldest first, in steps
 * (see inSmallSteps) until every row is indexed. Runs in the background after the rows are
 * written (LogMaintenance) and before a text search, never inside a sync's commit. Returns the
 * rows indexed.
 */
export async function indexLogText(
  db: Kysely<Database>,
  options: StepOptions = {}
): Promise<number> {
  return inSmallSteps(
    (size) =>
      db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ from: number; upto: number | null; count: number }>`
          select s.indexed_upto as "from", max(n.id) as upto, count(n.id) as count
          from sync_records_fts_state s
          left join (select id from sync_records
                     where id > (select indexed_upto from sync_records_fts_state)
                     order by id limit ${size}) n
          where s.id = 1`.execute(trx)
        const { from, upto, count } = rows[0]
        if (upto === null) return 0
        await sql`insert into sync_records_fts (rowid, source_id, target_id, reason, source_json, sent_json)
          select id, source_id, target_id, reason, source_json, sent_json from sync_records
          where id > ${from} and id <= ${upto}`.execute(trx)
        await trx
          .updateTable('sync_records_fts_state')
          .set({ indexed_upto: upto })
          .where('id', '=', 1)
          .execute()
        return count
      }),
    options,
    mergingBetween(db, options)
  )
}

/**
 * Deletes log rows and runs older than the cutoff, oldest first, in small steps (see
 * inSmallSteps) so the sync and the window keep running meanwhile. Each step removes its rows'
 * entries from the full-text index in the same transaction. Returns the record rows deleted.
 */
export async function purgeLog(
  db: Kysely<Database>,
  cutoff: number,
  options: StepOptions = {}
): Promise<number> {
  const deleted = await inSmallSteps(
    (size) =>
      db.transaction().execute(async (trx) => {
        const ids = await trx
          .selectFrom('sync_records')
          .select('id')
          .where('created_at', '<', cutoff)
          .orderBy('created_at')
          .limit(size)
          .execute()
        if (ids.length === 0) return 0
        const idList = JSON.stringify(ids.map((row) => row.id))
        // An external-content index is told the exact text it indexed; rows above the mark were
        // never indexed and must not be "deleted" from it.
        await sql`insert into sync_records_fts
            (sync_records_fts, rowid, source_id, target_id, reason, source_json, sent_json)
          select 'delete', id, source_id, target_id, reason, source_json, sent_json
          from sync_records
          where id in (select value from json_each(${idList}))
            and id <= (select indexed_upto from sync_records_fts_state)`.execute(trx)
        await sql`delete from sync_records where id in (select value from json_each(${idList}))`.execute(
          trx
        )
        return ids.length
      }),
    options,
    mergingBetween(db, options)
  )
  await inSmallSteps(async (size) => {
    const result = await db
      .deleteFrom('sync_runs')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('sync_runs')
          .select('id')
          .where('started_at', '<', cutoff)
          .where('status', '!=', 'running')
          .orderBy('started_at')
          .limit(size)
      )
      .executeTakeFirst()
    return Number(result.numDeletedRows)
  }, options)
  return deleted
}

/**
 * Merges the full-text index's segments a few pages at a time (see inSmallSteps) until no level
 * holds enough segments to merge. Indexing steps and purge steps each add a small segment, and
 * the index merges nothing on its own (0013-log-text-merging): without this, searches would read
 * more and more segments. Runs between indexing and purge steps and after them, in the
 * background (LogMaintenance). Returns the merge steps that did work.
 */
export async function mergeLogText(
  db: Kysely<Database>,
  options: StepOptions = {}
): Promise<number> {
  let merged = 0
  await inSmallSteps(
    async (pages) => {
      const changes = sql<{ n: number }>`select total_changes() as n`
      const before = (await changes.execute(db)).rows[0].n
      // A literal: FTS5 takes only an integer, and a bound JavaScript number arrives as a real.
      await sql`insert into sync_records_fts (sync_records_fts, rank)
        values ('merge', ${sql.lit(pages)})`.execute(db)
      // FTS5's own signal: a merge that wrote nothing changes fewer than two rows.
      if ((await changes.execute(db)).rows[0].n - before < 2) return 0
      merged++
      return pages
    },
    options,
    { firstSize: mergeFirstPages }
  )
  return merged
}

/** A merge step's first size in pages; later ones follow the CPU they use, as other steps do. */
const mergeFirstPages = 16

export interface StepOptions {
  /** Largest step in rows (tests use tiny ones to cross step boundaries). */
  maxStep?: number
  /** Stops between two steps (the app is closing); what is done so far stays done. */
  signal?: AbortSignal
  /** Told each step's rows, wall time and CPU time (the benchmark's longest step). */
  onStep?: (step: StepReport) => void
  /** Told each merge step run between indexing or purge steps (pages, wall time, CPU time). */
  onMergeStep?: (step: StepReport) => void
  /**
   * Awaited between two steps once `checkpointEveryMs` have passed since the last time: the
   * database's checkpoint in its worker (OpenedDatabase.checkpoint). A purge writes without
   * pause; checkpoints running beside it never caught up, so the write-ahead log grew to
   * hundreds of MB and every step's writes extended the file while the worker's fsync held the
   * disk: steps of 5 ms of CPU blocked the event loop for up to 0.5 s, asleep in `pwrite`.
   * Waiting for the checkpoint between steps lets it finish with nothing written meanwhile, so
   * the log starts again from its beginning and stays a few MB.
   */
  checkpoint?: () => Promise<unknown>
}

export interface StepReport {
  rows: number
  ms: number
  cpuMs: number
}

/**
 * Between two indexing or purge steps, the segments they add are merged (each step adds one, and
 * left alone they would pile up to crisismerge, which merges 64 at once inside a write).
 */
function mergingBetween(db: Kysely<Database>, options: StepOptions) {
  return {
    between: () => mergeLogText(db, { signal: options.signal, onStep: options.onMergeStep })
  }
}

/** What one step may hold the event loop (and the database) for. */
const stepBudgetMs = 4

/** How often a run of steps waits for a checkpoint (StepOptions.checkpoint): about 2 000 pages. */
const checkpointEveryMs = 250

/**
 * Calls `step(size)` until a step does less than `size`, yielding to the event loop between
 * steps (and calling `between`, itself in steps, after each one that leaves more to do). The
 * size adapts so that a step takes about `stepBudgetMs`: rows differ in cost (payload size, disk
 * cache), and a fixed size that suits one database blocks another for too long.
 * Returns the sum of what the steps did.
 */
async function inSmallSteps(
  step: (size: number) => Promise<number>,
  options: StepOptions,
  { firstSize = 100, between }: { firstSize?: number; between?: () => Promise<unknown> } = {}
): Promise<number> {
  const maxStep = options.maxStep ?? 5000
  const smallest = Math.min(20, firstSize, maxStep)
  let size = Math.min(firstSize, maxStep)
  let total = 0
  // From a checkpointed log: the first step neither adds to what an earlier writer left nor
  // runs while the checkpoint worker is still starting up (its first step slept 140-300 ms).
  await options.checkpoint?.()
  let checkpointedAt = performance.now()
  for (;;) {
    const started = performance.now()
    const cpu = process.cpuUsage()
    const done = await step(size)
    total += done
    const used = process.cpuUsage(cpu)
    const cpuMs = (used.user + used.system) / 1000
    options.onStep?.({ rows: done, ms: performance.now() - started, cpuMs })
    if (done < size || options.signal?.aborted) return total
    await between?.()
    if (options.checkpoint && performance.now() - checkpointedAt >= checkpointEveryMs) {
      await options.checkpoint()
      checkpointedAt = performance.now()
    }
    // Sized by the CPU the step used, not by the wall clock: on a busy machine the process is
    // also paused for others, and shrinking the steps for that only adds overhead. At most
    // double at a time: one quick step (rows in the disk cache) is not a promise.
    const scale = Math.min(2, stepBudgetMs / Math.max(cpuMs, 0.01))
    size = Math.max(smallest, Math.min(maxStep, Math.round(size * scale)))
    await new Promise((resolve) => setImmediate(resolve))
  }
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
      skipped: row.skipped,
      waiting: row.waiting,
      failed: row.failed
    },
    warned: row.warned,
    error: row.error,
    problems: problemsFromJson(row.problems_json)
  }
}
