import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0003-mappings', () => {
  it('keeps the sync rows and keys a mapping by flow and a lookup table by name, requiring their JSON', async () => {
    const { sqlite, db, migrate, rows } = await databaseBefore('0003-mappings')
    sqlite
      .prepare(
        "insert into sync_flows (flow, enabled, schedule, updated_at) values ('customers', 1, '0 * * * *', 1)"
      )
      .run()
    sqlite
      .prepare(
        "insert into sync_ledger (flow, source_id, target_id, attempts, updated_at) values ('customers', 'a@x.nl', '17', 0, 2)"
      )
      .run()
    expect(await migrate()).toEqual(['0003-mappings'])
    expect(rows('sync_flows')).toEqual([
      { flow: 'customers', enabled: 1, schedule: '0 * * * *', updated_at: 1 }
    ])
    expect(rows('sync_ledger')).toMatchObject([
      { flow: 'customers', source_id: 'a@x.nl', target_id: '17', attempts: 0, updated_at: 2 }
    ])

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
