import { statSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { openDatabase } from './open-database'

const tempDir = useTempDir()

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return true
}

describe('background checkpoints', () => {
  it('copies the write-ahead log into the database from a worker, never on the committing connection', async () => {
    const path = join(tempDir(), 'k.sqlite')
    const opened = await openDatabase(path, { backgroundCheckpoints: {} })
    const { sqlite } = opened
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    const before = statSync(path).size
    // About 4 MB in many small commits: far past the 1 000 pages at which the committing
    // connection would checkpoint by itself.
    sqlite.exec('create table filler (text text)')
    const insert = sqlite.prepare('insert into filler values (?)')
    for (let i = 0; i < 1000; i++) insert.run('x'.repeat(4000))
    // The rows reach the database file only through the worker's checkpoint.
    expect(await until(() => statSync(path).size > before + 3_000_000)).toBe(true)
    const count = await sql<{ n: number }>`select count(*) as n from filler`.execute(opened.db)
    expect(count.rows[0].n).toBe(1000)
    await opened.close()
  })

  it('checkpoints at once when asked, and answers when the log is copied', async () => {
    const path = join(tempDir(), 'k.sqlite')
    const opened = await openDatabase(path, { backgroundCheckpoints: {} })
    opened.sqlite.exec('create table filler (text text)')
    const insert = opened.sqlite.prepare('insert into filler values (?)')
    for (let i = 0; i < 50; i++) insert.run('x'.repeat(4000))
    const result = await opened.checkpoint()
    expect(result?.frames).toBeGreaterThan(50)
    expect(result?.copied).toBe(result?.frames)
    // Copied: the next write starts the log again from its beginning.
    insert.run('y')
    expect((await opened.checkpoint())?.frames).toBeLessThan(10)
    await opened.close()
    expect(await opened.checkpoint()).toBeNull()
  })

  it('leaves checkpoints to SQLite when not asked for', async () => {
    const plain = await openDatabase(join(tempDir(), 'k.sqlite'))
    expect(plain.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000)
    expect(await plain.checkpoint()).toBeNull()
    await plain.close()
  })
})
