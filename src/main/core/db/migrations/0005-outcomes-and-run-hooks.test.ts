import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0005-outcomes-and-run-hooks', () => {
  it('keeps the old skipped counts as unchanged, adds linked, and keys hook markers by flow', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0005-outcomes-and-run-hooks')
    sqlite
      .prepare(
        "insert into sync_runs (flow, trigger, status, started_at, created, updated, skipped, waiting, failed) values ('customers', 'manual', 'succeeded', 1, 2, 3, 4, 0, 0)"
      )
      .run()
    sqlite
      .prepare(
        "insert into sync_records (run_id, flow, source_id, outcome, created_at) values (1, 'customers', 'a', 'skipped', 1)"
      )
      .run()
    expect(await migrate()).toEqual(['0005-outcomes-and-run-hooks'])
    expect(
      sqlite.prepare('select created, updated, unchanged, linked from sync_runs').get()
    ).toEqual({
      created: 2,
      updated: 3,
      unchanged: 4,
      linked: 0
    })
    expect(sqlite.prepare('select outcome from sync_records').get()).toEqual({
      outcome: 'unchanged'
    })
    const marker = sqlite.prepare(
      "insert into sync_hooks_pending (flow, run_id, started_at) values ('orders-out', 1, 1)"
    )
    marker.run()
    expect(() => marker.run()).toThrow(/UNIQUE/)
    await db.destroy()
  })
})
