import { z } from 'zod'
import { AppStatus } from './app'
import { RecordNotice } from './record-notices'
import { FlowId, RunCounts, RunSummary, RunTrigger, SyncStatus } from './sync'

/** Everything the core pushes to the UI, the tray and the CLI: one stream, typed here. */
export const events = {
  'status.changed': AppStatus,
  'sync.status.changed': SyncStatus,
  'run.started': z.object({
    runId: z.int(),
    flow: FlowId,
    trigger: RunTrigger,
    startedAt: z.int()
  }),
  'run.progress': z.object({
    runId: z.int(),
    /** The hosts word what is counted from the flow (flows.entities). */
    flow: FlowId,
    done: z.int().min(0),
    /** Null when the source does not say how many records there are. */
    total: z.int().min(0).nullable(),
    counts: RunCounts
  }),
  'record.failed': z.object({
    runId: z.int(),
    flow: FlowId,
    sourceId: z.string(),
    /** attention: the user must act; retry: the engine tries again in a later run. */
    state: z.enum(['attention', 'retry']),
    /** Developer words (the log file); the hosts word `notices`. */
    reason: z.string(),
    notices: z.array(RecordNotice)
  }),
  'run.finished': RunSummary
}
