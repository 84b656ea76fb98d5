import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { createCore, databaseFileName } from '../create-core'
import { silentLogger } from '../logger'
import { MemorySecretStore } from '../secrets/memory-store'
import { listBackups, restoreBackupFile } from './backups'
import { createDatabaseModule } from './database-module'
import { openDatabase } from './open-database'

const tempDir = useTempDir('kassabrug-backup-')

describe('backup and restore through the contract', () => {
  it('db.restore puts the newest backup back in the live database, after a safety copy', async () => {
    const dataDir = tempDir()
    const core = await createCore({ dataDir, secrets: new MemorySecretStore(), version: '1' })
    await core.call('settings.update', { logRetentionDays: 11 })
    const made = await core.call('db.backup')
    expect(made.reason).toBe('manual')
    await core.call('settings.update', { logRetentionDays: 99 })
    const seen: string[] = []
    core.events.subscribe((event) => seen.push(event.name))
    const { restored, safetyCopy } = await core.call('db.restore', {})
    expect(restored.file).toBe(made.file)
    expect(safetyCopy.reason).toBe('pre-restore')
    expect((await core.call('settings.get')).logRetentionDays).toBe(11)
    expect(seen).toContain('status.changed')
    const status = await core.call('db.status')
    expect(status.backups.map((entry) => entry.reason)).toEqual(['pre-restore', 'manual'])
    // The safety copy holds the state before the restore.
    await core.call('db.restore', { file: safetyCopy.file })
    expect((await core.call('settings.get')).logRetentionDays).toBe(99)
    expect(await core.call('db.check', { full: true })).toEqual({
      full: true,
      ok: true,
      detail: null
    })
    await core.close()
  })

  it('db.restore refuses a file that is not one of the backups, and says when there is none', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: '1'
    })
    await expect(core.call('db.restore', {})).rejects.toMatchObject({ code: 'not-found' })
    await expect(core.call('db.restore', { file: '/etc/passwd' })).rejects.toMatchObject({
      code: 'not-found'
    })
    await core.close()
  })

  it('restoring offline sets the damaged file aside (never deletes it) and the result opens', async () => {
    const dataDir = tempDir()
    const core = await createCore({ dataDir, secrets: new MemorySecretStore(), version: '1' })
    await core.call('settings.update', { logRetentionDays: 42 })
    const made = await core.call('db.backup')
    await core.close()
    const path = join(dataDir, databaseFileName)
    const { setAside } = restoreBackupFile(path, made.file, Date.now())
    expect(setAside && existsSync(setAside)).toBe(true)
    const again = await createCore({ dataDir, secrets: new MemorySecretStore(), version: '1' })
    expect((await again.call('settings.get')).logRetentionDays).toBe(42)
    await again.close()
  })

  it('makes the daily backup when none is a day old, and not again within the day', async () => {
    const dir = tempDir()
    const database = await openDatabase(join(dir, databaseFileName))
    let now = Date.UTC(2026, 11, 1, 9)
    const module = createDatabaseModule({
      database,
      clock: { now: () => now, sleep: async () => undefined },
      logger: silentLogger,
      isSyncing: async () => false,
      afterRestore: async () => undefined
    })
    expect((await module.backupIfDue())?.reason).toBe('daily')
    now += 60 * 60 * 1000
    expect(await module.backupIfDue()).toBeNull()
    now += 24 * 60 * 60 * 1000
    expect((await module.backupIfDue())?.createdAt).toBe(now)
    expect(listBackups(database.path).map((entry) => entry.reason)).toEqual(['daily', 'daily'])
    await module.close()
    await database.close()
  })
})
