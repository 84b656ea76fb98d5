import { z } from 'zod'
import { flowIds } from '../flows/catalogue'
import { defineCall } from './define'
import { ConnectionId } from './app'
import { RecordNotice } from './record-notices'
import { RunProblem } from './run-problems'

/** Every flow this version runs, in "sync all" order (from the flow catalogue). */
export { flowIds }
export const FlowId = z.enum(flowIds)
export type FlowId = z.infer<typeof FlowId>

export const runTriggers = ['manual', 'schedule', 'startup', 'retry'] as const
export const RunTrigger = z.enum(runTriggers)
export type RunTrigger = z.infer<typeof RunTrigger>

/** running: in progress (or its process died: then `interrupted` once the next run starts). */
export const runStatuses = ['running', 'succeeded', 'partial', 'failed', 'interrupted'] as const
export const RunStatus = z.enum(runStatuses)
export type RunStatus = z.infer<typeof RunStatus>

/**
 * What a run did with one record: created a target record, updated one it had written before,
 * linked it to a target record that already existed (matched, e.g. by e-mail), left it because
 * nothing changed, skipped it by the flow's own rule (an anonymous sale, an article not for sale;
 * with the reason), left it waiting for another record, or failed.
 */
export const recordOutcomes = [
  'created',
  'updated',
  'linked',
  'unchanged',
  'skipped',
  'waiting',
  'failed'
] as const
export const RecordOutcome = z.enum(recordOutcomes)
export type RecordOutcome = z.infer<typeof RecordOutcome>

export const RunCounts = z.object({
  created: z.int().min(0),
  updated: z.int().min(0),
  linked: z.int().min(0),
  unchanged: z.int().min(0),
  skipped: z.int().min(0),
  waiting: z.int().min(0),
  failed: z.int().min(0)
})
export type RunCounts = z.infer<typeof RunCounts>

/** A run's counts before it handled a record (a fresh object: runs add to it). */
export const emptyCounts = (): RunCounts => ({
  created: 0,
  updated: 0,
  linked: 0,
  unchanged: 0,
  skipped: 0,
  waiting: 0,
  failed: 0
})

export const RunSummary = z.object({
  id: z.int(),
  flow: FlowId,
  trigger: RunTrigger,
  status: RunStatus,
  startedAt: z.int(),
  finishedAt: z.int().nullable(),
  counts: RunCounts,
  /** Records sent with at least one warning (a field cut to fit, control characters removed). */
  warned: z.int().min(0),
  /** Run-level failure in developer words (the log file, support), else null. */
  error: z.string().nullable(),
  /** The same as codes the hosts word; empty for a run without problems or one from before 0015. */
  problems: z.array(RunProblem)
})
export type RunSummary = z.infer<typeof RunSummary>

export const FlowStatus = z.object({
  flow: FlowId,
  enabled: z.boolean(),
  /** Cron expression (croner syntax: 5 fields, or 6 with seconds first; local time). */
  schedule: z.string(),
  running: z.boolean(),
  lastRun: RunSummary.nullable(),
  nextRunAt: z.int().nullable(),
  /** Records waiting for the user (needs attention) and those the engine retries by itself. */
  needsAttention: z.int().min(0),
  pending: z.int().min(0),
  /** Records that have their counterpart in the other system (the ledger knows its id). */
  inSync: z.int().min(0)
})
export type FlowStatus = z.infer<typeof FlowStatus>

/** A connection that is not set up yet, with the settings fields it still misses. */
export const NotSetUp = z.object({
  connection: ConnectionId,
  missing: z.array(z.string()),
  /**
   * The credential is among `missing` because the keychain could not be read (locked, or no
   * keychain service): it may well be stored there, and a run is refused as keychain-unavailable.
   */
  keychainUnreadable: z.literal(true).optional()
})
export type NotSetUp = z.infer<typeof NotSetUp>

export const syncStates = ['not-set-up', 'idle', 'syncing', 'error'] as const

export const SyncStatus = z.object({
  /**
   * What the tray icon shows: not-set-up while a connection is incomplete (never idle then; no
   * run starts), error when the last run of an enabled flow failed or records need attention.
   */
  state: z.enum(syncStates),
  /** The connections still to set up; empty once both are. */
  notSetUp: z.array(NotSetUp),
  /** Scheduled runs are paused (the tray's Pause); manual runs still work. */
  paused: z.boolean(),
  flows: z.array(FlowStatus)
})
export type SyncStatus = z.infer<typeof SyncStatus>

export const RecordLogEntry = z.object({
  id: z.int(),
  runId: z.int(),
  flow: FlowId,
  sourceId: z.string(),
  targetId: z.string().nullable(),
  outcome: RecordOutcome,
  reason: z.string().nullable(),
  /** The record's own name ("Marie Peeters", "Stroopwafels"); null when the flow has none or the row predates it. */
  label: z.string().nullable(),
  /** Warnings on a record that was sent, or the codes of why it was refused. */
  notices: z.array(RecordNotice),
  /** JSON texts; null when payload storage is switched off. */
  sourcePayload: z.string().nullable(),
  sentPayload: z.string().nullable(),
  response: z.string().nullable(),
  at: z.int()
})
export type RecordLogEntry = z.infer<typeof RecordLogEntry>

export const pendingStates = ['retry', 'waiting', 'attention'] as const
export const PendingState = z.enum(pendingStates)
export type PendingState = z.infer<typeof PendingState>

