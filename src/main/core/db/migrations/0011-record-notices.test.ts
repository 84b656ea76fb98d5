import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import { up as up0002 } from './0002-sync-engine'
import { up as up0005 } from './0005-outcomes-and-run-hooks'
import { up } from './0011-record-notices'

describe('migration 0011-record-notices', () => {
  it('keeps existing rows, without notices and with no warned records', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    await up0002(db)
    await up0005(db)
    sqlite
      .prepare(
        "insert into sync_runs (flow, trigger, status, started_at, created, updated, unchanged, waiting, failed) values ('customers', 'manual', 'succeeded', 1, 2, 0, 0, 0, 0)"
      )
      .run()
    sqlite
      .prepare(
        "insert into sync_records (run_id, flow, source_id, outcome, created_at) values (1, 'customers', 'a', 'created', 1)"
      )
      .run()
    await up(db)
    expect(sqlite.prepare('select warned from sync_runs').get()).toEqual({ warned: 0 })
    expect(sqlite.prepare('select notices_json from sync_records').get()).toEqual({
      notices_json: null
    })
    sqlite
      .prepare(
        "insert into sync_pending (flow, source_id, state, source_json, reason, updated_at, notices_json) values ('customers', 'a', 'attention', '{}', 'x', 1, ?)"
      )
      .run('[{"code":"invalid-unicode","params":{"field":"name"}}]')
    expect(sqlite.prepare('select notices_json from sync_pending').get()).toEqual({
      notices_json: '[{"code":"invalid-unicode","params":{"field":"name"}}]'
    })
    await db.destroy()
  })
})
