import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import { up } from './0003-mappings'

describe('migration 0003-mappings', () => {
  it('keys a mapping by flow and a lookup table by name, and requires their JSON', async () => {
    const sqlite = new BetterSqlite3(':memory:')
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
    await up(db)
    const mapping = sqlite.prepare(
      "insert into mappings (flow, mapping_json, updated_at) values ('customers', '{}', 1)"
    )
    mapping.run()
    expect(() => mapping.run()).toThrow(/UNIQUE/)
    const table = sqlite.prepare(
      "insert into mapping_lookups (name, table_json, updated_at) values ('vatCodeByCountry', '{}', 1)"
    )
    table.run()
    expect(() => table.run()).toThrow(/UNIQUE/)
    expect(() =>
      sqlite
        .prepare(
          "insert into mappings (flow, mapping_json, updated_at) values ('products', null, 1)"
        )
        .run()
    ).toThrow(/NOT NULL/)
    await db.destroy()
  })
})
