import { statSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely'
import { Migrator, type Migration } from 'kysely/migration'
import { CoreError } from '../../../shared/contract'
import { createBackup, newestBackup, quickCheck } from './backups'
import { DatabaseDamagedError } from './database-damaged-error'
import { inspectDatabaseFiles, type DatabaseDamageKind } from './database-file-check'
import type { Database } from './schema'
import { shippedMigrations } from './migrations'
import {
  checkpointInBackground,
  type CheckpointResult,
  type WalCheckpointer
} from './wal-checkpointer'

export interface OpenedDatabase {
  db: Kysely<Database>
  /** The raw handle, for the few places that need synchronous SQLite (pragmas, bulk work). */
  sqlite: BetterSqlite3.Database
  path: string
  appliedMigrations: string[]
  /** Applies shipped migrations not yet in the file (after a restore of an older backup). */
  migrate(): Promise<void>
  /**
   * With background checkpoints: checkpoints now in the worker and settles when done (see
   * WalCheckpointer.checkpoint). Without them SQLite checkpoints inside the commits, and this
   * settles at once with null.
   */
  checkpoint(): Promise<CheckpointResult | null>
  close(): Promise<void>
}

export interface OpenDatabaseOptions {
  migrations?: Record<string, Migration>
  /** Time for the pre-migration backup's name. */
  now?: () => number
  /** Checkpoints in a worker thread, off the event loop (the app; see wal-checkpointer). */
  backgroundCheckpoints?: { onError?: (message: string) => void }
}

/**
 * Opens (creating if needed) the database, switches on WAL and foreign keys, and brings the schema
 * up to date. Before SQLite sees the file, its bytes are checked (empty, not a database,
 * truncated, a damaged or missing log); then SQLite's quick check runs. Any damage stops with a
 * DatabaseDamagedError naming the file and the newest backup — a damaged file is never replaced.
 * Refuses a database whose applied migrations are not a prefix of the shipped ones: that file was
 * written by a newer or a different build, and guessing would corrupt it. Pending migrations on a
 * database that already has data are preceded by a backup.
 */
export async function openDatabase(
  path: string,
  options: OpenDatabaseOptions = {}
): Promise<OpenedDatabase> {
  const migrations = options.migrations ?? shippedMigrations
  const now = options.now ?? Date.now
  const damaged = (kind: DatabaseDamageKind, detail: string, file = path) =>
    new DatabaseDamagedError({ kind, file, detail }, path, newestBackup(path))
  const finding = inspectDatabaseFiles(path)
  if (finding) throw new DatabaseDamagedError(finding, path, newestBackup(path))
  const sqlite = openChecked(path, damaged)
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) })
  })
  const migrate = async () => {
    const applied = await readAppliedMigrations(db)
    const pending = Object.keys(migrations).filter((name) => !applied.includes(name))
    if (applied.length > 0 && pending.length > 0) {
      await createBackup(sqlite, path, 'pre-migration', now())
    }
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      if (isCorruption(error)) throw damaged('malformed', String(error))
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
      throw new CoreError(
        'internal',
        `Database migration ${failed} failed: ${String(error)}`,
        undefined,
        { cause: error }
      )
    }
    opened.appliedMigrations = await readAppliedMigrations(db)
  }
  let checkpointer: WalCheckpointer | null = null
  const opened: OpenedDatabase = {
    db,
    sqlite,
    path,
    appliedMigrations: [],
    migrate,
    checkpoint: () => checkpointer?.checkpoint() ?? Promise.resolve(null),
    close: async () => {
      await checkpointer?.stop()
      await db.destroy()
    }
  }
  try {
    await refuseForeignHistory(db, Object.keys(migrations).sort(), path)
    await migrate()
    if (options.backgroundCheckpoints)
      checkpointer = checkpointInBackground(sqlite, path, options.backgroundCheckpoints)
    return opened
  } catch (error) {
    await db.destroy()
    throw error
  }
}

/** SQLite's answers that mean the bytes are bad rather than the request. */
function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB'
}

/**
 * The activity log's tables: the bulk of a big database (a million rows), history rather than
 * sync state.
 */
const activityLogTable = /^sync_records($|_fts)/

/**
 * Files up to this size get SQLite's quick check of the whole file at start-up (well under a
 * second). A bigger file is a big activity log: its quick check takes seconds (7 s at a million
 * log rows), so start-up checks every other table with its indexes, and leaves the log to the
 * checks that run later: the daily backup checks its copy of the whole file, and `db.check` on
 * request.
 */
const wholeCheckUpToBytes = 64 * 2 ** 20

/** SQLite's quick check before the database is used (see wholeCheckUpToBytes). */
function startupCheck(sqlite: BetterSqlite3.Database, path: string): string | null {
  if (statSync(path).size <= wholeCheckUpToBytes) return quickCheck(sqlite, false)
  const tables = sqlite
    .prepare("select name from sqlite_schema where type = 'table' order by name")
    .pluck()
    .all() as string[]
  const problems = tables
    .filter((name) => !activityLogTable.test(name))
    .map((name) => quickCheck(sqlite, false, name))
    .filter((problem) => problem !== null)
  return problems.length ? problems.join('; ') : null
}

function openChecked(
  path: string,
  damaged: (kind: DatabaseDamageKind, detail: string) => DatabaseDamagedError
): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(path)
  try {
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
    const problem = startupCheck(sqlite, path)
    if (problem !== null) throw damaged('malformed', problem)
    return sqlite
  } catch (error) {
    sqlite.close()
    if (error instanceof DatabaseDamagedError) throw error
    const code = (error as { code?: unknown }).code
    if (code === 'SQLITE_NOTADB') throw damaged('not-a-database', String(error))
    if (code === 'SQLITE_CORRUPT') throw damaged('malformed', String(error))
    throw error
  }
}

async function readAppliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const rows = await (db as unknown as Kysely<{ kysely_migration: { name: string } }>)
    .selectFrom('kysely_migration')
    .select('name')
    .orderBy('name')
    .execute()
    .catch(() => [] as { name: string }[])
  return rows.map((row) => row.name)
}

async function refuseForeignHistory(
  db: Kysely<Database>,
  shipped: string[],
  path: string
): Promise<void> {
  const applied = await readAppliedMigrations(db)
  const isPrefix =
    applied.length <= shipped.length && applied.every((name, i) => shipped[i] === name)
  if (!isPrefix) {
    const unknown = applied.filter((name) => !shipped.includes(name))
    throw new CoreError(
      'conflict',
      `The database at ${path} was changed by a different version of Kassabrug ` +
        `(applied migrations ${applied.join(', ')}; this version ships ${shipped.join(', ') || 'none'}` +
        `${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}). ` +
        'Install the newest Kassabrug, or move the data folder aside to start fresh.'
    )
  }
}

/**
 * better-sqlite3 with its prepared statements kept. Kysely prepares every query it runs anew
 * (SQLite parses and plans it each time), and a sync repeats the same few query texts thousands
 * of times. Bounded, the least recently used dropped first: texts with a varying number of
 * parameters (an `in (…)` list) come and go. SQLite re-prepares a kept statement by itself after
 * a schema change.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database, size = 200): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = kept.get(sql)
      // A statement still being iterated (a streamed query) cannot run a second time meanwhile.
      if (statement?.busy) return sqlite.prepare(sql)
      if (statement) kept.delete(sql)
      else statement = sqlite.prepare(sql)
      kept.set(sql, statement)
      if (kept.size > size) kept.delete(kept.keys().next().value as string)
      return statement
    }
  }
}
