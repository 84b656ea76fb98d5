import { resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { CoreError, type BackupInfo, type Handlers } from '../../../shared/contract'
import type { Clock } from '../clock'
import type { Logger } from '../logger'
import {
  backupFolder,
  checkDatabaseFile,
  createBackup,
  listBackups,
  newestBackup,
  quickCheck
} from './backups'
import type { OpenedDatabase } from './open-database'

export type DatabaseHandlers = Pick<Handlers, 'db.status' | 'db.backup' | 'db.restore' | 'db.check'>

export interface DatabaseModuleOptions {
  database: OpenedDatabase
  clock: Clock
  logger: Logger
  /** True while any flow runs here or in another process: a restore must wait. */
  isSyncing: () => Promise<boolean>
  /** After a restore: tell the UI, reload what depends on the data. */
  afterRestore: () => Promise<void>
}

export interface DatabaseModule {
  handlers: DatabaseHandlers
  /** Makes the daily backup when the newest daily one is a day old (or there is none). */
  backupIfDue(): Promise<BackupInfo | null>
  /** Starts the daily backup in the background (first one shortly after start when due). */
  start(): void
  close(): Promise<void>
}

const day = 24 * 60 * 60 * 1000
/** How often the background job asks whether the daily backup is due. */
const dailyCheckEveryMs = 60 * 60 * 1000
/** The first check waits until start-up work (missed runs) has begun. */
const firstCheckAfterMs = 30_000

/** Backups (daily, on request, before migrations) and restores of the open database. */
export function createDatabaseModule(options: DatabaseModuleOptions): DatabaseModule {
  const { database, clock, logger } = options
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()
  let closed = false

  /** One backup or restore at a time; each waits for the one before. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = running.then(work, work)
    running = next.catch(() => undefined)
    return next
  }

  const backup = (reason: BackupInfo['reason']) =>
    serial(() => createBackup(database.sqlite, database.path, reason, clock.now()))

  async function backupIfDue(): Promise<BackupInfo | null> {
    if (closed) return null
    const last = listBackups(database.path).find((entry) => entry.reason === 'daily')
    if (last && clock.now() - last.createdAt < day) return null
    const made = await backup('daily')
    logger.info({ file: made.file }, 'daily database backup made')
    return made
  }

  function schedule(delay: number): void {
    timer = setTimeout(() => {
      void backupIfDue()
        .catch((error: unknown) => logger.error({ err: error }, 'daily database backup failed'))
        .finally(() => {
          if (!closed) schedule(dailyCheckEveryMs)
        })
    }, delay)
    // The backup never keeps a CLI command or a test process alive.
    timer.unref()
  }

  function chosenBackup(file: string | undefined): BackupInfo {
    const backups = listBackups(database.path)
    if (file === undefined) {
      const newest = newestBackup(database.path)
      if (!newest) throw new CoreError('not-found', 'There is no backup yet.')
      return newest
    }
    // Only files from the backup folder: the bridge must not become a way to read any file.
    const found = backups.find((entry) => entry.file === resolve(file))
    if (!found) throw new CoreError('not-found', `${file} is not one of the backups.`)
    return found
  }

  const handlers: DatabaseHandlers = {
    'db.status': async () => ({
      path: database.path,
      backupFolder: backupFolder(database.path),
      backups: listBackups(database.path)
    }),
    'db.backup': () => backup('manual'),
    'db.restore': async ({ file }) => {
      const restored = chosenBackup(file)
      if (await options.isSyncing()) {
        throw new CoreError('conflict', 'A sync is running; restore once it has finished.')
      }
      const problem = checkDatabaseFile(restored.file)
      if (problem) {
        throw new CoreError('invalid-input', `That backup cannot be used: ${problem.detail}`)
      }
      const result = await serial(async () => {
        const safetyCopy = await createBackup(
          database.sqlite,
          database.path,
          'pre-restore',
          clock.now()
        )
        // SQLite's backup API into the live file: the open connection sees the restored pages.
        const source = new BetterSqlite3(restored.file, { readonly: true, fileMustExist: true })
        try {
          await source.backup(database.path)
        } finally {
          source.close()
        }
        return { restored, safetyCopy }
      })
      await database.migrate()
      logger.warn({ file: restored.file }, 'database restored from a backup')
      await options.afterRestore()
      return result
    },
    'db.check': async ({ full }) => {
      const detail = quickCheck(database.sqlite, full)
      return { full, ok: detail === null, detail }
    }
  }

  return {
    handlers,
    backupIfDue,
    start: () => {
      if (!closed && timer === null) schedule(firstCheckAfterMs)
    },
    close: async () => {
      closed = true
      if (timer) clearTimeout(timer)
      await running
    }
  }
}
