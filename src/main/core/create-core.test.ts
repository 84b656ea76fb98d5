import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../tests/support/temp-dir'
import { createCore } from './create-core'
import { KeychainSecretStore } from './secrets/keychain-store'
import { MemorySecretStore } from './secrets/memory-store'

const tempDir = useTempDir()

describe('createCore', () => {
  it('reports real status: version, data dir, schema, keychain and what each connection lacks', async () => {
    const dataDir = tempDir()
    const core = await createCore({ dataDir, secrets: new MemorySecretStore(), version: '1.2.3' })
    const status = await core.call('app.status')
    expect(status.version).toBe('1.2.3')
    expect(status.dataDir).toBe(dataDir)
    expect(status.database.schemaVersion).toBeGreaterThanOrEqual(1)
    expect(status.keychain).toEqual({
      available: true,
      backend: 'memory',
      problem: null,
      reason: null
    })
    expect(status.connections.mailchimp).toEqual({
      configured: false,
      missing: ['apiKey', 'listId', 'storeId']
    })
    expect(status.connections.mplus.missing).toEqual(['host', 'port', 'ident', 'secret'])
    await core.close()
  })

  it('merges settings updates, persists them across restarts and announces the new status', async () => {
    const dataDir = tempDir()
    const secrets = new MemorySecretStore()
    const core = await createCore({ dataDir, secrets, version: '1' })
    const seen: string[] = []
    core.events.subscribe((event) => seen.push(event.name))
    await core.call('settings.update', { mplus: { host: 'kassa.local', port: 8443 } })
    const updated = await core.call('settings.update', { mplus: { ident: 'shop' }, language: 'fr' })
    expect(updated.mplus).toMatchObject({
      host: 'kassa.local',
      port: 8443,
      ident: 'shop',
      useTls: true
    })
    expect(updated.language).toBe('fr')
    expect(seen).toEqual(['status.changed', 'status.changed'])
    await core.close()

    const reopened = await createCore({ dataDir, secrets, version: '1' })
    expect((await reopened.call('settings.get')).mplus.host).toBe('kassa.local')
    await reopened.call('secrets.set', { connection: 'mplus', secret: 's3cret' })
    expect((await reopened.call('app.status')).connections.mplus).toEqual({
      configured: true,
      missing: []
    })
    await reopened.close()
  })

  it('pauses and resumes the schedule, telling the tray at once', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: '1'
    })
    await core.call('sync.setFlow', { flow: 'customers', enabled: true })
    const told: boolean[] = []
    core.events.subscribe((event) => {
      if (event.name === 'sync.status.changed') told.push(event.payload.paused)
    })
    await core.call('settings.update', { syncPaused: true })
    const paused = await core.call('sync.status')
    expect(paused.paused).toBe(true)
    expect(paused.flows.find((f) => f.flow === 'customers')?.nextRunAt).toBeNull()
    await core.call('settings.update', { syncPaused: false })
    expect(
      (await core.call('sync.status')).flows.find((f) => f.flow === 'customers')?.nextRunAt
    ).not.toBeNull()
    expect(told.slice(0, 2)).toEqual([true, false])
    await core.close()
  })

  it('refuses invalid input with the field named, and unknown calls', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: '1'
    })
    const reply = await core.invoke('settings.update', {
      logRetentionDays: 0,
      mplus: { port: 'x' }
    })
    expect(reply.ok).toBe(false)
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-input')
      expect(reply.error.issues?.map((i) => i.path).sort()).toEqual([
        'logRetentionDays',
        'mplus.port'
      ])
    }
    const unknownField = await core.invoke('settings.update', { mplus: { password: 'x' } })
    expect(unknownField.ok).toBe(false)
    const unknown = await core.invoke('app.shutdown', {})
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await core.close()
  })

  it('refuses to store a secret when the keychain is unavailable, and says why', async () => {
    const noKeychain = new KeychainSecretStore('Kassabrug-test', async () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    })
    const core = await createCore({ dataDir: tempDir(), secrets: noKeychain, version: '1' })
    const status = await core.call('secrets.status')
    expect(status.keychain.available).toBe(false)
    expect(status.keychain).toMatchObject({ problem: 'no-service', reason: /D-Bus/ })
    expect(status.sources).toEqual({ mailchimp: null, mplus: null })
    await expect(
      core.call('secrets.set', { connection: 'mailchimp', secret: 'k-us1' })
    ).rejects.toMatchObject({
      code: 'keychain-unavailable'
    })
    await core.close()
  })

  it('uses a credential given at run time without a keychain, and says where it comes from', async () => {
    const noKeychain = new KeychainSecretStore('Kassabrug-test', async () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    })
    const core = await createCore({
      dataDir: tempDir(),
      secrets: noKeychain,
      runtimeSecrets: { mplus: { secret: 'from-env', source: 'environment' } },
      version: '1'
    })
    const status = await core.call('app.status')
    expect(status.secretSources).toEqual({ mailchimp: null, mplus: 'environment' })
    expect(status.connections.mplus.missing).not.toContain('secret')
    expect(status.connections.mailchimp.missing).toContain('apiKey')
    await core.close()
  })
})
