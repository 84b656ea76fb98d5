import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0011-record-notices', () => {
  it('keeps existing rows, without notices and with no warned records', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0011-record-notices')
    sqlite
      .prepare(
        "insert into sync_runs (flow, trigger, status, started_at, created, updated, unchanged, waiting, failed) values ('customers', 'manual', 'succeeded', 1, 2, 0, 0, 0, 0)"
      )
      .run()
    sqlite
      .prepare(
        "insert into sync_records (run_id, flow, source_id, outcome, label, created_at) values (1, 'customers', 'a', 'created', 'Marie Peeters', 1)"
      )
      .run()
    expect(await migrate()).toEqual(['0011-record-notices'])
    expect(sqlite.prepare('select warned from sync_runs').get()).toEqual({ warned: 0 })
    expect(sqlite.prepare('select label, notices_json from sync_records').get()).toEqual({
      label: 'Marie Peeters',
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
