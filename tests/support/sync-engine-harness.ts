import { join } from 'node:path'
import { defaultSettings, type CoreEvent, type Settings } from '../../src/shared/contract'
import type { Clock } from '../../src/main/core/clock'
import { openDatabase, type OpenedDatabase } from '../../src/main/core/db/open-database'
import { EventBus } from '../../src/main/core/event-bus'
import { silentLogger } from '../../src/main/core/logger'
import type { FlowRegistry } from '../../src/main/core/sync/flow'
import { SyncEngine, type SyncEngineOptions } from '../../src/main/core/sync/sync-engine'

/** A clock the test moves by hand; sleeping (retry backoff) returns at once. */
export class ManualClock implements Clock {
  constructor(public time = Date.UTC(2026, 0, 15, 10, 0, 0)) {}
  now = (): number => this.time
  sleep = async (): Promise<void> => undefined
  advance(ms: number): void {
    this.time += ms
  }
}

export interface Harness {
  engine: SyncEngine
  database: OpenedDatabase
  clock: ManualClock
  events: CoreEvent[]
  settings: Settings
  close(): Promise<void>
}

/** An engine on a real SQLite file; several harnesses on one file act as several processes. */
export async function openHarness(
  dir: string,
  flows: FlowRegistry,
  options: {
    clock?: ManualClock
    settings?: Partial<Settings>
    engine?: Partial<SyncEngineOptions>
  } = {}
): Promise<Harness> {
  const database = await openDatabase(join(dir, 'kassabrug.sqlite'))
  const clock = options.clock ?? new ManualClock()
  const bus = new EventBus()
  const events: CoreEvent[] = []
  bus.subscribe((event) => events.push(event))
  const settings: Settings = { ...defaultSettings, maxRecordAttempts: 3, ...options.settings }
  const engine = new SyncEngine({
    db: database.db,
    sqlite: database.sqlite,
    clock,
    logger: silentLogger,
    events: bus,
    settings: async () => settings,
    flows: async () => flows,
    concurrency: 1,
    ...options.engine
  })
  return {
    engine,
    database,
    clock,
    events,
    settings,
    close: async () => {
      await engine.close()
      await database.close()
    }
  }
}
