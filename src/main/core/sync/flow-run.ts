import type { Kysely } from 'kysely'
import {
  emptyCounts,
  type RecordNotice,
  type RecordRefusal,
  type RecordSkip,
  type RecordWait,
  type RecordWarning,
  type RunCounts,
  type RunProblem
} from '../../../shared/contract'
import type { Clock } from '../clock'
import type { Database } from '../db/schema'
import type { EventBus } from '../event-bus'
import { readCheckpoint } from './checkpoints'
import type {
  AnyFlow,
  BatchItemResult,
  SourcePage,
  BatchWriteInput,
  LedgerEntry,
  PlanContext,
  WriteResult
} from './flow'
import { readLedgerEntries } from './ledger'
import { readDuePending, type PendingRecord } from './pending-queue'
import { eventLoopTurn } from '../event-loop-turn'
import { decide, pageRecords, type Decision } from './plan-decision'
import {
  classifyFailure,
  failureNotices,
  failureReason,
  runStopReason,
  systemNames,
  type RecordFailure
} from './record-failure'
import type { RunStatements } from './run-statements'

export interface FlowRunContext {
  db: Kysely<Database>
  /** The per-record statements on the same database (see run-statements.ts). */
  statements: RunStatements
  flow: AnyFlow
  runId: number
  /** Lease owner: every commit checks the lease is still ours. */
  owner: string
  clock: Clock
  events: EventBus
  signal: AbortSignal
  storePayloads: boolean
  maxAttempts: number
  concurrency: number
  /** Source records the run reads before committing (pending batches use the same size). */
  pendingBatchSize: number
  /** Confirmed writes saved in one transaction (see commitWritten). */
  writeGroupSize: number
  /** Retryable failures in a row after which the run stops (the other side is down). */
  stopAfterUnreachable: number
  /** Kept with every checkpoint the run saves (startCheckpoint decided it). */
  fingerprint: string | null
}

/** A run that cannot go on (credentials refused, lease lost): its message is the run's error. */
export class RunStoppedError extends Error {
  constructor(
    message: string,
    /** The same as a code the hosts word. */
    readonly problem: RunProblem,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'RunStoppedError'
  }
}

type Outcome =
  | { kind: 'written' }
  /** What the ledger says was sent: nothing to do, nothing logged. */
  | { kind: 'unchanged' }
  /** The flow's own rule left it (an anonymous sale); `reason` goes on its log entry. */
  | { kind: 'skipped'; reason: string; notices: RecordSkip[] }
  | { kind: 'waiting'; reason: string; notices: RecordWait[]; bounded: boolean }
  | { kind: 'failed'; failure: RecordFailure }
  /** Not attempted: the run was stopped first. */
  | { kind: 'not-started' }

interface Item {
  key: string
  record: unknown
  /** The stored text of a pending record, kept as it was (it may not even parse). */
  sourceJson?: string
  outcome: Outcome
  /** Set for a retry that could not read the record afresh and used the stored copy. */
  notice?: RecordWarning
}

/** A record the plan decided to write, with what it knew when it decided. */
interface PlannedWrite {
  item: Item
  decision: Extract<Decision, { action: 'create' | 'update' }>
  ledger: LedgerEntry | null
}

/** A page being handled while the next one starts (see FlowRun.startPage). */
interface StartedPage {
  /** Its records' keys: the next page plans one of them only after this page is saved. */
  keys: ReadonlySet<string>
  allStarted: Promise<void>
  committed: Promise<void>
}

/** A write the target confirmed, waiting for its group to be saved. */
interface UnsavedWrite {
  planned: PlannedWrite
  result: WriteResult
  outcome: 'created' | 'updated' | 'linked'
  /** Set when the group could not be saved: the record's outcome instead of written. */
  unsaved?: Outcome
}

/**
 * One run of one flow: read pages from the checkpoint, then the records kept pending by earlier
 * runs; or, for a retry, only the given pending records, each read afresh from the source where
 * the flow can. Returns the counts; throws RunStoppedError when the run had to stop.
 */
