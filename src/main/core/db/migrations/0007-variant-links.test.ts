import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import { up } from './0007-variant-links'

describe('migration 0007-variant-links', () => {
  it('keeps one Mailchimp product and variant per article, replaced by the next write', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    await up(db)
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
