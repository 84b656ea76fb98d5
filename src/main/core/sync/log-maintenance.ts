import type { Kysely } from 'kysely'
import type { Clock } from '../clock'
import type { Database } from '../db/schema'
import type { Logger } from '../logger'
import { indexLogText, mergeLogText, purgeLog, type StepOptions } from './run-log'

export interface LogMaintenanceOptions {
  db: Kysely<Database>
  clock: Clock
  logger: Logger
  /** The retention setting, read when a purge starts. */
  retentionDays: () => Promise<number>
  /** How often the full-text index catches up with the rows written meanwhile. */
  everyMs?: number
  /** The database's checkpoint, awaited between steps (see StepOptions.checkpoint). */
  checkpoint?: () => Promise<unknown>
}

const purgeIntervalMs = 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

/**
 * The activity log's upkeep, in the background once the app is up: the full-text index catches
 * up with the rows the syncs wrote (a sync's commit never indexes), its segments are merged (the
 * index merges nothing inside a write, see 0013-log-text-merging), and the retention purge runs
 * hourly — first right after start-up, never inside it. All work in small steps (see run-log),
 * one task at a time, and stop between two steps when the app closes.
 */
export class LogMaintenance {
  private timer: NodeJS.Timeout | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private lastPurgeAt = Number.NEGATIVE_INFINITY
  private abort = new AbortController()

  constructor(private readonly options: LogMaintenanceOptions) {}

  /** Returns at once; the first purge and indexing follow on the next turn of the event loop. */
  start(): void {
    if (this.timer) return
    this.abort = new AbortController()
    this.timer = setInterval(() => this.tick(), this.options.everyMs ?? 2000)
    this.timer.unref()
    setImmediate(() => this.tick())
  }

  /** Deletes what is past the retention now (queued behind a task that is running). */
  purgeExpired(): Promise<number> {
    return this.enqueue(() => this.purge())
  }

  /** Settles when the tasks queued so far have finished. */
  async idle(): Promise<void> {
    await this.queue
  }

  /** Stops the timer, and a running task between two of its steps. */
  async stop(): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    this.abort.abort()
    await this.queue
  }

  private tick(): void {
    if (!this.timer) return
    void this.enqueue(async () => {
      if (this.options.clock.now() - this.lastPurgeAt >= purgeIntervalMs) await this.purge()
      await indexLogText(this.options.db, this.stepOptions())
      await mergeLogText(this.options.db, this.stepOptions())
    }).catch((error: unknown) =>
      this.options.logger.warn({ err: error }, 'activity log upkeep failed')
    )
  }

  private async purge(): Promise<number> {
    const now = this.options.clock.now()
    this.lastPurgeAt = now
    const days = await this.options.retentionDays()
    return purgeLog(this.options.db, now - days * dayMs, this.stepOptions())
  }

  private stepOptions(): StepOptions {
    return { signal: this.abort.signal, checkpoint: this.options.checkpoint }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task)
    this.queue = next.catch(() => undefined)
    return next
  }
}
