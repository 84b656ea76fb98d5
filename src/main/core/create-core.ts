import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ZodError } from 'zod'
import {
  calls,
  connectionIds,
  CoreError,
  coreErrorFrom,
  issuesFromZod,
  isCallName,
  type AppStatus,
  type CoreErrorShape,
  type CallArgs,
  type CallName,
  type CallOutput,
  type Handlers,
  type Reply
} from '../../shared/contract'
import { systemClock, type Clock } from './clock'
import { missingForConnection } from './connection-readiness'
import { createDatabaseModule } from './db/database-module'
import { openDatabase, type OpenedDatabase } from './db/open-database'
import { EventBus } from './event-bus'
import { defaultLogFileName, readLogFolder } from './log-file'
import { silentLogger, type Logger } from './logger'
import type { RuntimeSecrets } from './secrets/runtime-secrets'
import { RuntimeSecretStore } from './secrets/runtime-secret-store'
import type { SecretStore } from './secrets/secret-store'
import { createMappingHandlers } from './mapping/handlers'
import { MappingRepository } from './mapping/mapping-repository'
import { SettingsRepository } from './settings-repository'
import type { FlowsFactory } from './sync/flow'
import { ConnectionCache, type ConnectorTuning } from './connections/connection-cache'
import { createConnectionHandlers } from './connections/handlers'
import { createSyncModule, type SyncModule, type SyncModuleOptions } from './sync/sync-module'

export interface CoreOptions {
  dataDir: string
  secrets: SecretStore
  /** Credentials given at run time (readRuntimeSecrets), used in front of `secrets`. */
  runtimeSecrets?: RuntimeSecrets
  version: string
  clock?: Clock
  logger?: Logger
  /** The concrete sync flows, built per run from settings and secrets. */
  flows?: FlowsFactory
  /** API client timeouts and retries (tests, benchmark). */
  connectors?: ConnectorTuning
  /** Sync engine tuning for tests and the benchmark. */
  syncEngine?: SyncModuleOptions['engine']
  /** The folder the host's logger writes its rotating file to (app.logs lists it). */
  logDir?: string
}

export interface Core {
  /** Validates the raw input against the contract, runs the handler, validates the output. */
  invoke(name: string, rawInput: unknown): Promise<Reply<unknown>>
  /** The same, typed, for in-process callers (CLI, tests). Throws CoreError. */
  call<N extends CallName>(name: N, ...input: CallArgs<N>): Promise<CallOutput<N>>
  events: EventBus
  database: OpenedDatabase
  sync: SyncModule
  /** Starts the flow schedules (and runs missed ones); hosts call it once they are ready. */
  start(): Promise<void>
  close(): Promise<void>
}

export const databaseFileName = 'kassabrug.sqlite'

