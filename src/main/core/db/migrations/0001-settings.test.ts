import { Kysely, SqliteDialect } from 'kysely'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { up } from './0001-settings'

describe('migration 0001-settings', () => {
  it('creates a settings table keyed by name', async () => {
    const db = new Kysely<{ settings: { key: string; value_json: string; updated_at: number } }>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') })
    })
    await up(db as Kysely<unknown>)
    await db.insertInto('settings').values({ key: 'a', value_json: '{}', updated_at: 1 }).execute()
    await expect(
      db.insertInto('settings').values({ key: 'a', value_json: '{}', updated_at: 2 }).execute()
    ).rejects.toThrow(/UNIQUE/)
    await db.destroy()
  })
})
