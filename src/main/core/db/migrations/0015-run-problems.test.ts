import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0015-run-problems', () => {
  it('keeps existing runs with their error sentence and no problem codes', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0015-run-problems')
    sqlite
      .prepare(
        "insert into sync_runs (flow, trigger, status, started_at, created, updated, linked, unchanged, waiting, failed, error) values ('customers', 'manual', 'failed', 1, 0, 0, 0, 0, 0, 0, 'Mailchimp refused')"
      )
      .run()
    expect(await migrate()).toEqual(['0015-run-problems'])
    expect(sqlite.prepare('select error, problems_json from sync_runs').get()).toEqual({
      error: 'Mailchimp refused',
      problems_json: null
    })
    sqlite
      .prepare(
        `insert into sync_runs (flow, trigger, status, started_at, created, updated, unchanged, waiting, failed, problems_json) values ('customers', 'manual', 'failed', 2, 0, 0, 0, 0, 0, '[{"code":"lease-lost","params":{}}]')`
      )
      .run()
    expect(
      sqlite.prepare('select problems_json from sync_runs where started_at = 2').get()
    ).toEqual({ problems_json: '[{"code":"lease-lost","params":{}}]' })
    await db.destroy()
  })
})
