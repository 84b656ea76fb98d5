import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0013-log-text-merging', () => {
  it('keeps the indexed log rows searchable and stops the index merging inside a write', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0013-log-text-merging')
    const insert = sqlite.prepare(
      `insert into sync_records (run_id, flow, source_id, outcome, reason, created_at)
       values (1, 'customers', ?, 'failed', 'postal code invalid', 1)`
    )
    // Indexed as the background indexer of 0006 leaves them: one transaction a row.
    const index = sqlite.prepare(
      `insert into sync_records_fts (rowid, source_id, target_id, reason, source_json, sent_json)
       select id, source_id, target_id, reason, source_json, sent_json from sync_records
       where id = ?`
    )
    for (let i = 0; i < 16; i++) index.run(insert.run(`c${i}@example.nl`).lastInsertRowid)
    const segments = () =>
      (
        sqlite.prepare('select count(distinct segid) as n from sync_records_fts_idx').get() as {
          n: number
        }
      ).n
    // Before: FTS5's default automerge merged during those inserts (16 writes, 16 segments).
    expect(segments()).toBeLessThan(16)

    expect(await migrate()).toEqual(['0013-log-text-merging'])
    const config = Object.fromEntries(
      (
        sqlite.prepare('select k, v from sync_records_fts_config').all() as {
          k: string
          v: number
        }[]
      ).map((row) => [row.k, row.v])
    )
    expect(config).toMatchObject({ automerge: 0, usermerge: 16, crisismerge: 64 })
    const search = (text: string) =>
      sqlite.prepare('select rowid from sync_records_fts where sync_records_fts match ?').all(text)
    expect(search('"postal"')).toHaveLength(16)

    // After: 20 more one-row writes add 20 segments, none merged on the way.
    const was = segments()
    for (let i = 16; i < 36; i++) index.run(insert.run(`c${i}@example.nl`).lastInsertRowid)
    expect(segments()).toBe(was + 20)
    expect(search('"postal"')).toHaveLength(36)
    // A merge asked for does merge (LogMaintenance asks, a few pages at a time).
    sqlite
      .prepare("insert into sync_records_fts (sync_records_fts, rank) values ('merge', 500)")
      .run()
    expect(segments()).toBeLessThan(was + 20)
    sqlite
      .prepare("insert into sync_records_fts (sync_records_fts) values ('integrity-check')")
      .run()
    expect(search('"postal"')).toHaveLength(36)
    await db.destroy()
  })
})