export const AttentionItem = z.object({
  id: z.int(),
  flow: FlowId,
  sourceId: z.string(),
  /** attention: needs the user; retry: the engine tries again next run; waiting: blocked on something else. */
  state: PendingState,
  reason: z.string(),
  /** Why, as codes with parameters. */
  notices: z.array(RecordNotice),
  errorKind: z.string().nullable(),
  attempts: z.int().min(0),
  sourcePayload: z.string(),
  updatedAt: z.int()
})
export type AttentionItem = z.infer<typeof AttentionItem>

export const DailyStat = z.object({
  /** Local calendar day, YYYY-MM-DD. */
  day: z.string(),
  created: z.int().min(0),
  updated: z.int().min(0),
  failed: z.int().min(0)
})

/** not-reached: the record was not tried (its flow was busy, or the run stopped first). */
export const retryOutcomes = [...recordOutcomes, 'not-reached'] as const

export const RetryResult = z.object({
  flow: FlowId,
  sourceId: z.string(),
  outcome: z.enum(retryOutcomes),
  notices: z.array(RecordNotice)
})
export type RetryResult = z.infer<typeof RetryResult>

const Wait = { wait: z.boolean().default(false) }
const PageLimit = z.int().min(1).max(500).default(50)
const Before = z.int().min(1).optional()

export const RunNowInput = z.union([
  z.object({ flow: FlowId, ...Wait }).strict(),
  z.object({ all: z.literal(true), ...Wait }).strict()
])

/** What the next run would do with one record: the decision and exactly what it would send. */
export const PreviewItem = z.object({
  sourceId: z.string(),
  action: z.enum(['create', 'update', 'skip', 'wait', 'fail']),
  /** Developer words; `notices` says the same (and a write's warnings) as codes. */
  reason: z.string().nullable(),
  notices: z.array(RecordNotice),
  /** The payload as JSON text, byte for byte what the run sends (create/update only). */
  payload: z.string().nullable()
})
export type PreviewItem = z.infer<typeof PreviewItem>

export const syncCalls = {
  'sync.runNow': defineCall(
    RunNowInput,
    z.object({ accepted: z.array(FlowId), runs: z.array(RunSummary) }),
    'Run one flow, or every enabled flow in dependency order; with wait, answer when done.'
  ),
  'sync.resync': defineCall(
    z.object({ flow: FlowId, ...Wait }).strict(),
    z.object({ accepted: z.array(FlowId), runs: z.array(RunSummary) }),
    'Forget where the flow was (checkpoint) and read everything again; the ledger stays, so nothing duplicates.'
  ),
  'sync.preview': defineCall(
    z.object({ flow: FlowId, limit: z.int().min(1).max(100).default(10) }).strict(),
    z.object({ items: z.array(PreviewItem) }),
    'Dry run: what the next run would do with the next records, and the exact payloads; writes nothing.'
  ),
  'sync.status': defineCall(
    z.object({}).strict().default({}),
    SyncStatus,
    'Per flow: on/off, schedule, running, last and next run.'
  ),
  'sync.setFlow': defineCall(
    z
      .object({
        flow: FlowId,
        enabled: z.boolean().optional(),
        schedule: z.string().min(1).max(200).optional()
      })
      .strict(),
    FlowStatus,
    'Switch a flow on or off and set its cron schedule.'
  ),
  'log.runs': defineCall(
    z.object({ flow: FlowId.optional(), before: Before, limit: PageLimit }).strict(),
    z.object({ runs: z.array(RunSummary), nextBefore: z.int().nullable() }),
    'Runs, newest first, one page at a time (pass nextBefore as before).'
  ),
  'log.records': defineCall(
    z
      .object({
        flow: FlowId.optional(),
        outcome: RecordOutcome.optional(),
        runId: z.int().optional(),
        text: z.string().trim().min(1).max(200).optional(),
        /** Logged at or after this time (epoch ms). */
        from: z.int().min(0).optional(),
        /** Logged before this time (epoch ms). */
        to: z.int().min(0).optional(),
        before: Before,
        limit: PageLimit
      })
      .strict(),
    z.object({ records: z.array(RecordLogEntry), nextBefore: z.int().nullable() }),
    'Record rows of the activity log, newest first, filtered by flow, outcome, run, text and time.'
  ),
  'attention.list': defineCall(
    z
      .object({
        flow: FlowId.optional(),
        state: PendingState.optional(),
        before: Before,
        limit: PageLimit
      })
      .strict(),
    z.object({ items: z.array(AttentionItem), nextBefore: z.int().nullable() }),
    'Records that did not make it: needing attention, waiting, or due for an automatic retry.'
  ),
  'attention.retry': defineCall(
    z.union([
      z.object({ id: z.int() }).strict(),
      z.object({ all: z.literal(true), flow: FlowId.optional() }).strict()
    ]),
    z.object({
      runs: z.array(RunSummary),
      /** Records that were written (or found unchanged) this time and left the queue. */
      succeeded: z.int().min(0),
      /** Records that failed again, or were not reached (the flow was busy or the run stopped). */
      stillFailing: z.int().min(0),
      /**
       * What the retry did with each record, then what else its runs logged (a record that came
       * in under a new key); the first 50, with why in codes.
       */
      results: z.array(RetryResult)
    }),
    'Try again now: each record is read afresh from its source (the stored copy only when the source cannot be read) and mapped with the current mapping.'
  ),
  'stats.daily': defineCall(
    z.object({ days: z.int().min(1).max(366).default(30), flow: FlowId.optional() }).strict(),
    z.array(DailyStat),
    'Records created, updated and failed per local day, for the dashboard chart.'
  )
}
