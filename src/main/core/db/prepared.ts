import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'

const built = new WeakMap<BetterSqlite3.Database, Map<unknown, unknown>>()

/**
 * What `build` prepares on this database handle, built at the first call and kept as long as the
 * handle: statements on a hot path are prepared once, not per call. `build` is the key, so pass
 * a function that lives as long as the module (not a new arrow per call).
 */
export function preparedOnce<T>(
  sqlite: BetterSqlite3.Database,
  build: (sqlite: BetterSqlite3.Database) => T
): T {
  let kept = built.get(sqlite)
  if (!kept) {
    kept = new Map()
    built.set(sqlite, kept)
  }
  if (!kept.has(build)) kept.set(build, build(sqlite))
  return kept.get(build) as T
}

/**
 * Runs `work` (synchronous better-sqlite3 statements on the handle under `db`) as one SQLite
 * transaction while holding kysely's one connection: no kysely transaction is open around it,
 * and none starts before it has committed. Run without that, a statement could land inside
 * another caller's open transaction, and be rolled back with it.
 */
export function exclusiveTransaction<DB, T>(
  db: Kysely<DB>,
  sqlite: BetterSqlite3.Database,
  work: () => T
): Promise<T> {
  return db.connection().execute(async () => sqlite.transaction(work)())
}