export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock
  const logger = options.logger ?? silentLogger
  mkdirSync(options.dataDir, { recursive: true })
  const database = await openDatabase(join(options.dataDir, databaseFileName), {
    now: () => clock.now(),
    backgroundCheckpoints: {
      onError: (message) => logger.warn({ err: message }, 'background checkpoint failed')
    }
  })
  const settings = new SettingsRepository(database.db, clock)
  const events = new EventBus()
  const secrets = new RuntimeSecretStore(options.runtimeSecrets ?? {}, options.secrets)
  const connections = new ConnectionCache(clock, logger, options.connectors)
  const sync = createSyncModule({
    db: database.db,
    checkpoint: database.checkpoint,
    sqlite: database.sqlite,
    clock,
    logger,
    events,
    secrets,
    connections,
    settings: () => settings.get(),
    flows: options.flows,
    notSetUp: async () => {
      const { connections, keychain, secretSources } = await appStatus()
      return connectionIds
        .filter((connection) => !connections[connection].configured)
        .map((connection) => ({
          connection,
          missing: connections[connection].missing,
          ...(!keychain.available && secretSources[connection] === null
            ? { keychainUnreadable: true as const }
            : {})
        }))
    },
    engine: options.syncEngine
  })

  async function secretsStatus(): Promise<CallOutput<'secrets.status'>> {
    const availability = await secrets.availability()
    const sources = { mailchimp: null, mplus: null } as CallOutput<'secrets.status'>['sources']
    for (const id of connectionIds) sources[id] = await secrets.source(id)
    return {
      keychain: {
        available: availability.available,
        backend: secrets.backend,
        problem: availability.available ? null : availability.problem,
        reason: availability.available ? null : availability.reason
      },
      stored: { mailchimp: sources.mailchimp !== null, mplus: sources.mplus !== null },
      sources
    }
  }

  async function appStatus(): Promise<AppStatus> {
    const [current, secretState] = await Promise.all([settings.get(), secretsStatus()])
    const connections = Object.fromEntries(
      connectionIds.map((id) => {
        const missing = missingForConnection(id, current, secretState.stored[id])
        return [id, { configured: missing.length === 0, missing }]
      })
    ) as AppStatus['connections']
    return {
      version: options.version,
      dataDir: options.dataDir,
      database: {
        path: database.path,
        schemaVersion: database.appliedMigrations.length,
        latestMigration: database.appliedMigrations.at(-1) ?? null
      },
      keychain: secretState.keychain,
      secretSources: secretState.sources,
      connections
    }
  }

  async function announceStatus(): Promise<void> {
    events.emit({ name: 'status.changed', payload: await appStatus() })
  }

  const databaseModule = createDatabaseModule({
    database,
    clock,
    logger,
    isSyncing: async () => (await sync.engine.status()).flows.some((flow) => flow.running),
    afterRestore: async () => {
      await announceStatus()
      events.emit({ name: 'sync.status.changed', payload: await sync.engine.status() })
    }
  })

  const connectionHandlers = createConnectionHandlers({
    connections,
    secrets,
    settings: () => settings.get()
  })
  const handlers: Handlers = {
    ...sync.handlers,
    ...createMappingHandlers(new MappingRepository(database.db, clock), {
      referenceData: () => connectionHandlers['mplus.referenceData']({}),
      previewRecord: (flow, mapping, sourceId) => sync.engine.previewRecord(flow, mapping, sourceId)
    }),
    ...connectionHandlers,
    ...databaseModule.handlers,
    'app.status': () => appStatus(),
    'app.logs': async ({ lines }) =>
      options.logDir
        ? readLogFolder(options.logDir, defaultLogFileName, lines)
        : { folder: null, files: [], tail: [] },
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const next = await settings.update(patch)
      await announceStatus()
      if (patch.syncPaused !== undefined) {
        events.emit({ name: 'sync.status.changed', payload: await sync.engine.status() })
        // Resuming from Pause runs what came due meanwhile.
        if (!patch.syncPaused) await sync.resume()
      }
      return next
    },
    'secrets.status': () => secretsStatus(),
    'secrets.set': async ({ connection, secret }) => {
      const availability = await secrets.availability()
      if (!availability.available)
        throw new CoreError(
          'keychain-unavailable',
          `No keychain to store the secret in (${availability.reason}); Kassabrug never stores secrets in plain text, give it at run time instead.`
        )
      await secrets.set(connection, secret)
      await announceStatus()
      return secretsStatus()
    },
    'secrets.clear': async ({ connection }) => {
      await secrets.delete(connection)
      await announceStatus()
      return secretsStatus()
    }
  }

  async function invoke(name: string, rawInput: unknown): Promise<Reply<unknown>> {
    if (!isCallName(name)) {
      return {
        ok: false,
        error: { code: 'not-found', message: `There is no call named "${name}".` }
      }
    }
    const spec = calls[name]
    const parsed = spec.input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      return {
        ok: false,
        error: new CoreError(
          'invalid-input',
          `Invalid input for ${name}.`,
          issuesFromZod(parsed.error)
        ).toShape()
      }
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>
      const value = spec.output.parse(await handler(parsed.data))
      return { ok: true, value }
    } catch (error) {
      return { ok: false, error: toErrorShape(error, name, logger) }
    }
  }

  return {
    invoke,
    async call(name, ...[input]) {
      const reply = await invoke(name, input)
      if (!reply.ok) throw coreErrorFrom(reply.error)
      return reply.value as never
    },
    events,
    database,
    sync,
    start: async () => {
      databaseModule.start()
      await sync.start()
    },
    close: async () => {
      await sync.close()
      await databaseModule.close()
      await database.close()
    }
  }
}

function toErrorShape(error: unknown, name: string, logger: Logger): CoreErrorShape {
  if (error instanceof CoreError) return error.toShape()
  if (error instanceof ZodError) {
    logger.error({ err: error, call: name }, 'handler returned data that breaks the contract')
    return {
      code: 'internal',
      message: `Kassabrug produced an invalid answer for ${name}.`,
      issues: issuesFromZod(error)
    }
  }
  logger.error({ err: error, call: name }, 'handler failed')
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) }
}
