import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import {
  CoreError,
  emptyCounts,
  flowIds,
  type FlowId,
  type FlowStatus,
  type NotSetUp,
  type RunCounts,
  type RunProblem,
  type RunStatus,
  type RunSummary,
  type RetryResult,
  type RunTrigger,
  type Settings,
  type SyncStatus
} from '../../../shared/contract'
import { descriptorOf } from '../../../shared/flows/catalogue'
import type { Clock } from '../clock'
import { ConnectorError } from '../connectors/connector-error'
import type { Database } from '../db/schema'
import type { EventBus } from '../event-bus'
import type { Logger } from '../logger'
import { dryRunFlow, type DryRunItem } from './dry-run'
import type { FlowMapping } from '../../../shared/contract/mapping-model'
import type { AnyFlow, FlowRegistry, MappingDraft } from './flow'
import { previewOneRecord, type RecordPreviewItem } from './record-preview'
import { readFlowSettings, saveFlowSettings, type FlowSettings } from './flow-settings'
import { executeFlowRun, RunStoppedError } from './flow-run'
import { LeaseLostError, LeaseStore, newLeaseOwner } from './lease'
import { countInSync } from './ledger'
import { countPending, countPendingIds, requeueForRetry, retryResults } from './pending-queue'
import { startCheckpoint } from './resync-check'
import { completeOwedAfterRun, flowsOwingAfterRun, withRunHooks } from './run-hooks'
import { classifyFailure, runStopReason, systemNames } from './record-failure'
import { finishRun, lastRun, startRun } from './run-log'
import { RunStatements } from './run-statements'
import { firstDueTime, scheduleProblem } from './schedule-times'

export interface SyncEngineOptions {
  db: Kysely<Database>
  /** The raw handle under `db`, for the statements a run executes per record (run-statements.ts). */
  sqlite: BetterSqlite3.Database
  clock: Clock
  logger: Logger
  events: EventBus
  settings: () => Promise<Settings>
  /** Builds the flows for one run (connectors from the current settings and secrets). */
  flows: (mappingDraft?: MappingDraft) => Promise<FlowRegistry>
  /** Identifies this process in the lease table; host/pid/random by default. */
  ownerId?: string
  leaseTtlMs?: number
  /**
   * Records of one page in flight at once, for every flow (tests); otherwise the flow's own
   * `inFlight` (twice that when its target limits itself: recordsAtOnce), else 4.
   */
  concurrency?: number
  pendingBatchSize?: number
  /**
   * Confirmed writes whose ledger and log rows are saved in one transaction (default 50; the
   * bench compares 1). A commit per record cost more CPU than the record's own mapping; a crash
   * loses at most this many ledger rows, whose records are then sent again as creates, which
   * every flow makes safe (an upsert, or a lookup before creating).
   */
  writeGroupSize?: number
  /** Retryable record failures in a row after which a run stops (default 10). */
  stopAfterUnreachable?: number
  /**
   * The connections not set up yet (the core's readiness check); while any is, no run starts and
   * the status says not-set-up. Without it the engine takes itself as set up (tests of the engine).
   */
  notSetUp?: () => Promise<NotSetUp[]>
}

export interface RunOptions {
  trigger: RunTrigger
  /**
   * Resync: read the whole source again, unless nothing changed since the checkpoint (see
   * resync-check.ts; decided inside the lease, so a running run cannot write it back).
   */
  fromScratch?: boolean
  /** Retry: only these pending records, without reading the source. */
  pendingIds?: readonly number[]
}

/** A run that has its lease and its run row; `done` settles when it has finished. */
export interface RunHandle {
  runId: number
  flow: FlowId
  done: Promise<RunSummary>
}

class ShutdownError extends Error {
  constructor() {
    super('Kassabrug was closed during this run; the next run carries on where it stopped.')
    this.name = 'ShutdownError'
  }
}

/** How many per-record results a retry answers (`attention.retry`'s `results`). */
const retryResultLimit = 50