export async function executeFlowRun(
  ctx: FlowRunContext,
  only?: { pendingIds: readonly number[] }
): Promise<RunCounts> {
  const run = new FlowRun(ctx)
  if (!only) await run.readSource()
  await run.drainPending(only?.pendingIds)
  // A retried record the source no longer has under its key may have a new one (a member whose
  // e-mail address was corrected): the source's changes bring it in under that key.
  if (only && run.goneFromSource) await run.readSource()
  return run.counts
}

class FlowRun {
  readonly counts = emptyCounts()
  /**
   * Source ids this run left failed or waiting: their pending copy is this run's, so the drain
   * does not send them again. Only those: a written, unchanged or skipped record leaves the
   * queue in the commit that saves its outcome, so the set grows with the failures, not with the
   * catalogue.
   */
  private readonly requeued = new Set<string>()
  /** A retried record the source no longer has under its key (see pendingItem). */
  goneFromSource = false
  private done = 0
  private total: number | null = null
  private stopError: RunStoppedError | null = null
  /** The latest records that failed in a row with retryable errors. */
  private unreachable: Item[] = []
  private readonly planContext: PlanContext
  /** Confirmed writes not saved yet (see commitWritten). */
  private unsaved: UnsavedWrite[] = []
  /** The group being saved; the next one waits for it. */
  private saving: Promise<void> = Promise.resolve()

  constructor(private readonly ctx: FlowRunContext) {
    this.planContext = {
      ledger: async (flow, sourceId) => ctx.statements.ledgerEntry(flow, sourceId),
      now: ctx.clock.now,
      signal: ctx.signal
    }
  }

  async readSource(): Promise<void> {
    const { flow, db, signal } = this.ctx
    const checkpoint = await readCheckpoint(db, flow.id)
    const pages = flow.read({ checkpoint, signal })[Symbol.asyncIterator]()
    const readAhead = () => {
      const read = pages.next()
      // Awaited only once the page before it is done; until then a failure is not unhandled.
      read.catch(() => undefined)
      return read
    }
    let next = readAhead()
    let before: StartedPage | null = null
    try {
      for (;;) {
        const read = await next
        if (read.done) break
        // The next page is read while this one is planned and written, so the target's
        // connections do not stand idle while the source answers (the source's iterator still
        // reads its pages one after the other). It is asked for once the page before this one is
        // saved, so at most two pages are held: one finishing or read ahead, one being written.
        next = before ? before.committed.then(readAhead) : readAhead()
        next.catch(() => undefined)
        const page = this.startPage(read.value, before)
        // A page starts once the one before has started its last records (where the flow allows
        // it, see processItems), so the connections do not empty at every page while its last
        // answers come back; the pages' outcomes and checkpoints are still saved one page after
        // the other.
        await Promise.race([page.allStarted, page.committed])
        before = page
      }
      await before?.committed
    } finally {
      // A failure while a page is still writing its last records (the next page's read, say):
      // that page finishes and saves what it did before the run ends.
      await before?.committed.catch(() => undefined)
      // Stopped early (the run stopped, a commit failed): let the source finish its own way.
      // The page read ahead is dropped, and so is its failure: the run has already failed.
      void next.then(
        (read) => (read.done ? undefined : pages.return?.()),
        () => undefined
      )
    }
  }

