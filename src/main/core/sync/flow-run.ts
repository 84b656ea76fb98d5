import type { Kysely } from 'kysely'
import type { RunCounts } from '../../../shared/contract'
import type { Clock } from '../clock'
import { withRetry, type RetryPolicy } from '../connectors/retry'
import type { Database } from '../db/schema'
import type { EventBus } from '../event-bus'
import { readCheckpoint, saveCheckpoint } from './checkpoints'
import type { AnyFlow, LedgerEntry, PlanContext } from './flow'
import { assertLeaseHeld } from './lease'
import {
  readLedgerEntries,
  readLedgerEntry,
  recordLedgerFailure,
  recordLedgerSuccess
} from './ledger'
import { readDuePending, removePending, savePending } from './pending-queue'
import { decide, latestByKey } from './plan-decision'
import {
  classifyFailure,
  failureReason,
  runStopReason,
  systemNames,
  type RecordFailure
} from './record-failure'
import { emptyCounts, logRecord } from './run-log'

export interface FlowRunContext {
  db: Kysely<Database>
  flow: AnyFlow
  runId: number
  /** Lease owner: every commit checks the lease is still ours. */
  owner: string
  clock: Clock
  events: EventBus
  signal: AbortSignal
  storePayloads: boolean
  maxAttempts: number
  retryPolicy: RetryPolicy
  concurrency: number
  /** Source records the run reads before committing (pending batches use the same size). */
  pendingBatchSize: number
  /** Retryable failures in a row after which the run stops (the other side is down). */
  stopAfterUnreachable: number
  random?: () => number
}

/** A run that cannot go on (credentials refused, lease lost): its message is the run's error. */
export class RunStoppedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RunStoppedError'
  }
}

type Outcome =
  | { kind: 'written' }
  | { kind: 'skipped' }
  | { kind: 'waiting'; reason: string }
  | { kind: 'failed'; failure: RecordFailure }
  /** Not attempted: the run was stopped first. */
  | { kind: 'not-started' }

interface Item {
  key: string
  record: unknown
  /** The stored text of a pending record, kept as it was (it may not even parse). */
  sourceJson?: string
  outcome: Outcome
}

/**
 * One run of one flow: read pages from the checkpoint, then the records kept pending by earlier
 * runs; or, for a retry, only the given pending records. Returns the counts; throws
 * RunStoppedError when the run had to stop.
 */
export async function executeFlowRun(
  ctx: FlowRunContext,
  only?: { pendingIds: readonly number[] }
): Promise<RunCounts> {
  const run = new FlowRun(ctx)
  if (!only) await run.readSource()
  await run.drainPending(only?.pendingIds)
  return run.counts
}

class FlowRun {
  readonly counts = emptyCounts()
  /** Source ids handled in this run: a pending copy of one of them is older, so it is not re-sent. */
  private readonly handled = new Set<string>()
  private done = 0
  private total: number | null = null
  private stopError: RunStoppedError | null = null
  /** The latest records that failed in a row with retryable errors. */
  private unreachable: Item[] = []
  private readonly planContext: PlanContext

  constructor(private readonly ctx: FlowRunContext) {
    this.planContext = {
      ledger: (flow, sourceId) => readLedgerEntry(ctx.db, flow, sourceId),
      signal: ctx.signal
    }
  }

  async readSource(): Promise<void> {
    const { flow, db, signal } = this.ctx
    const checkpoint = await readCheckpoint(db, flow.id)
    for await (const page of flow.read({ checkpoint, signal })) {
      if (page.total !== undefined) this.total = page.total
      const items = latestByKey(flow, page.records).map(({ key, record, keyError }): Item => ({
        key,
        record,
        outcome: keyError
          ? { kind: 'failed', failure: refusal('validation', keyError) }
          : { kind: 'not-started' }
      }))
      const toProcess = items.filter((item) => item.outcome.kind === 'not-started')
      await this.processItems(toProcess)
      // Older versions of a coalesced record, and records refused for want of an id, are done too.
      this.done += page.records.length - toProcess.length
      const complete = items.every((item) => item.outcome.kind !== 'not-started')
      await this.commitOutcomes(items, complete ? { checkpoint: page.checkpoint } : null)
      this.throwIfStopped()
      this.emitProgress()
    }
  }

