import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0010-record-labels', () => {
  it('adds an empty label to the log rows written before it, and keeps them', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0010-record-labels')
    sqlite
      .prepare(
        "insert into sync_records (run_id, flow, source_id, target_id, outcome, reason, created_at) values (1, 'customers', 'marie@example.be', '1628', 'created', null, 1)"
      )
      .run()
    expect(await migrate()).toEqual(['0010-record-labels'])
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