  /**
   * Plans and writes a page's records, then saves their outcomes and the checkpoint once the
   * page before has saved its own. `allStarted` settles when every record of the page has been
   * started (or the page is done); `committed` when its outcomes are saved.
   */
  private startPage(page: SourcePage<unknown>, before: StartedPage | null): StartedPage {
    const { flow } = this.ctx
    if (page.total !== undefined) this.total = page.total
    const items = pageRecords(flow, page).map(({ key, record, keyError }): Item => ({
      key,
      record,
      outcome: keyError
        ? {
            kind: 'failed',
            failure: refusal('validation', keyError.reason, [keyError.notice])
          }
        : { kind: 'not-started' }
    }))
    const toProcess = items.filter((item) => item.outcome.kind === 'not-started')
    let markAllStarted = () => {}
    const allStarted = new Promise<void>((resolve) => (markAllStarted = resolve))
    const committed = (async () => {
      try {
        await this.processItems(toProcess, { before, onAllStarted: markAllStarted })
        // Older versions of a coalesced record, and records refused for want of an id, are done too.
        this.done += page.records.length + (page.rejected?.length ?? 0) - toProcess.length
        const complete = items.every((item) => item.outcome.kind !== 'not-started')
        await before?.committed
        await this.commitOutcomes(items, complete ? { checkpoint: page.checkpoint } : null)
        this.throwIfStopped()
        this.emitProgress()
      } catch (error) {
        // The page started after this one stops too, rather than write on after a failure.
        this.stopError ??= toStopError(error)
        throw error
      } finally {
        markAllStarted()
      }
    })()
    // Awaited by readSource or by the next page; a failure meanwhile is not unhandled.
    committed.catch(() => undefined)
    return { keys: new Set(toProcess.map((item) => item.key)), allStarted, committed }
  }

  async drainPending(onlyIds?: readonly number[]): Promise<void> {
    const due = (await readDuePending(this.ctx.db, this.ctx.flow.id, onlyIds)).filter(
      (row) => !this.requeued.has(row.sourceId)
    )
    if (this.total !== null || onlyIds) this.total = (this.total ?? 0) + due.length
    for (let i = 0; i < due.length; i += this.ctx.pendingBatchSize) {
      const rows = due.slice(i, i + this.ctx.pendingBatchSize)
      const items = await Promise.all(rows.map((row) => this.pendingItem(row, Boolean(onlyIds))))
      const toProcess = items.filter((item) => item.outcome.kind === 'not-started')
      await this.processItems(toProcess)
      this.done += items.length - toProcess.length
      await this.commitOutcomes(items, null)
      this.throwIfStopped()
      this.emitProgress()
    }
  }

  /**
   * A pending record as the run handles it. A retry the user asked for reads the record afresh
   * from the source (a member fixed in Mailchimp is sent as it is now); the stored copy is the
   * fallback when the source cannot be read, and what automatic retries use (a changed record
   * comes in through the source read anyway). A record the source no longer has under its key is
   * never sent from its stored copy, which is stale: it leaves the queue, and the run reads the
   * source's changes, where a record whose key changed comes in under its new key.
   */
  private async pendingItem(row: PendingRecord, fresh: boolean): Promise<Item> {
    const { flow, signal } = this.ctx
    const stored = storedCopy(row)
    let notice: RecordWarning | undefined
    if (fresh && flow.readOne) {
      try {
        const record = await flow.readOne(row.sourceId, { checkpoint: null, signal })
        if (record !== null) return { key: row.sourceId, record, outcome: { kind: 'not-started' } }
        this.goneFromSource = true
        return {
          ...stored,
          outcome: {
            kind: 'skipped',
            reason: `${systemNames[flow.source]} no longer has this ${flow.entity} under ${row.sourceId}; its stored copy was not sent.`,
            notices: [{ code: 'gone-from-source', params: { system: flow.source } }]
          }
        }
      } catch (error) {
        notice = {
          code: 'source-unread-stored-copy-used',
          params: { system: flow.source, detail: classifyFailure(error).message }
        }
      }
    }
    return { ...stored, notice }
  }