  async drainPending(onlyIds?: readonly number[]): Promise<void> {
    const due = (await readDuePending(this.ctx.db, this.ctx.flow.id, onlyIds)).filter(
      (row) => !this.handled.has(row.sourceId)
    )
    if (this.total !== null || onlyIds) this.total = (this.total ?? 0) + due.length
    for (let i = 0; i < due.length; i += this.ctx.pendingBatchSize) {
      const items = due.slice(i, i + this.ctx.pendingBatchSize).map((row): Item => {
        try {
          return {
            key: row.sourceId,
            record: JSON.parse(row.sourceJson),
            sourceJson: row.sourceJson,
            outcome: { kind: 'not-started' }
          }
        } catch (error) {
          const failure = classifyFailure(error)
          return {
            key: row.sourceId,
            record: row.sourceJson,
            sourceJson: row.sourceJson,
            outcome: { kind: 'failed', failure }
          }
        }
      })
      const toProcess = items.filter((item) => item.outcome.kind === 'not-started')
      await this.processItems(toProcess)
      this.done += items.length - toProcess.length
      await this.commitOutcomes(items, null)
      this.throwIfStopped()
      this.emitProgress()
    }
  }

  private async processItems(items: Item[]): Promise<void> {
    const ledger = await readLedgerEntries(
      this.ctx.db,
      this.ctx.flow.id,
      items.map((item) => item.key)
    )
    await forEachConcurrently(items, this.ctx.concurrency, async (item) => {
      if (this.stopError || this.ctx.signal.aborted) return
      item.outcome = await this.processRecord(item, ledger.get(item.key) ?? null)
      if (item.outcome.kind === 'not-started') return
      this.watchReachability(item)
      this.handled.add(item.key)
      this.done++
      this.emitProgress(true)
    })
    if (!this.stopError && this.ctx.signal.aborted)
      this.stopError = toStopError(this.ctx.signal.reason)
    if (this.stopError && this.unreachable.length >= this.ctx.stopAfterUnreachable) {
      // Not the records' fault: they are tried again next run without losing an attempt.
      for (const item of this.unreachable) item.outcome = { kind: 'not-started' }
    }
  }

  /**
   * A run of records failing in a row with retryable errors means the other side is down, not
   * that the records are bad: stop, rather than spend every record's attempts (and hours of
   * backoff) on an outage.
   */
  private watchReachability(item: Item): void {
    const outcome = item.outcome
    if (outcome.kind === 'failed' && outcome.failure.retryLater) {
      this.unreachable.push(item)
      if (this.unreachable.length >= this.ctx.stopAfterUnreachable && !this.stopError) {
        const target = systemNames[outcome.failure.system ?? this.ctx.flow.target]
        this.stopError = new RunStoppedError(
          `${target} could not be reached for ${this.unreachable.length} records in a row (last error: ${outcome.failure.message}). ` +
            'The run stopped so that no record uses up its attempts; the next run carries on where this one stopped.'
        )
      }
    } else if (outcome.kind === 'written' || outcome.kind === 'failed') {
      this.unreachable = []
    }
  }

  private async processRecord(item: Item, ledger: LedgerEntry | null): Promise<Outcome> {
    const { flow, clock, retryPolicy, random, runId, signal } = this.ctx
    const hooks = { clock, random }
    try {
      const decision = await withRetry(
        () => decide(flow, item.record, ledger, this.planContext),
        retryPolicy,
        hooks
      )
      if (decision.action === 'skip') return { kind: 'skipped' }
      if (decision.action === 'wait') return { kind: 'waiting', reason: decision.reason }
      if (decision.action === 'fail') {
        return { kind: 'failed', failure: refusal(decision.kind, decision.reason) }
      }
      const mode = decision.action
      const result = await withRetry(
        () =>
          flow.write(
            { record: item.record, payload: decision.payload, mode, ledger },
            { runId, signal }
          ),
        retryPolicy,
        hooks
      )
      await this.ctx.db.transaction().execute(async (trx) => {
        await assertLeaseHeld(trx, flow.id, this.ctx.owner)
        const now = clock.now()
        await recordLedgerSuccess(
          trx,
          {
            flow: flow.id,
            sourceId: item.key,
            targetId: result.targetId,
            payloadHash: decision.hash
          },
          now
        )
        await removePending(trx, flow.id, item.key)
        await logRecord(
          trx,
          {
            runId,
            flow: flow.id,
            sourceId: item.key,
            targetId: result.targetId,
            outcome: mode === 'create' ? 'created' : 'updated',
            reason: null,
            source: item.record,
            sent: decision.payload,
            response: result.response
          },
          this.ctx.storePayloads,
          now
        )
      })
      this.counts[mode === 'create' ? 'created' : 'updated']++
      return { kind: 'written' }
    } catch (error) {
      if (error instanceof RunStoppedError || isLeaseLost(error)) {
        this.stopError ??= toStopError(error)
        return { kind: 'not-started' }
      }
      const failure = classifyFailure(error)
      if (failure.stopsRun) {
        this.stopError ??= new RunStoppedError(
          runStopReason(failure, failure.system ?? flow.target),
          {
            cause: error
          }
        )
        return { kind: 'not-started' }
      }
      return { kind: 'failed', failure }
    }
  }

