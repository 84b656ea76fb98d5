import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator, NO_MIGRATIONS } from 'kysely/migration'
import { shippedMigrations } from '../../src/main/core/db/migrations'

export interface DatabaseBefore {
  sqlite: BetterSqlite3.Database
  db: Kysely<unknown>
  /** Applies the migration alone and says so (the list of what ran). */
  migrate: () => Promise<string[]>
  /** The rows of a table in insertion order. */
  rows: (table: string) => Record<string, unknown>[]
}

/**
 * A database as a user's file stands just before migration `name` (every shipped migration before
 * it applied, through kysely's Migrator as the app applies them), and `migrate()` to take it to
 * `name` — so a migration test fills the N−1 schema with rows, migrates to N and checks the rows.
 */
export async function databaseBefore(name: string): Promise<DatabaseBefore> {
  const names = Object.keys(shippedMigrations).sort()
  const index = names.indexOf(name)
  if (index < 0) throw new Error(`${name} is not among the shipped migrations`)
  const sqlite = new BetterSqlite3(':memory:')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const migrator = new Migrator({ db, provider: { getMigrations: async () => shippedMigrations } })
  const migrateTo = async (target: string | typeof NO_MIGRATIONS): Promise<string[]> => {
    const { error, results } = await migrator.migrateTo(target)
    if (error) throw error
    return (results ?? []).map((result) => result.migrationName)
  }
  await migrateTo(index === 0 ? NO_MIGRATIONS : names[index - 1])
  return {
    sqlite,
    db,
    migrate: () => migrateTo(name),
    rows: (table: string) =>
      sqlite.prepare(`select * from ${table} order by rowid`).all() as Record<string, unknown>[]
  }
}
