import type { Kysely } from 'kysely'
import type { Settings } from '../../../shared/contract'
import type { Clock } from '../clock'
import type { ConnectionCache } from '../connections/connection-cache'
import type { Database } from '../db/schema'
import type { EventBus } from '../event-bus'
import type { Logger } from '../logger'
import type { SecretStore } from '../secrets/secret-store'
import type { FlowsFactory } from './flow'
import { createSyncHandlers, type SyncHandlers } from './handlers'
import { LogMaintenance } from './log-maintenance'
import { SyncScheduler } from './scheduler'
import { SyncEngine, type SyncEngineOptions } from './sync-engine'

export interface SyncModuleOptions {
  db: Kysely<Database>
  /** The raw handle under `db` (see SyncEngineOptions). */
  sqlite: SyncEngineOptions['sqlite']
  clock: Clock
  logger: Logger
  events: EventBus
  secrets: SecretStore
  connections: ConnectionCache
  settings: () => Promise<Settings>
  /** The concrete flows; without it every run reports that no flow is available. */
  flows?: FlowsFactory
  /** The connections not set up yet: no run starts while any is (see SyncEngineOptions). */
  notSetUp?: SyncEngineOptions['notSetUp']
  /** The database's checkpoint, for the log's upkeep (OpenedDatabase.checkpoint). */
  checkpoint?: () => Promise<unknown>
  /** Engine tuning (tests, benchmark). */
  engine?: Pick<
    SyncEngineOptions,
    'ownerId' | 'leaseTtlMs' | 'concurrency' | 'stopAfterUnreachable'
  >
}

export interface SyncModule {
  engine: SyncEngine
  scheduler: SyncScheduler
  handlers: SyncHandlers
  logMaintenance: LogMaintenance
  /**
   * Completes the closing steps a crashed process owed, starts the schedules, runs what was
   * missed while the app was closed, and the activity log's
   * upkeep (retention purge, full-text indexing) in the background.
   */
  start(): Promise<void>
  /** After sleep: run what came due meanwhile. */
  resume(): Promise<void>
  close(): Promise<void>
}

/** The engine, its scheduler and its contract handlers, wired the one way every host uses them. */
export function createSyncModule(options: SyncModuleOptions): SyncModule {
  const { db, clock, logger, events, secrets } = options
  const engine = new SyncEngine({
    ...options.engine,
    db,
    sqlite: options.sqlite,
    clock,
    logger,
    events,
    settings: options.settings,
    notSetUp: options.notSetUp,
    flows: async (mappingDraft) =>
      options.flows
        ? options.flows({
            mappingDraft,
            settings: await options.settings(),
            secrets,
            connections: options.connections,
            db,
            sqlite: options.sqlite,
            clock,
            logger
          })
        : {}
  })
  const scheduler = new SyncScheduler({
    engine,
    db,
    clock,
    logger,
    isPaused: async () => (await options.settings()).syncPaused
  })
  const logMaintenance = new LogMaintenance({
    db,
    clock,
    logger,
    retentionDays: async () => (await options.settings()).logRetentionDays,
    checkpoint: options.checkpoint
  })
  return {
    engine,
    scheduler,
    handlers: createSyncHandlers({ engine, db, clock, logger }),
    logMaintenance,
    start: async () => {
      // A store a crashed back-fill left is_syncing is cleared at once, in the background (an
      // unreachable Mailchimp must not hold up the start; the flow's next run tries again).
      void engine
        .completeOwedHooks()
        .catch((error: unknown) => logger.warn({ err: error }, 'owed afterRun not completed'))
      await scheduler.start()
      logMaintenance.start()
    },
    resume: async () => {
      await scheduler.catchUp()
    },
    close: async () => {
      await scheduler.stop()
      await engine.close()
      await scheduler.idle()
      await logMaintenance.stop()
    }
  }
}