  /**
   * Saves what happened to every record that was not written (written ones were saved right
   * after their write) and, when every record of the page is accounted for, the checkpoint: all
   * in one transaction, so the checkpoint never moves past a record that is not on record.
   */
  private async commitOutcomes(
    items: Item[],
    page: { checkpoint: string | null } | null
  ): Promise<void> {
    const { db, flow, clock, runId, owner } = this.ctx
    const failed: { key: string; state: 'attention' | 'retry'; reason: string }[] = []
    await db.transaction().execute(async (trx) => {
      await assertLeaseHeld(trx, flow.id, owner)
      const now = clock.now()
      for (const item of items) {
        const sourceJson = item.sourceJson ?? JSON.stringify(item.record)
        if (item.outcome.kind === 'skipped') {
          await removePending(trx, flow.id, item.key)
        } else if (item.outcome.kind === 'waiting') {
          const reason = item.outcome.reason
          await savePending(
            trx,
            {
              flow: flow.id,
              sourceId: item.key,
              state: 'waiting',
              sourceJson,
              reason,
              errorKind: null
            },
            now
          )
          await logRecord(trx, this.logRow(item, 'waiting', reason), this.ctx.storePayloads, now)
        } else if (item.outcome.kind === 'failed') {
          const failure = item.outcome.failure
          const attempts = await recordLedgerFailure(
            trx,
            { flow: flow.id, sourceId: item.key, error: failure.message, countsAsAttempt: true },
            now
          )
          const needsAttention = !failure.retryLater || attempts >= this.ctx.maxAttempts
          const state = needsAttention ? 'attention' : 'retry'
          const reason = failureReason(
            failure,
            {
              label: describe(flow, item),
              source: flow.source,
              target: failure.system ?? flow.target,
              attempts,
              maxAttempts: this.ctx.maxAttempts
            },
            needsAttention
          )
          await savePending(
            trx,
            {
              flow: flow.id,
              sourceId: item.key,
              state,
              sourceJson,
              reason,
              errorKind: failure.kind
            },
            now
          )
          await logRecord(trx, this.logRow(item, 'failed', reason), this.ctx.storePayloads, now)
          failed.push({ key: item.key, state, reason })
        }
      }
      if (page) await saveCheckpoint(trx, flow.id, page.checkpoint, now)
    })
    for (const item of items) {
      if (item.outcome.kind === 'skipped') this.counts.skipped++
      if (item.outcome.kind === 'waiting') this.counts.waiting++
    }
    this.counts.failed += failed.length
    for (const failure of failed) {
      this.ctx.events.emit({
        name: 'record.failed',
        payload: {
          runId,
          flow: flow.id,
          sourceId: failure.key,
          state: failure.state,
          reason: failure.reason
        }
      })
    }
  }

  private logRow(item: Item, outcome: 'waiting' | 'failed', reason: string) {
    return {
      runId: this.ctx.runId,
      flow: this.ctx.flow.id,
      sourceId: item.key,
      targetId: null,
      outcome,
      reason,
      source: item.record
    }
  }

  private throwIfStopped(): void {
    if (this.stopError) throw this.stopError
  }

  private lastProgressAt = Number.NEGATIVE_INFINITY

  /** Progress per record is throttled to a few events a second; page ends always report. */
  private emitProgress(throttled = false): void {
    const now = this.ctx.clock.now()
    if (throttled && now - this.lastProgressAt < 250) return
    this.lastProgressAt = now
    const { flow, runId } = this.ctx
    this.ctx.events.emit({
      name: 'run.progress',
      payload: {
        runId,
        flow: flow.id,
        entity: flow.entity,
        done: this.done,
        total: this.total,
        counts: { ...this.counts }
      }
    })
  }
}

function describe(flow: AnyFlow, item: Item): string {
  try {
    return flow.describe?.(item.record) ?? `${flow.entity} ${item.key}`
  } catch {
    return `${flow.entity} ${item.key}`
  }
}

/** A record refused before sending: retrying it unchanged would fail the same way. */
function refusal(kind: RecordFailure['kind'], message: string): RecordFailure {
  return { kind, message, retryLater: false, stopsRun: false }
}

function isLeaseLost(error: unknown): boolean {
  return error instanceof Error && error.name === 'LeaseLostError'
}

function toStopError(reason: unknown): RunStoppedError {
  if (reason instanceof RunStoppedError) return reason
  const message = reason instanceof Error ? reason.message : 'The run was stopped.'
  return new RunStoppedError(message, { cause: reason })
}

async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++])
  })
  await Promise.all(workers)
}
