import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely'
import { Migrator, type Migration } from 'kysely/migration'
import { CoreError } from '../../../shared/contract'
import type { Database } from './schema'
import { shippedMigrations } from './migrations'

export interface OpenedDatabase {
  db: Kysely<Database>
  /** The raw handle, for the few places that need synchronous SQLite (pragmas, bulk work). */
  sqlite: BetterSqlite3.Database
  path: string
  appliedMigrations: string[]
  close(): Promise<void>
}

/**
 * Opens (creating if needed) the database, switches on WAL and foreign keys, and brings the schema
 * up to date. Refuses a database whose applied migrations are not a prefix of the shipped ones:
 * that file was written by a newer or a different build, and guessing would corrupt it.
 */
export async function openDatabase(
  path: string,
  migrations: Record<string, Migration> = shippedMigrations
): Promise<OpenedDatabase> {
  const sqlite = new BetterSqlite3(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) })
  })
  try {
    await refuseForeignHistory(db, Object.keys(migrations).sort(), path)
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
      throw new CoreError(
        'internal',
        `Database migration ${failed} failed: ${String(error)}`,
        undefined,
        {
          cause: error
        }
      )
    }
    const appliedMigrations = await readAppliedMigrations(db)
    return {
      db,
      sqlite,
      path,
      appliedMigrations,
      close: () => db.destroy()
    }
  } catch (error) {
    await db.destroy()
    throw error
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
