import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { Logger } from '../logger'
import { indexLogText } from './run-log'

export interface LogMaintenanceOptions {
  db: Kysely<Database>
  logger: Logger
  /** Deletes what is past the retention (the engine's purge, at most hourly unless forced). */
  purge: (force: boolean) => Promise<number>
  /** How often the full-text index catches up with the rows written meanwhile. */
  everyMs?: number
}

/**
 * The activity log's upkeep, in the background once the app is up: the full-text index catches
 * up with the rows the syncs wrote (a sync's commit never indexes), and the retention purge runs
 * — first right after start-up, never inside it. Both work in small steps (see run-log), one
 * task at a time.
 */
export class LogMaintenance {
  private timer: NodeJS.Timeout | undefined
  private queue: Promise<void> = Promise.resolve()
  private firstPurgeDone = false

  constructor(private readonly options: LogMaintenanceOptions) {}

  /** Returns at once; the first purge and indexing follow on the next turn of the event loop. */
  start(): void {
    if (this.timer) return
    this.timer = setInterval(() => this.tick(), this.options.everyMs ?? 2000)
    this.timer.unref()
    setImmediate(() => this.tick())
  }

  /** Settles when the tasks queued so far have finished. */
  idle(): Promise<void> {
    return this.queue
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    await this.queue
  }

  private tick(): void {
    if (!this.timer) return
    this.queue = this.queue
      .then(async () => {
        if (!this.timer) return
        const force = !this.firstPurgeDone
        this.firstPurgeDone = true
        await this.options.purge(force)
        await indexLogText(this.options.db)
      })
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error }, 'activity log upkeep failed')
      )
  }
}
