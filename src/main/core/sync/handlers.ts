import type { Kysely } from 'kysely'
import type { CallName, FlowId, Handlers, RunSummary } from '../../../shared/contract'
import type { Clock } from '../clock'
import type { Database } from '../db/schema'
import type { Logger } from '../logger'
import { listPending } from './pending-queue'
import { decisionNotices } from './plan-decision'
import { dailyStats, listRecords, listRuns } from './run-log'
import { alreadyRunning, type RunHandle, type SyncEngine } from './sync-engine'

type SyncCallName = Extract<CallName, `${'sync' | 'log' | 'attention' | 'stats'}.${string}`>
export type SyncHandlers = Pick<Handlers, SyncCallName>

interface HandlerDeps {
  engine: SyncEngine
  db: Kysely<Database>
  clock: Clock
  logger: Logger
}

/** The contract calls of the sync engine, activity log and needs-attention queue. */
export function createSyncHandlers({ engine, db, clock, logger }: HandlerDeps): SyncHandlers {
  /** Without wait the caller gets an answer at once; the run reports through events. */
  async function settle(accepted: FlowId[], runs: Promise<RunSummary[]>, wait: boolean) {
    if (wait) return { accepted, runs: await runs }
    runs.catch((error: unknown) =>
      logger.error({ err: error, flows: accepted }, 'background sync failed')
    )
    return { accepted, runs: [] }
  }

  async function startOne(flow: FlowId, handle: RunHandle | null, wait: boolean) {
    if (!handle) throw alreadyRunning(flow)
    return settle(
      [flow],
      handle.done.then((summary) => [summary]),
      wait
    )
  }

  return {
    'sync.runNow': async (input) => {
      if ('flow' in input)
        return startOne(
          input.flow,
          await engine.begin(input.flow, { trigger: 'manual' }),
          input.wait
        )
      return settle(await engine.enabledFlows(), engine.runAll('manual'), input.wait)
    },
    'sync.resync': async ({ flow, wait }) =>
      startOne(flow, await engine.begin(flow, { trigger: 'manual', fromScratch: true }), wait),
    'sync.preview': async ({ flow, limit }) => ({
      items: (await engine.dryRun(flow, limit)).map(({ sourceId, decision }) => ({
        sourceId,
        action: decision.action,
        reason: 'reason' in decision ? decision.reason : null,
        notices: decisionNotices(decision),
        payload: 'payload' in decision ? JSON.stringify(decision.payload) : null
      }))
    }),
    'sync.status': () => engine.status(),
    'sync.setFlow': ({ flow, enabled, schedule }) => engine.setFlow(flow, { enabled, schedule }),
    'log.runs': async (filter) => {
      const runs = await listRuns(db, filter)
      return { runs, nextBefore: nextBefore(runs, filter.limit) }
    },
    'log.records': async (filter) => {
      const records = await listRecords(db, filter)
      return { records, nextBefore: nextBefore(records, filter.limit) }
    },
    'attention.list': async (filter) => {
      const items = await listPending(db, filter)
      return { items, nextBefore: nextBefore(items, filter.limit) }
    },
    'attention.retry': (selection) => engine.retry(selection),
    'stats.daily': ({ days, flow }) => {
      const firstDay = new Date(clock.now())
      firstDay.setHours(0, 0, 0, 0)
      firstDay.setDate(firstDay.getDate() - (days - 1))
      return dailyStats(db, { since: firstDay.getTime(), flow })
    }
  }
}

/** Keyset paging: a full page means there may be more, starting below its last id. */
function nextBefore(rows: readonly { id: number }[], limit: number): number | null {
  return rows.length === limit ? rows[rows.length - 1].id : null
}