  /**
   * Plans every record and writes those that changed: one by one, or, when the flow has batch
   * writes and enough records of the page are to be written, in one batch.
   */
  private async processItems(
    items: Item[],
    overlap: { before: StartedPage | null; onAllStarted: () => void } = {
      before: null,
      onAllStarted: () => {}
    }
  ): Promise<void> {
    const { flow, concurrency, statements } = this.ctx
    const ledger = await readLedgerEntries(
      this.ctx.db,
      flow.id,
      items.map((item) => item.key)
    )
    const writes: PlannedWrite[] = []
    // A page too small for a batch writes each record as soon as it is planned, so the writes
    // start with the first record instead of after the whole page's plans.
    const mayBatch = flow.batch !== undefined && items.length >= flow.batch.minimum
    const { before } = overlap
    await forEachConcurrently(
      items,
      concurrency,
      async (item) => {
        if (this.stopping()) return
        let entry = ledger.get(item.key) ?? null
        if (before?.keys.has(item.key)) {
          // The same record in the page before (changed while the source was read): planned
          // on the ledger as that page left it, never beside its write.
          await before.committed.catch(() => undefined)
          if (this.stopping()) return
          entry = statements.ledgerEntry(flow.id, item.key)
        }
        const planned = await this.planItem(item, entry)
        if (planned && mayBatch) writes.push(planned)
        else if (planned) item.outcome = await this.writeOne(planned)
        this.settle(item)
      },
      // Only where the target's own limiter holds the records of both pages to its width (a
      // target bounded by this run's concurrency alone would get the two pages' at once), and
      // where no plan depends on another record of the flow (see FlowDefinition).
      mayBatch || !flow.targetLimitsItself || flow.plansOnOwnRecords
        ? undefined
        : overlap.onAllStarted
    )
    const batchable = writes.filter((planned) =>
      flow.batch?.modes.includes(planned.decision.action)
    )
    const batched = new Set(flow.batch && batchable.length >= flow.batch.minimum ? batchable : [])
    if (batched.size) await this.writeMany([...batched])
    await forEachConcurrently(
      writes.filter((planned) => !batched.has(planned)),
      concurrency,
      async (planned) => {
        if (this.stopping()) return
        planned.item.outcome = await this.writeOne(planned)
        this.settle(planned.item)
      }
    )
    if (!this.stopError && this.ctx.signal.aborted)
      this.stopError = toStopError(this.ctx.signal.reason)
    if (this.stopError && this.unreachable.length >= this.ctx.stopAfterUnreachable) {
      // Not the records' fault: they are tried again next run without losing an attempt.
      for (const item of this.unreachable) item.outcome = { kind: 'not-started' }
    }
  }

  private stopping(): boolean {
    return this.stopError !== null || this.ctx.signal.aborted
  }

  /** A record whose outcome is known counts as done (progress, reachability). */
  private settle(item: Item): void {
    if (item.outcome.kind === 'not-started') return
    this.watchReachability(item)
    this.noteRequeued(item)
    this.done++
    this.emitProgress(true)
  }

