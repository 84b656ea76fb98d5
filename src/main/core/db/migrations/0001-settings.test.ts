import { describe, expect, it } from 'vitest'
import { databaseBefore } from '../../../../../tests/support/migration-steps'

describe('migration 0001-settings', () => {
  // The first migration has no N−1 holding rows: it starts from a new, empty file.
  it('turns an empty file into one with a settings table keyed by name', async () => {
    const { sqlite, db, migrate, rows } = await databaseBefore('0001-settings')
    expect(await migrate()).toEqual(['0001-settings'])
    const insert = sqlite.prepare(
      'insert into settings (key, value_json, updated_at) values (?, ?, ?)'
    )
    insert.run('app', '{"language":"nl"}', 1)
    expect(() => insert.run('app', '{}', 2)).toThrow(/UNIQUE/)
    expect(rows('settings')).toEqual([
      { key: 'app', value_json: '{"language":"nl"}', updated_at: 1 }
    ])
    await db.destroy()
  })
})
