import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { shippedMigrations } from './migrations'
import BetterSqlite3 from 'better-sqlite3'
import { openDatabase, withStatementCache } from './open-database'

const tempDir = useTempDir()

describe('openDatabase', () => {
  it('creates the file with WAL and foreign keys on, and applies every shipped migration', async () => {
    const path = join(tempDir(), 'k.sqlite')
    const opened = await openDatabase(path)
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.appliedMigrations).toEqual(Object.keys(shippedMigrations).sort())
    await opened.close()
  })

  it('reopens an up-to-date database without changes', async () => {
    const path = join(tempDir(), 'k.sqlite')
    await (await openDatabase(path)).close()
    const again = await openDatabase(path)
    expect(again.appliedMigrations).toEqual(Object.keys(shippedMigrations).sort())
    await again.close()
  })

  it('refuses a database whose applied migrations are not a prefix of the shipped ones', async () => {
    const path = join(tempDir(), 'k.sqlite')
    const opened = await openDatabase(path)
    await sql`insert into kysely_migration (name, timestamp) values ('0000-from-the-future', 'x')`.execute(
      opened.db
    )
    await opened.close()
    await expect(openDatabase(path)).rejects.toThrow(
      /different version of Kassabrug.*unknown: 0000-from-the-future/s
    )
  })

  it('applies a newly shipped migration on top of an older database', async () => {
    const path = join(tempDir(), 'k.sqlite')
    const names = Object.keys(shippedMigrations).sort()
    const older = Object.fromEntries(names.slice(0, -1).map((n) => [n, shippedMigrations[n]]))
    await (await openDatabase(path, { migrations: older })).close()
    const current = await openDatabase(path)
    expect(current.appliedMigrations).toEqual(names)
    await current.close()
  })

  it('matches the schema snapshot (a change here needs a new migration, never an edited one)', async () => {
    const opened = await openDatabase(join(tempDir(), 'k.sqlite'))
    const schema = opened.sqlite
      .prepare(
        "select type, name, sql from sqlite_master where name not like 'sqlite_%' and name not like 'kysely_%' order by type, name"
      )
      .all() as { type: string; name: string; sql: string | null }[]
    await opened.close()
    const text =
      schema.map((row) => `-- ${row.type} ${row.name}\n${row.sql ?? ''};`).join('\n\n') + '\n'
    await expect(text).toMatchFileSnapshot('./__snapshots__/schema.sql')
  })

  it('keeps prepared statements by query text, bounded, and they survive a schema change', () => {
    const sqlite = new BetterSqlite3(':memory:')
    const cached = withStatementCache(sqlite, 2)
    cached.prepare('create table t (a integer)').run([])
    const insert = cached.prepare('insert into t (a) values (?)')
    insert.run([1])
    expect(cached.prepare('insert into t (a) values (?)')).toBe(insert)
    sqlite.exec('alter table t add column b text')
    cached.prepare('insert into t (a) values (?)').run([2])
    expect(cached.prepare('select a from t order by a').all([])).toEqual([{ a: 1 }, { a: 2 }])
    cached.prepare('select count(*) from t')
    // Two kept: the insert, used longest ago, was dropped.
    expect(cached.prepare('insert into t (a) values (?)')).not.toBe(insert)
    const streamed = cached.prepare('select a from t order by a')
    const rows = streamed.iterate([])
    rows.next()
    expect(cached.prepare('select a from t order by a')).not.toBe(streamed)
    rows.return?.()
    cached.close()
  })
})