  private noteRequeued(item: Item): void {
    if (item.outcome.kind === 'failed' || item.outcome.kind === 'waiting')
      this.requeued.add(item.key)
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
            'The run stopped so that no record uses up its attempts; the next run carries on where this one stopped.',
          {
            code: 'system-unreachable',
            params: {
              system: outcome.failure.system ?? this.ctx.flow.target,
              records: this.unreachable.length
            }
          }
        )
      }
    } else if (outcome.kind === 'written' || outcome.kind === 'failed') {
      this.unreachable = []
    }
  }

  /** The plan decision; a record not to be written gets its outcome here. */
  private async planItem(item: Item, ledger: LedgerEntry | null): Promise<PlannedWrite | null> {
    try {
      const decision = await decide(this.ctx.flow, item.record, ledger, this.planContext)
      if (decision.action === 'skip')
        item.outcome = decision.sameAsLedger
          ? { kind: 'unchanged' }
          : { kind: 'skipped', reason: decision.reason, notices: decision.notices }
      else if (decision.action === 'wait')
        item.outcome = {
          kind: 'waiting',
          reason: decision.reason,
          notices: decision.notices,
          bounded: decision.bounded === true
        }
      else if (decision.action === 'fail')
        item.outcome = {
          kind: 'failed',
          failure: refusal(decision.kind, decision.reason, decision.notices)
        }
      else return { item, decision, ledger }
    } catch (error) {
      item.outcome = this.failureOutcome(error)
    }
    return null
  }

  private writeInput(planned: PlannedWrite): BatchWriteInput<unknown, unknown> {
    const { item, decision, ledger } = planned
    return {
      key: item.key,
      record: item.record,
      payload: decision.payload,
      mode: decision.action,
      ledger
    }
  }

  /**
   * Before a send: the ledger is saved per group, so without this check a process that lost its
   * lease would go on sending until its group's commit. A prepared read costs microseconds, so
   * it is not cached: a cached answer is only as safe as the clock it is timed by (a process
   * that stalled past its expiry may wake up believing no time has passed).
   */
  private assertLeaseBeforeSend(): void {
    this.ctx.statements.assertLeaseHeld(this.ctx.flow.id, this.ctx.owner)
  }

  /** One record's write. Retries within the run are the connectors' business, not the engine's. */
  private async writeOne(planned: PlannedWrite): Promise<Outcome> {
    const { runId, signal } = this.ctx
    try {
      this.assertLeaseBeforeSend()
      const result = await this.ctx.flow.write(this.writeInput(planned), { runId, signal })
      return await this.commitWritten(planned, result)
    } catch (error) {
      return this.failureOutcome(error)
    }
  }

  /**
   * The page's writes in one batch. Each record is saved only on its own confirmed result; a
   * result that went missing is looked up at the target, and only a record that is not there is
   * sent again (one by one), so nothing is written twice.
   */
  private async writeMany(writes: PlannedWrite[]): Promise<void> {
    const batch = this.ctx.flow.batch!
    const context = { runId: this.ctx.runId, signal: this.ctx.signal }
    const inputs = writes.map((planned) => this.writeInput(planned))
    let results: Map<string, BatchItemResult>
    try {
      this.assertLeaseBeforeSend()
      results = await batch.writeBatch(inputs, context)
    } catch (error) {
      // The batch as a whole failed: each of its records failed the same way (and a run of
      // retryable failures stops the run without spending their attempts).
      for (const planned of writes) {
        planned.item.outcome = this.failureOutcome(error)
        this.settle(planned.item)
      }
      return
    }
    await forEachConcurrently(writes, this.ctx.concurrency, async (planned) => {
      if (this.stopping()) return
      const answer = results.get(planned.item.key)
      const input = this.writeInput(planned)
      try {
        if (answer?.ok) planned.item.outcome = await this.commitWritten(planned, answer.result)
        else if (answer) planned.item.outcome = this.failureOutcome(answer.error)
        else {
          const found = await batch.findWritten(input, context)
          planned.item.outcome = found
            ? await this.commitWritten(planned, found)
            : await this.writeOne(planned)
        }
      } catch (error) {
        planned.item.outcome = this.failureOutcome(error)
      }
      this.settle(planned.item)
    })
  }

  /**
   * A confirmed write joins the group of unsaved writes; a full group is saved in one
   * transaction (see saveWrites), the rest with the page's outcomes. Until then the record counts
   * as written for this run only: after a crash it is planned again with the ledger as it was,
   * and sent again as a create, which every flow's create makes safe (an upsert, or a lookup
   * before creating where the API has none).
   */
  private async commitWritten(planned: PlannedWrite, result: WriteResult): Promise<Outcome> {
    const outcome = result.outcome ?? (planned.decision.action === 'create' ? 'created' : 'updated')
    const entry: UnsavedWrite = { planned, result, outcome }
    this.unsaved.push(entry)
    this.counts[outcome]++
    if (this.unsaved.length >= this.ctx.writeGroupSize) await this.saveWrites()
    return entry.unsaved ?? { kind: 'written' }
  }

  /**
   * Saves the group of confirmed writes: ledger, queue and log rows in one transaction, under
   * the lease — one commit per group instead of one per record. Groups are saved one after the
   * other. When saving fails (the lease was lost), the group's records are not on record: they
   * are not counted, and the page's checkpoint does not move past them.
   */
  private saveWrites(): Promise<void> {
    const saving = this.saving.then(async () => {
      // Behind the answers already in: a group's transaction is a few milliseconds, and the
      // requests those answers free a connection for go out first.
      await eventLoopTurn()
      const group = this.unsaved.splice(0)
      if (group.length === 0) return
      try {
        const { db, statements, flow, owner, clock } = this.ctx
        await statements.transaction(db, () => {
          statements.assertLeaseHeld(flow.id, owner)
          this.writeGroup(group, clock.now())
        })
      } catch (error) {
        for (const entry of group) {
          const { item } = entry.planned
          this.counts[entry.outcome]--
          entry.unsaved = this.failureOutcome(error)
          // A record already settled as written takes the new outcome here; one whose write is
          // still returning takes it from commitWritten.
          if (item.outcome.kind !== 'written') continue
          item.outcome = entry.unsaved
          if (item.outcome.kind === 'not-started') this.done--
          else this.noteRequeued(item)
        }
      }
    })
    this.saving = saving
    return saving
  }

  /** The rows of a group of confirmed writes, inside the caller's transaction. */
  private writeGroup(group: readonly UnsavedWrite[], now: number): void {
    const { flow, runId, statements } = this.ctx
    for (const { planned, result, outcome } of group) {
      const { item, decision } = planned
      result.saveWithLedger?.()
      const warnings = [
        ...(item.notice ? [item.notice] : []),
        ...(decision.warnings ?? []),
        ...(result.warnings ?? [])
      ]
      statements.recordLedgerSuccess(
        {
          flow: flow.id,
          sourceId: item.key,
          targetId: result.targetId,
          payloadHash: decision.hash
        },
        now
      )
      statements.removePending(flow.id, item.key)
      statements.logRecord(
        {
          runId,
          flow: flow.id,
          sourceId: item.key,
          targetId: result.targetId,
          outcome,
          // The words are the notices'; what is left is developer detail (why the source failed).
          reason:
            item.notice?.params.detail === undefined ? null : String(item.notice.params.detail),
          label: nameOf(flow, item),
          notices: warnings,
          source: item.record,
          sent: decision.payload,
          response: result.response
        },
        this.ctx.storePayloads,
        now
      )
    }
  }

  /** A failure of one record; credentials refused or the lease lost stop the run instead. */
  private failureOutcome(error: unknown): Outcome {
    if (error instanceof RunStoppedError || isLeaseLost(error)) {
      this.stopError ??= toStopError(error)
      return { kind: 'not-started' }
    }
    const failure = classifyFailure(error)
    if (failure.stopsRun) {
      const system = failure.system ?? this.ctx.flow.target
      this.stopError ??= new RunStoppedError(
        runStopReason(failure, system),
        { code: 'credentials-refused', params: { system } },
        { cause: error }
      )
      return { kind: 'not-started' }
    }
    return { kind: 'failed', failure }
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
    const { db, statements, flow, clock, runId, owner } = this.ctx
    const failed: {
      key: string
      state: 'attention' | 'retry'
      reason: string
      notices: RecordNotice[]
    }[] = []
    await this.saving
    await statements.transaction(db, () => {
      statements.assertLeaseHeld(flow.id, owner)
      const now = clock.now()
      // The page's last confirmed writes, before the checkpoint that moves past them.
      this.writeGroup(this.unsaved.splice(0), now)
      for (const item of items) {
        if (item.outcome.kind === 'unchanged' || item.outcome.kind === 'skipped') {
          // Already at the target as it is now, or not for the target at all: it leaves the
          // queue, whatever state it was in.
          statements.removePending(flow.id, item.key)
          // Left by the flow's own rule: the log says why (it is read once, so logged once).
          if (item.outcome.kind === 'skipped')
            statements.logRecord(
              {
                ...this.logRow(item, 'skipped', item.outcome.reason),
                notices: item.outcome.notices
              },
              this.ctx.storePayloads,
              now
            )
        } else if (item.outcome.kind === 'waiting') {
          // A bounded wait counts as an attempt: a record still waiting after the bound needs
          // attention (an order whose product never appears), rather than waiting unseen for ever.
          const runs = item.outcome.bounded
            ? statements.recordLedgerFailure(
                {
                  flow: flow.id,
                  sourceId: item.key,
                  error: item.outcome.reason,
                  countsAsAttempt: true
                },
                now
              )
            : 0
          const stuck = item.outcome.bounded && runs >= this.ctx.maxAttempts
          const reason = stuck
            ? `${item.outcome.reason} Still waiting after ${runs} runs.`
            : item.outcome.reason
          const notices: RecordNotice[] = stuck
            ? [...item.outcome.notices, { code: 'still-waiting', params: { runs } }]
            : item.outcome.notices
          statements.savePending(
            {
              flow: flow.id,
              sourceId: item.key,
              state: stuck ? 'attention' : 'waiting',
              sourceJson: sourceJsonOf(item),
              reason,
              notices,
              errorKind: null
            },
            now
          )
          statements.logRecord(
            { ...this.logRow(item, 'waiting', reason), notices },
            this.ctx.storePayloads,
            now
          )
        } else if (item.outcome.kind === 'failed') {
          const failure = item.outcome.failure
          const attempts = statements.recordLedgerFailure(
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
          const notices = failureNotices(failure, failure.system ?? flow.target)
          statements.savePending(
            {
              flow: flow.id,
              sourceId: item.key,
              state,
              sourceJson: sourceJsonOf(item),
              reason,
              notices,
              errorKind: failure.kind
            },
            now
          )
          statements.logRecord(
            { ...this.logRow(item, 'failed', reason), notices },
            this.ctx.storePayloads,
            now
          )
          failed.push({ key: item.key, state, reason, notices })
        }
      }
      if (page) statements.saveCheckpoint(flow.id, page.checkpoint, now, this.ctx.fingerprint)
    })
    for (const item of items) {
      if (item.outcome.kind === 'unchanged') this.counts.unchanged++
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
          reason: failure.reason,
          notices: failure.notices
        }
      })
    }
  }

  private logRow(item: Item, outcome: 'skipped' | 'waiting' | 'failed', reason: string) {
    return {
      runId: this.ctx.runId,
      flow: this.ctx.flow.id,
      sourceId: item.key,
      targetId: null,
      outcome,
      reason,
      label: nameOf(this.ctx.flow, item),
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
        done: this.done,
        total: this.total,
        counts: { ...this.counts }
      }
    })
  }
}

