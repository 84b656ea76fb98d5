import {
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { createBackup, listBackups } from './backups'
import { DatabaseDamagedError } from './database-damaged-error'
import type { DatabaseDamageKind } from './database-file-check'
import { openDatabase, type OpenedDatabase } from './open-database'

const tempDir = useTempDir('kassabrug-damage-')

/** A real database with enough rows to span many pages. */
async function filledDatabase(dir: string): Promise<OpenedDatabase> {
  const opened = await openDatabase(join(dir, 'kassabrug.sqlite'))
  opened.sqlite.exec('create table filler (id integer primary key, text text not null)')
  const insert = opened.sqlite.prepare('insert into filler (text) values (?)')
  opened.sqlite.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run(`row ${i} ${'x'.repeat(60)}`)
  })()
  return opened
}

/** The files as a SIGKILL leaves them: database, log and index copied while the writer is open. */
function crashImage(opened: OpenedDatabase, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const target = join(dir, 'kassabrug.sqlite')
  for (const suffix of ['', '-wal', '-shm']) copyFileSync(opened.path + suffix, target + suffix)
  return target
}

async function damageOf(path: string): Promise<DatabaseDamagedError> {
  const error = await openDatabase(path).then(
    async (opened) => {
      await opened.close()
      throw new Error('the damaged database opened')
    },
    (failure: unknown) => failure
  )
  expect(error).toBeInstanceOf(DatabaseDamagedError)
  return error as DatabaseDamagedError
}

function expectDamage(error: DatabaseDamagedError, kind: DatabaseDamageKind, file: string): void {
  expect(error.code).toBe('database-damaged')
  expect(error.damage.kind).toBe(kind)
  expect(error.damage.file).toBe(file)
}

describe('a damaged database stops Kassabrug and is never replaced', () => {
  it('a 0-byte file: empty, left as it is, the newest backup offered', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    const backup = await createBackup(opened.sqlite, opened.path, 'manual', Date.now())
    await opened.close()
    writeFileSync(opened.path, '')
    const error = await damageOf(opened.path)
    expectDamage(error, 'empty', opened.path)
    expect(error.newestBackup?.file).toBe(backup.file)
    expect(statSync(opened.path).size).toBe(0)
  })

  it('a file cut to half its size: truncated, with the byte counts', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    await opened.close()
    const size = statSync(opened.path).size
    truncateSync(opened.path, Math.floor(size / 2 / 4096) * 4096)
    const error = await damageOf(opened.path)
    expectDamage(error, 'truncated', opened.path)
    expect(error.damage.detail).toMatch(/the header says \d+ pages/)
    expect(error.newestBackup).toBeNull()
  })

  it('a file cut in the middle of a page: truncated', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    await opened.close()
    truncateSync(opened.path, statSync(opened.path).size - 1000)
    expectDamage(await damageOf(opened.path), 'truncated', opened.path)
  })

  it('a garbage header, and a file that is no database at all: not-a-database', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    await opened.close()
    const fd = openSync(opened.path, 'r+')
    writeSync(fd, Buffer.from('garbage garbage!'), 0, 16, 0)
    closeSync(fd)
    expectDamage(await damageOf(opened.path), 'not-a-database', opened.path)
    const text = join(tempDir(), 'kassabrug.sqlite')
    writeFileSync(text, 'these are my shopping notes, not a database\n'.repeat(100))
    expectDamage(await damageOf(text), 'not-a-database', text)
  })

  it('a page damaged inside the file: malformed, in SQLite’s own words', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    await opened.close()
    const bytes = readFileSync(opened.path)
    // Overwrite a b-tree page in the middle with noise (the header stays valid).
    const page = Math.floor(bytes.length / 4096 / 2)
    for (let i = 0; i < 4096; i += 1) bytes[page * 4096 + i] = (i * 37) & 0xff
    writeFileSync(opened.path, bytes)
    const error = await damageOf(opened.path)
    expectDamage(error, 'malformed', opened.path)
    expect(error.damage.detail.length).toBeGreaterThan(0)
  })

  it('a crash image with an intact log opens with every committed row (no false alarm)', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    opened.sqlite.prepare("insert into filler (text) values ('the last commit')").run()
    const image = crashImage(opened, join(dir, 'crash'))
    await opened.close()
    expect(statSync(`${image}-wal`).size).toBeGreaterThan(0)
    const reopened = await openDatabase(image)
    const last = reopened.sqlite.prepare('select text from filler order by id desc limit 1').get()
    expect(last).toEqual({ text: 'the last commit' })
    await reopened.close()
  })

  it('a log with a damaged frame: wal-damaged, naming the -wal file (SQLite would drop it silently)', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    const image = crashImage(opened, join(dir, 'crash'))
    await opened.close()
    const wal = readFileSync(`${image}-wal`)
    wal[32 + 24 + 200] ^= 0xff
    writeFileSync(`${image}-wal`, wal)
    const error = await damageOf(image)
    expectDamage(error, 'wal-damaged', `${image}-wal`)
    expect(error.damage.detail).toMatch(/frame 1 .*checksum/)
    // Nothing was changed: the log is still there, byte for byte.
    expect(readFileSync(`${image}-wal`).equals(wal)).toBe(true)
  })

  it('a log with a garbage header: wal-damaged', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    const image = crashImage(opened, join(dir, 'crash'))
    await opened.close()
    const fd = openSync(`${image}-wal`, 'r+')
    writeSync(fd, Buffer.alloc(32, 0x41), 0, 32, 0)
    closeSync(fd)
    expectDamage(await damageOf(image), 'wal-damaged', `${image}-wal`)
  })

  it('a missing log with a stale index: wal-missing, naming the lost -wal', async () => {
    const dir = tempDir()
    const opened = await filledDatabase(dir)
    const image = crashImage(opened, join(dir, 'crash'))
    await opened.close()
    rmSync(`${image}-wal`)
    const error = await damageOf(image)
    expectDamage(error, 'wal-missing', `${image}-wal`)
    expect(error.damage.detail).toMatch(/held \d+ frame/)
    expect(existsSync(`${image}-shm`)).toBe(true)
  })
})

describe('backups', () => {
  it('are made before a migration on a database that has data, and pruned to a few generations', async () => {
    const dir = tempDir()
    const path = join(dir, 'kassabrug.sqlite')
    const { shippedMigrations } = await import('./migrations')
    const names = Object.keys(shippedMigrations).sort()
    const older = Object.fromEntries(names.slice(0, -1).map((n) => [n, shippedMigrations[n]]))
    await (await openDatabase(path, { migrations: older })).close()
    expect(listBackups(path)).toEqual([])
    const current = await openDatabase(path)
    const [preMigration] = listBackups(path)
    expect(preMigration.reason).toBe('pre-migration')
    const copy = await openDatabase(preMigration.file, { migrations: older })
    expect(copy.appliedMigrations).toEqual(names.slice(0, -1))
    await copy.close()
    for (let i = 1; i <= 9; i += 1) {
      await createBackup(current.sqlite, path, 'manual', Date.now() + i * 1000)
    }
    const kept = listBackups(path)
    expect(kept).toHaveLength(7)
    expect(kept.every((entry) => entry.reason === 'manual')).toBe(true)
    await current.close()
  })
})
