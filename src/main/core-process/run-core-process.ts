import { join } from 'node:path'
import { createCore, databaseFileName, type Core } from '../core/create-core'
import { restoreBackupFile } from '../core/db/backups'
import { DatabaseDamagedError } from '../core/db/database-damaged-error'
import type { FlowsFactory } from '../core/sync/flow'
import { createRotatingLogFile, defaultLogFileName } from '../core/log-file'
import { createLogger } from '../core/logger'
import type { RuntimeSecrets } from '../core/secrets/runtime-secrets'
import type { SecretStore } from '../core/secrets/secret-store'
import { ToCore, type FromCore, type MessagePortLike } from './protocol'
import { serveCore } from './serve-core'

/**
 * The life of the process that runs the core: wait for main's `start`, open the core with its
 * log file in the user's log folder, say `ready`, then answer calls until `close` (after
 * `closed`, main ends the process). The Electron
 * utility process (./index.ts) and the relay test's Node child both run exactly this.
 */
export function runCoreProcess(
  port: MessagePortLike<FromCore>,
  host: { secrets: SecretStore; flows: FlowsFactory; runtimeSecrets?: RuntimeSecrets }
): void {
  let started = false
  port.onMessage((raw) => {
    const parsed = ToCore.safeParse(raw)
    if (!parsed.success || parsed.data.kind !== 'start' || started) return
    started = true
    const { options } = parsed.data
    const logFile = createRotatingLogFile({ dir: options.logDir, name: defaultLogFileName })
    const logger = createLogger({ destination: logFile })
    const restored = (): void => {
      if (!options.restoreBackupFile) return
      const { setAside } = restoreBackupFile(
        join(options.dataDir, databaseFileName),
        options.restoreBackupFile,
        Date.now()
      )
      logger.warn({ backup: options.restoreBackupFile, setAside }, 'restored a backup')
    }
    Promise.resolve()
      .then(restored)
      .then(() =>
        createCore({
          dataDir: options.dataDir,
          logDir: options.logDir,
          version: options.version,
          secrets: host.secrets,
          runtimeSecrets: host.runtimeSecrets,
          flows: host.flows,
          logger
        })
      )
      .then(
        (core: Core) => {
          // After `closed`, main ends this process; nothing is left to write.
          serveCore(core, logger, port)
          logger.info({ version: options.version }, 'core started')
          port.postMessage({ kind: 'ready' })
        },
        (error: unknown) => {
          logger.error({ err: error }, 'the core could not start')
          const damage =
            error instanceof DatabaseDamagedError
              ? {
                  finding: error.damage,
                  database: error.database,
                  newestBackup: error.newestBackup
                }
              : undefined
          port.postMessage({ kind: 'failed', message: String(error), damage })
        }
      )
  })
}