/** Refuses a run while a connection is incomplete, naming the missing fields (params.missing). */
function refuseNotSetUp(notSetUp: readonly NotSetUp[]): void {
  if (notSetUp.length === 0) return
  const unreadable = notSetUp.filter((entry) => entry.keychainUnreadable)
  if (unreadable.length > 0)
    throw new CoreError(
      'keychain-unavailable',
      `The keychain cannot be read, so the credentials of ${unreadable.map((entry) => entry.connection).join(' and ')} are not available and nothing is synced. Unlock the keychain, or give the credentials at run time.`
    )
  const missing = notSetUp.flatMap((entry) => entry.missing)
  throw new CoreError(
    'not-configured',
    `Kassabrug is not set up yet (missing: ${missing.join(', ')}), so nothing is synced. Finish the setup wizard first.`,
    undefined,
    { params: { missing } }
  )
}

/**
 * Runs flows: one at a time per flow across processes (lease), with run rows, events, the
 * needs-attention queue and log retention. The scheduler and the contract handlers sit on top.
 */
export class SyncEngine {
  readonly ownerId: string
  private readonly leases: LeaseStore
  private readonly statements: RunStatements
  private readonly active = new Map<FlowId, { abort: AbortController; done: Promise<RunSummary> }>()
  private readonly starting = new Set<FlowId>()
  private readonly leaseTtlMs: number
  private closed = false

  constructor(private readonly options: SyncEngineOptions) {
    this.ownerId = options.ownerId ?? newLeaseOwner()
    this.leases = new LeaseStore(options.db)
    this.statements = RunStatements.of(options.sqlite)
    this.leaseTtlMs = options.leaseTtlMs ?? 60_000
  }

  /**
   * Takes the flow's lease and opens a run row; null when the flow is already running (here or in
   * another process). The run itself continues in the background: await `done`.
   */
  async begin(flow: FlowId, options: RunOptions): Promise<RunHandle | null> {
    if (this.closed)
      throw new CoreError('conflict', 'Kassabrug is shutting down; no new runs start.')
    refuseNotSetUp(await this.notSetUp())
    const { db, clock } = this.options
    // Reserved before the first await: two calls in this process must not both take the lease
    // (the lease lets its own owner in again).
    if (this.active.has(flow) || this.starting.has(flow)) return null
    this.starting.add(flow)
    const abort = new AbortController()
    let runId: number
    try {
      if (!(await this.leases.tryAcquire(flow, this.ownerId, clock.now(), this.leaseTtlMs))) {
        return null
      }
      try {
        runId = await startRun(db, flow, options.trigger, clock.now())
      } catch (error) {
        await this.leases.release(flow, this.ownerId)
        throw error
      }
    } finally {
      this.starting.delete(flow)
    }
    this.options.events.emit({
      name: 'run.started',
      payload: { runId, flow, trigger: options.trigger, startedAt: clock.now() }
    })
    const done = this.execute(flow, runId, abort, options).finally(() => {
      this.active.delete(flow)
      // Announced once the flow no longer counts as running: the last status a window gets after
      // run.finished must not still say running (its Sync buttons would stay disabled).
      return this.announceStatus()
    })
    this.active.set(flow, { abort, done })
    void this.announceStatus()
    return { runId, flow, done }
  }

  /** Runs one flow to the end; a CoreError('conflict') when it is already running. */
  async run(flow: FlowId, options: RunOptions): Promise<RunSummary> {
    const handle = await this.begin(flow, options)
    if (!handle) throw alreadyRunning(flow)
    return handle.done
  }

  /** "Sync all": every enabled flow, one after the other in dependency order. */
  async runAll(trigger: RunTrigger, only?: ReadonlySet<FlowId>): Promise<RunSummary[]> {
    refuseNotSetUp(await this.notSetUp())
    const summaries: RunSummary[] = []
    for (const flow of await this.enabledFlows()) {
      if (only && !only.has(flow)) continue
      if (this.closed) break
      const handle = await this.begin(flow, { trigger })
      if (handle) summaries.push(await handle.done)
      else this.options.logger.info({ flow }, 'flow already running; sync all skips it')
    }
    return summaries
  }

  async enabledFlows(): Promise<FlowId[]> {
    const settings = await readFlowSettings(this.options.db)
    return flowIds.filter((flow) => settings.find((entry) => entry.flow === flow)?.enabled)
  }

