import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0012-skipped-count', () => {
  it('keeps existing runs and their counts, with no skipped records', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0012-skipped-count')
    sqlite
      .prepare(
        "insert into sync_runs (flow, trigger, status, started_at, created, updated, linked, unchanged, waiting, failed, warned) values ('orders-out', 'manual', 'succeeded', 1, 2, 1, 0, 3, 0, 0, 1)"
      )
      .run()
    expect(await migrate()).toEqual(['0012-skipped-count'])
    expect(
      sqlite.prepare('select created, updated, unchanged, warned, skipped from sync_runs').get()
    ).toEqual({ created: 2, updated: 1, unchanged: 3, warned: 1, skipped: 0 })
    sqlite
      .prepare(
        "insert into sync_runs (flow, trigger, status, started_at, created, updated, unchanged, skipped, waiting, failed) values ('orders-out', 'manual', 'succeeded', 2, 0, 0, 0, 4, 0, 0)"
      )
      .run()
    expect(sqlite.prepare('select skipped from sync_runs where started_at = 2').get()).toEqual({
      skipped: 4
    })
    await db.destroy()
  })
})
