import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import { shippedMigrations } from '.'
import { up } from './0010-record-labels'

describe('migration 0010-record-labels', () => {
  it('adds an empty label to the log rows written before it, and keeps them and their search', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    for (const [name, migration] of Object.entries(shippedMigrations)) {
      if (name >= '0010') break
      await migration.up(db)
    }
    sqlite
      .prepare(
        "insert into sync_records (run_id, flow, source_id, target_id, outcome, reason, created_at) values (1, 'customers', 'marie@example.be', '1628', 'created', null, 1)"
      )
      .run()
    await up(db)
    expect(sqlite.prepare('select source_id, target_id, label from sync_records').all()).toEqual([
      { source_id: 'marie@example.be', target_id: '1628', label: null }
    ])
    sqlite
      .prepare(
        "insert into sync_records (run_id, flow, source_id, outcome, label, created_at) values (1, 'products', '41', 'created', 'Stroopwafels', 2)"
      )
      .run()
    expect(sqlite.prepare("select label from sync_records where source_id = '41'").get()).toEqual({
      label: 'Stroopwafels'
    })
    await db.destroy()
  })
})
