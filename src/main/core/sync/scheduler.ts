import { Cron } from 'croner'
import { flowIds, type FlowId, type RunTrigger } from '../../../shared/contract'
import type { Clock } from '../clock'
import type { Logger } from '../logger'
import { readFlowSettings } from './flow-settings'
import { lastRun } from './run-log'
import { firstDueTime } from './schedule-times'
import type { SyncEngine } from './sync-engine'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export interface SchedulerOptions {
  engine: SyncEngine
  db: Kysely<Database>
  clock: Clock
  logger: Logger
  /** While true, due runs are dropped (the tray's Pause); catchUp() after resuming runs them. */
  isPaused: () => Promise<boolean>
}

/**
 * Starts runs on each enabled flow's cron schedule and catches up runs missed while the app was
 * closed or asleep. Due flows run one after the other in dependency order, so products that
 * became due in the same minute as orders are synced first.
 */
export class SyncScheduler {
  private tasks: Cron[] = []
  private readonly due = new Map<FlowId, RunTrigger>()
  private draining: Promise<void> | null = null
  private started = false

  constructor(private readonly options: SchedulerOptions) {
    options.engine.onFlowSettingsChanged = () => void this.reschedule()
  }

  async start(): Promise<void> {
    if (this.started) return
    this.started = true
    await this.reschedule()
    await this.catchUp()
  }

  /** Queues every enabled flow whose schedule came due since its last run (or that never ran). */
  async catchUp(): Promise<FlowId[]> {
    const { db, clock } = this.options
    const now = clock.now()
    const missed: FlowId[] = []
    for (const entry of await readFlowSettings(db)) {
      if (!entry.enabled) continue
      const last = await lastRun(db, entry.flow)
      if (!last || firstDueTime(entry.schedule, last.startedAt, now) !== null)
        missed.push(entry.flow)
    }
    for (const flow of missed) this.enqueue(flow, 'startup')
    return missed
  }

  /** Resolves once every queued run has finished (the CLI and tests wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining
  }

  /** Stops firing; a run already going is left to the engine (its close() stops it). */
  async stop(): Promise<void> {
    this.started = false
    this.due.clear()
    this.destroyTasks()
  }

  private async reschedule(): Promise<void> {
    this.destroyTasks()
    if (!this.started) return
    for (const entry of await readFlowSettings(this.options.db)) {
      if (!entry.enabled) continue
      // enqueue() coalesces: a flow already due or running is not queued twice.
      this.tasks.push(new Cron(entry.schedule, () => this.enqueue(entry.flow, 'schedule')))
    }
  }

  private destroyTasks(): void {
    for (const task of this.tasks.splice(0)) task.stop()
  }

  private enqueue(flow: FlowId, trigger: RunTrigger): void {
    if (!this.started) return
    if (!this.due.has(flow)) this.due.set(flow, trigger)
    this.draining ??= this.drain().finally(() => {
      this.draining = null
    })
  }

  private async drain(): Promise<void> {
    for (;;) {
      const flow = flowIds.find((id) => this.due.has(id))
      if (!flow) return
      if (await this.options.isPaused()) {
        this.due.clear()
        return
      }
      const trigger = this.due.get(flow)!
      this.due.delete(flow)
      try {
        const handle = await this.options.engine.begin(flow, { trigger })
        if (handle) await handle.done
        // Null: running by hand or in another process; that run covers this due time.
      } catch (error) {
        this.options.logger.warn({ flow, err: error }, 'scheduled run could not start')
      }
    }
  }
}