  /**
   * Retry from needs-attention: one run per flow over the selected records, each read afresh from
   * its source. Says how many then succeeded (left the queue) and how many are still failing.
   */
  async retry(selection: { id: number } | { all: true; flow?: FlowId }): Promise<{
    runs: RunSummary[]
    succeeded: number
    stillFailing: number
    results: RetryResult[]
  }> {
    const byFlow = await requeueForRetry(this.options.db, selection)
    if ('id' in selection && byFlow.size === 0) {
      throw new CoreError(
        'not-found',
        `There is no record with id ${selection.id} waiting for a retry.`
      )
    }
    const summaries: RunSummary[] = []
    for (const flow of flowIds) {
      const rows = byFlow.get(flow)
      if (!rows) continue
      const pendingIds = rows.map((row) => row.id)
      const handle = await this.begin(flow, { trigger: 'retry', pendingIds })
      // A running flow picks the requeued records up itself at the end of its run.
      if (handle) summaries.push(await handle.done)
    }
    const requeued = [...byFlow.entries()].flatMap(([flow, rows]) =>
      rows.map((row) => ({ flow, ...row }))
    )
    const stillFailing = await countPendingIds(
      this.options.db,
      requeued.map((row) => row.id)
    )
    const results = await retryResults(
      this.options.db,
      summaries.map((summary) => summary.id),
      requeued.slice(0, retryResultLimit),
      retryResultLimit
    )
    return { runs: summaries, succeeded: requeued.length - stillFailing, stillFailing, results }
  }

  /** What the next run of the flow would do with its next `limit` records; writes nothing. */
  async dryRun(flow: FlowId, limit: number): Promise<DryRunItem[]> {
    return dryRunFlow(this.options.db, await this.flowDefinition(flow), {
      limit,
      now: this.options.clock.now,
      ledger: this.ledgerEntry
    })
  }

  async setFlow(
    flow: FlowId,
    change: { enabled?: boolean; schedule?: string }
  ): Promise<FlowStatus> {
    if (change.schedule !== undefined) {
      const problem = scheduleProblem(change.schedule)
      if (problem)
        throw new CoreError('invalid-input', problem, [
          { path: 'schedule', message: problem, code: 'invalid-format', params: { format: 'cron' } }
        ])
    }
    const all = await readFlowSettings(this.options.db)
    const current = all.find((entry) => entry.flow === flow)
    if (!current) throw new CoreError('not-found', `There is no flow named ${flow}.`)
    if (change.enabled) refuseExcludedPartner(flow, all)
    await saveFlowSettings(
      this.options.db,
      { ...current, ...definedOnly(change) },
      this.options.clock.now()
    )
    this.onFlowSettingsChanged?.()
    await this.announceStatus()
    const status = await this.status()
    return status.flows.find((entry) => entry.flow === flow)!
  }

  /** Set by the scheduler so a changed schedule takes effect at once. */
  onFlowSettingsChanged: (() => void) | undefined

  async status(): Promise<SyncStatus> {
    const { db, clock } = this.options
    const now = clock.now()
    const [settings, held, pending, inSync, appSettings, notSetUp] = await Promise.all([
      readFlowSettings(db),
      this.leases.held(now),
      countPending(db),
      countInSync(db),
      this.options.settings(),
      this.notSetUp()
    ])
    const flows: FlowStatus[] = []
    for (const entry of settings) {
      const counts = pending.get(entry.flow) ?? { retry: 0, waiting: 0, attention: 0 }
      flows.push({
        ...entry,
        running: this.active.has(entry.flow) || held.has(entry.flow),
        lastRun: await lastRun(db, entry.flow),
        nextRunAt:
          entry.enabled && !appSettings.syncPaused ? firstDueTime(entry.schedule, now) : null,
        needsAttention: counts.attention,
        pending: counts.retry + counts.waiting,
        inSync: inSync.get(entry.flow) ?? 0
      })
    }
    const troubled = flows.some(
      (flow) => flow.enabled && (flow.needsAttention > 0 || flow.lastRun?.status === 'failed')
    )
    const state = flows.some((flow) => flow.running)
      ? 'syncing'
      : notSetUp.length
        ? 'not-set-up'
        : troubled
          ? 'error'
          : 'idle'
    return { state, notSetUp, paused: appSettings.syncPaused, flows }
  }

  private async notSetUp(): Promise<NotSetUp[]> {
    return (await this.options.notSetUp?.()) ?? []
  }

