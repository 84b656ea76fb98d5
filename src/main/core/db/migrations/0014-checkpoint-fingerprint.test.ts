import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0014-checkpoint-fingerprint', () => {
  it('keeps every checkpoint, with an unknown fingerprint, and stores one from then on', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0014-checkpoint-fingerprint')
    sqlite
      .prepare(
        "insert into sync_checkpoints (flow, position, updated_at) values ('products', '{\"marker\":41}', 5), ('customers', null, 6)"
      )
      .run()
    expect(await migrate()).toEqual(['0014-checkpoint-fingerprint'])
    expect(
      sqlite
        .prepare(
          'select flow, position, updated_at, fingerprint from sync_checkpoints order by flow'
        )
        .all()
    ).toEqual([
      { flow: 'customers', position: null, updated_at: 6, fingerprint: null },
      { flow: 'products', position: '{"marker":41}', updated_at: 5, fingerprint: null }
    ])
    sqlite.prepare("update sync_checkpoints set fingerprint = 'abc' where flow = 'products'").run()
    expect(
      sqlite.prepare("select fingerprint from sync_checkpoints where flow = 'products'").get()
    ).toEqual({ fingerprint: 'abc' })
    await db.destroy()
  })
})
