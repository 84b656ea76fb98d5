import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0007-variant-links', () => {
  it('keeps one Mailchimp product and variant per article, replaced by the next write', async () => {
    const { sqlite, db, migrate } = await databaseBefore('0007-variant-links')
    // The products flow's ledger row stays as it was: the links are a table of their own.
    sqlite
      .prepare(
        "insert into sync_ledger (flow, source_id, target_id, payload_hash, attempts, updated_at) values ('products', '10', '10', 'h', 0, 1)"
      )
      .run()
    expect(await migrate()).toEqual(['0007-variant-links'])
    expect(sqlite.prepare('select flow, source_id, target_id from sync_ledger').all()).toEqual([
      { flow: 'products', source_id: '10', target_id: '10' }
    ])
    const upsert = sqlite.prepare(
      `insert into variant_links (article_number, product_id, variant_id, updated_at) values (?, ?, ?, ?)
       on conflict (article_number) do update set product_id = excluded.product_id, variant_id = excluded.variant_id`
    )
    upsert.run('1001', '10', '1001', 1)
    upsert.run('1001', '10', 'SKU-1001', 2)
    expect(
      sqlite.prepare('select article_number, product_id, variant_id from variant_links').all()
    ).toEqual([{ article_number: '1001', product_id: '10', variant_id: 'SKU-1001' }])
    expect(() =>
      sqlite
        .prepare(
          'insert into variant_links (article_number, product_id, updated_at) values (?, ?, ?)'
        )
        .run('1002', '10', 1)
    ).toThrow(/NOT NULL/)
    await db.destroy()
  })
})