  /**
   * At start: completes every afterRun a process that died left owed (a Mailchimp store left
   * `is_syncing`), without waiting for the flow's next run. A flow whose lease another live
   * process holds is left to that process; one whose connection cannot be built now, or whose
   * afterRun fails again, to its next run (which completes it before anything else).
   */
  async completeOwedHooks(): Promise<FlowId[]> {
    const { db, clock, logger } = this.options
    const owed = await flowsOwingAfterRun(db)
    if (owed.length === 0) return []
    let registry: FlowRegistry
    try {
      registry = await this.options.flows()
    } catch (error) {
      logger.warn({ err: error, flows: owed }, 'owed afterRun left for the next run')
      return []
    }
    const completed: FlowId[] = []
    for (const flow of owed) {
      const definition = registry[flow]
      if (!definition || this.active.has(flow) || this.starting.has(flow)) continue
      this.starting.add(flow)
      try {
        if (!(await this.leases.tryAcquire(flow, this.ownerId, clock.now(), this.leaseTtlMs)))
          continue
        try {
          if (await completeOwedAfterRun(db, definition, new AbortController().signal))
            completed.push(flow)
        } catch (error) {
          logger.warn({ flow, err: error }, 'owed afterRun failed at start; the next run retries')
        } finally {
          await this.leases.release(flow, this.ownerId)
        }
      } finally {
        this.starting.delete(flow)
      }
    }
    return completed
  }

  /** Stops starting runs, asks running ones to stop after their in-flight records, and waits. */
  async close(): Promise<void> {
    this.closed = true
    const running = [...this.active.values()]
    for (const run of running) run.abort.abort(new ShutdownError())
    await Promise.allSettled(running.map((run) => run.done))
  }

  private async execute(
    flow: FlowId,
    runId: number,
    abort: AbortController,
    options: RunOptions
  ): Promise<RunSummary> {
    const { db, clock, logger, events } = this.options
    const renewal = setInterval(
      () => void this.renewLease(flow, abort),
      Math.max(1000, this.leaseTtlMs / 3)
    )
    renewal.unref()
    let counts: RunCounts = emptyCounts()
    let status: RunStatus = 'succeeded'
    let error: string | null = null
    let afterRunProblem: string | null = null
    const problems: RunProblem[] = []
    try {
      const [settings, definition] = await Promise.all([
        this.options.settings(),
        this.flowDefinition(flow)
      ])
      const { fingerprint } = await startCheckpoint(db, definition, {
        resync: Boolean(options.fromScratch),
        signal: abort.signal
      })
      // A process that died between beforeRun and afterRun owes the afterRun: complete it first.
      await completeOwedAfterRun(db, definition, abort.signal)
      const hooked = await withRunHooks(
        db,
        definition,
        { runId, signal: abort.signal, now: clock.now() },
        () =>
          executeFlowRun(
            {
              db,
              statements: this.statements,
              flow: definition,
              runId,
              owner: this.ownerId,
              clock,
              events,
              signal: abort.signal,
              storePayloads: settings.storePayloads,
              maxAttempts: settings.maxRecordAttempts,
              concurrency: this.options.concurrency ?? recordsAtOnce(definition),
              pendingBatchSize: this.options.pendingBatchSize ?? 200,
              writeGroupSize: this.options.writeGroupSize ?? 50,
              stopAfterUnreachable: this.options.stopAfterUnreachable ?? 10,
              fingerprint
            },
            options.pendingIds ? { pendingIds: options.pendingIds } : undefined
          )
      )
      if (hooked.afterRunError) {
        logger.warn({ flow, runId, err: hooked.afterRunError }, 'afterRun failed')
        afterRunProblem = `The run's closing step failed (${runError(hooked.afterRunError).message}); Kassabrug tries it again at the next start of this flow.`
      }
      if ('error' in hooked) throw hooked.error
      counts = hooked.value
      if (counts.failed > 0 || afterRunProblem) status = 'partial'
    } catch (failure) {
      const shutdown = abort.signal.reason instanceof ShutdownError
      status = shutdown ? 'interrupted' : 'failed'
      const stopped = runError(shutdown ? abort.signal.reason : failure)
      error = stopped.message
      problems.push(stopped.problem)
      logger.warn({ flow, runId, err: failure }, 'sync run stopped')
    } finally {
      clearInterval(renewal)
    }
    if (afterRunProblem) {
      error = error ? `${error} ${afterRunProblem}` : afterRunProblem
      problems.push({ code: 'closing-step-failed', params: {} })
    }
    const summary = await finishRun(db, runId, { status, counts, error, problems }, clock.now())
    await this.leases.release(flow, this.ownerId)
    events.emit({ name: 'run.finished', payload: summary })
    return summary
  }

