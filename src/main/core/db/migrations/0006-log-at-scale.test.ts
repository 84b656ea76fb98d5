import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0006-log-at-scale', () => {
  it('stops indexing per inserted row and marks every row indexed so far', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0006-log-at-scale')
    const insert = sqlite.prepare(
      `insert into sync_records (run_id, flow, source_id, outcome, reason, created_at)
       values (1, 'customers', ?, 'failed', ?, 1)`
    )
    insert.run('jan@example.nl', 'postal code invalid')
    insert.run('piet@example.nl', 'postal code invalid')
    expect(await migrate()).toEqual(['0006-log-at-scale'])

    const search = (text: string) =>
      sqlite.prepare('select rowid from sync_records_fts where sync_records_fts match ?').all(text)
    expect(search('"postal"')).toHaveLength(2)
    expect(sqlite.prepare('select indexed_upto from sync_records_fts_state').get()).toEqual({
      indexed_upto: 2
    })
    // No trigger any more: a new row waits for the indexer, and deleting it leaves the index alone.
    insert.run('kees@example.nl', 'postal code invalid')
    expect(search('"postal"')).toHaveLength(2)
    sqlite.prepare("delete from sync_records where source_id = 'kees@example.nl'").run()
    expect(() =>
      sqlite
        .prepare("insert into sync_records_fts(sync_records_fts) values ('integrity-check')")
        .run()
    ).not.toThrow()
    expect(() =>
      sqlite.prepare('insert into sync_records_fts_state (id, indexed_upto) values (2, 0)').run()
    ).toThrow(/CHECK/)
    await db.destroy()
  })

  it('starts an empty log at 0', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0006-log-at-scale')
    expect(await migrate()).toEqual(['0006-log-at-scale'])
    expect(sqlite.prepare('select indexed_upto from sync_records_fts_state').get()).toEqual({
      indexed_upto: 0
    })
    await db.destroy()
  })
})