/** What the pending queue keeps of a record: its stored text as it was, else the record. */
function sourceJsonOf(item: Item): string {
  return item.sourceJson ?? JSON.stringify(item.record)
}

function describe(flow: AnyFlow, item: Item): string {
  try {
    return flow.describe?.(item.record) ?? `${flow.entity} ${item.key}`
  } catch {
    return `${flow.entity} ${item.key}`
  }
}

/** The record's name for its log row, at most 100 characters; null when the flow cannot tell. */
/** A pending record from the copy stored at its last attempt (a copy that does not parse fails). */
function storedCopy(row: PendingRecord): Item {
  const base = { key: row.sourceId, sourceJson: row.sourceJson }
  try {
    return { ...base, record: JSON.parse(row.sourceJson), outcome: { kind: 'not-started' } }
  } catch (error) {
    return {
      ...base,
      record: row.sourceJson,
      outcome: { kind: 'failed', failure: classifyFailure(error) }
    }
  }
}

function nameOf(flow: AnyFlow, item: Item): string | null {
  try {
    const name = flow.name?.(item.record)?.trim()
    return name ? name.slice(0, 100) : null
  } catch {
    return null
  }
}

/** A record refused before sending: retrying it unchanged would fail the same way. */
function refusal(
  kind: RecordFailure['kind'],
  message: string,
  notices?: RecordRefusal[]
): RecordFailure {
  return { kind, message, retryLater: false, stopsRun: false, ...(notices ? { notices } : {}) }
}

function isLeaseLost(error: unknown): boolean {
  return error instanceof Error && error.name === 'LeaseLostError'
}

function toStopError(reason: unknown): RunStoppedError {
  if (reason instanceof RunStoppedError) return reason
  const message = reason instanceof Error ? reason.message : 'The run was stopped.'
  const problem: RunProblem = isLeaseLost(reason)
    ? { code: 'lease-lost', params: {} }
    : reason instanceof Error && reason.name === 'ShutdownError'
      ? { code: 'shutdown', params: {} }
      : { code: 'internal', params: {} }
  return new RunStoppedError(message, problem, { cause: reason })
}

/** `onAllStarted` is told when the last item has been started. */
async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
  onAllStarted?: () => void
): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]
      if (next === items.length) onAllStarted?.()
      await work(item)
    }
  })
  await Promise.all(workers)
}