  /**
   * One real record of the flow (`sourceId`, else the first its source gives) planned with a
   * draft mapping, next to what was sent last time; writes nothing.
   */
  async previewRecord(
    flow: FlowId,
    mapping: FlowMapping,
    sourceId: string | undefined
  ): Promise<RecordPreviewItem | null> {
    const seen: unknown[] = []
    const definition = await this.flowDefinition(flow, {
      flow,
      mapping,
      seen: (record) => seen.push(record)
    })
    return previewOneRecord(this.options.db, definition, {
      sourceId,
      now: this.options.clock.now,
      ledger: this.ledgerEntry,
      mapped: () => seen[0]
    })
  }

  private readonly ledgerEntry = async (flow: FlowId, sourceId: string) =>
    this.statements.ledgerEntry(flow, sourceId)

  private async flowDefinition(flow: FlowId, draft?: MappingDraft): Promise<AnyFlow> {
    const definition = (await this.options.flows(draft))[flow]
    if (!definition) {
      throw new CoreError(
        'not-configured',
        `The ${flow} flow is not available in this version of Kassabrug yet.`
      )
    }
    return definition
  }

  private async renewLease(flow: FlowId, abort: AbortController): Promise<void> {
    try {
      const kept = await this.leases.renew(
        flow,
        this.ownerId,
        this.options.clock.now(),
        this.leaseTtlMs
      )
      if (!kept) abort.abort(new LeaseLostError(flow))
    } catch (error) {
      abort.abort(error)
    }
  }

  private async announceStatus(): Promise<void> {
    try {
      this.options.events.emit({ name: 'sync.status.changed', payload: await this.status() })
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not read the sync status')
    }
  }
}

export function alreadyRunning(flow: FlowId): CoreError {
  return new CoreError('conflict', `The ${flow} sync is already running; wait for it to finish.`)
}

/** Records of a page the engine works on at once (see FlowDefinition.inFlight). */
function recordsAtOnce(flow: AnyFlow): number {
  const inFlight = flow.inFlight ?? 4
  return flow.targetLimitsItself ? 2 * inFlight : inFlight
}

/** Why a run stopped: the developer sentence (log file, CLI detail) and the code the hosts word. */
function runError(error: unknown): { message: string; problem: RunProblem } {
  if (error instanceof RunStoppedError) return { message: error.message, problem: error.problem }
  if (error instanceof ShutdownError)
    return { message: error.message, problem: { code: 'shutdown', params: {} } }
  if (error instanceof LeaseLostError)
    return { message: error.message, problem: { code: 'lease-lost', params: {} } }
  if (error instanceof CoreError && error.code === 'not-configured') {
    const missing = error.params?.missing
    return {
      message: error.message,
      problem: Array.isArray(missing)
        ? { code: 'not-configured', params: { missing } }
        : { code: 'flow-unavailable', params: {} }
    }
  }
  if (error instanceof CoreError && error.code === 'keychain-unavailable')
    return { message: error.message, problem: { code: 'keychain-unavailable', params: {} } }
  if (error instanceof ConnectorError) {
    const failure = classifyFailure(error)
    if (failure.stopsRun)
      return {
        message: runStopReason(failure, error.connector),
        problem: { code: 'credentials-refused', params: { system: error.connector } }
      }
    return {
      message: `Reading from ${systemNames[error.connector]} failed: ${error.message} The next run tries again from where this one stopped.`,
      problem: { code: 'read-failed', params: { system: error.connector } }
    }
  }
  return {
    message: `The run stopped: ${error instanceof Error ? error.message : String(error)}`,
    problem: { code: 'internal', params: {} }
  }
}

/** Two directions of the same data are never on together: the user switches one off first. */
function refuseExcludedPartner(flow: FlowId, settings: readonly FlowSettings[]): void {
  const partner = descriptorOf(flow).excludes
  if (partner && settings.find((entry) => entry.flow === partner)?.enabled) {
    throw new CoreError(
      'flows-exclusive',
      `The ${flow} flow cannot be on while ${partner} is on: they carry the same data in opposite directions. Switch ${partner} off first.`
    )
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
