import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

async function withSettings() {
  const at0001 = await databaseBefore('0002-sync-engine')
  at0001.sqlite
    .prepare("insert into settings (key, value_json, updated_at) values ('app', ?, 5)")
    .run('{"language":"fr"}')
  expect(await at0001.migrate()).toEqual(['0002-sync-engine'])
  return at0001
}

describe('migration 0002-sync-engine', () => {
  it('keeps the settings rows and keys the ledger and the pending queue by flow and source id', async () => {
    const { sqlite, db, rows } = await withSettings()
    expect(rows('settings')).toEqual([
      { key: 'app', value_json: '{"language":"fr"}', updated_at: 5 }
    ])
    const ledger = sqlite.prepare(
      "insert into sync_ledger (flow, source_id, attempts, updated_at) values ('customers', 'a@x.nl', 0, 1)"
    )
    ledger.run()
    expect(() => ledger.run()).toThrow(/UNIQUE/)
    const pending = sqlite.prepare(
      "insert into sync_pending (flow, source_id, state, source_json, reason, updated_at) values ('customers', 'a@x.nl', 'retry', '{}', 'r', 1)"
    )
    pending.run()
    expect(() => pending.run()).toThrow(/UNIQUE/)
    await db.destroy()
  })

  it('keeps the full-text index of the activity log in step with inserts and deletes', async () => {
    const { sqlite, db } = await withSettings()
    sqlite
      .prepare(
        `insert into sync_records (run_id, flow, source_id, outcome, reason, source_json, created_at)
         values (1, 'customers', 'jan@example.nl', 'failed', 'postal code invalid', '{"city":"Utrecht"}', 1)`
      )
      .run()
    const search = (text: string) =>
      sqlite.prepare('select rowid from sync_records_fts where sync_records_fts match ?').all(text)
    expect(search('"utrecht"')).toHaveLength(1)
    expect(search('"jan@example.nl"')).toHaveLength(1)
    sqlite.prepare('delete from sync_records').run()
    expect(search('"utrecht"')).toHaveLength(0)
    await db.destroy()
  })
})
