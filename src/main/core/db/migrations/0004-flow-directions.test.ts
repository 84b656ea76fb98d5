import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

async function migratedFrom0003(direction: string | null) {
  const at0003 = await databaseBefore('0004-flow-directions')
  const { sqlite } = at0003
  const flowOptions = direction ? { customersSource: 'store', categoriesDirection: direction } : {}
  sqlite
    .prepare("insert into settings (key, value_json, updated_at) values ('app', ?, 1)")
    .run(JSON.stringify({ language: 'en', flowOptions }))
  const insert = (statement: string, ...values: unknown[]) =>
    sqlite.prepare(statement).run(...values)
  insert(
    "insert into sync_flows (flow, enabled, schedule, updated_at) values ('categories', 1, '*/7 * * * *', 1)"
  )
  insert("insert into sync_checkpoints (flow, position, updated_at) values ('categories', null, 1)")
  // Written by the old forward direction, then by the reverse one, then two records in retry.
  const ledger =
    'insert into sync_ledger (flow, source_id, target_id, attempts, updated_at) values (?, ?, ?, ?, 1)'
  insert(ledger, 'categories', '12', 'type:Kleding', 0)
  insert(ledger, 'categories', 'fietsen', '301', 0)
  insert(ledger, 'categories', 'lampen', null, 2)
  insert(ledger, 'categories', '14', null, 1)
  const pending =
    "insert into sync_pending (flow, source_id, state, source_json, reason, updated_at) values ('categories', ?, 'retry', ?, 'r', 1)"
  insert(pending, 'lampen', JSON.stringify({ type: 'Lampen' }))
  insert(pending, '14', JSON.stringify({ groupNumber: 14, name: 'Tassen', productNumbers: [] }))
  insert(pending, 'no-id:ab', '{not json')
  expect(await at0003.migrate()).toEqual(['0004-flow-directions'])
  return at0003
}

const rows = (sqlite: BetterSqlite3.Database, table: string) =>
  sqlite.prepare(`select * from ${table} order by flow, rowid`).all() as Record<string, unknown>[]

const settingsJson = (sqlite: BetterSqlite3.Database) =>
  (
    sqlite.prepare("select value_json from settings where key = 'app'").get() as {
      value_json: string
    }
  ).value_json

describe('migration 0004-flow-directions', () => {
  it('carries the reverse direction to product-types: its ledger, retries, switch, schedule and checkpoint', async () => {
    const { sqlite, db } = await migratedFrom0003('mailchimp-to-mplus')
    expect(
      rows(sqlite, 'sync_ledger').map((row) => [row.flow, row.source_id, row.target_id])
    ).toEqual([
      ['categories', '12', 'type:Kleding'],
      ['categories', '14', null],
      ['product-types', 'fietsen', '301'],
      ['product-types', 'lampen', null]
    ])
    expect(rows(sqlite, 'sync_pending').map((row) => [row.flow, row.source_id])).toEqual([
      ['categories', '14'],
      ['product-types', 'lampen'],
      // Unreadable: it goes with the direction that was on.
      ['product-types', 'no-id:ab']
    ])
    expect(rows(sqlite, 'sync_flows')).toMatchObject([
      { flow: 'product-types', enabled: 1, schedule: '*/7 * * * *' }
    ])
    expect(rows(sqlite, 'sync_checkpoints')).toMatchObject([{ flow: 'product-types' }])
    const settings = JSON.parse(settingsJson(sqlite))
    expect(settings).toEqual({ language: 'en', flowOptions: { customersSource: 'store' } })
    await db.destroy()
  })

  it('keeps the forward direction on categories and sorts out rows of an earlier reverse run', async () => {
    const { sqlite, db } = await migratedFrom0003('mplus-to-mailchimp')
    expect(rows(sqlite, 'sync_flows')).toMatchObject([{ flow: 'categories', enabled: 1 }])
    expect(rows(sqlite, 'sync_checkpoints')).toMatchObject([{ flow: 'categories' }])
    expect(rows(sqlite, 'sync_pending').map((row) => [row.flow, row.source_id])).toEqual([
      ['categories', '14'],
      ['categories', 'no-id:ab'],
      ['product-types', 'lampen']
    ])
    expect(
      rows(sqlite, 'sync_ledger')
        .filter((row) => row.flow === 'product-types')
        .map((row) => row.source_id)
    ).toEqual(['fietsen', 'lampen'])
    await db.destroy()
  })

  it('leaves a database that never chose a direction as it was', async () => {
    const { sqlite, db } = await migratedFrom0003(null)
    expect(rows(sqlite, 'sync_flows')).toMatchObject([{ flow: 'categories' }])
    expect(JSON.parse(settingsJson(sqlite))).toEqual({
      language: 'en',
      flowOptions: {}
    })
    await db.destroy()
  })
})
