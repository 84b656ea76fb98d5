import { describe, expect, it, onTestFinished } from 'vitest'
import { createCore } from '../../src/main/core/create-core'
import { createFlowsFactory } from '../../src/main/core/flows/create-flows'
import { KeychainSecretStore, type Keyring } from '../../src/main/core/secrets/keychain-store'
import { connectionSettings, startSimulatorPair, totalWrites } from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

/**
 * The keychain that holds the keys is locked when a run starts (a shop PC whose session locked it,
 * or whose keychain service is gone): the run fails with its own code, which the hosts word as
 * "unlock the keychain", not as a fault in Kassabrug; once unlocked, the next run goes through.
 */
const tempDir = useTempDir()

/** The keychain binding over a map, locked on demand as the OS binding reports it. */
function lockableKeyring(): { keyring: Keyring; lock(locked: boolean): void } {
  const items = new Map<string, string>()
  let locked = false
  const open = async <T>(operation: () => T): Promise<T> => {
    if (locked) throw new Error('Platform failure: Keyring is locked')
    return operation()
  }
  return {
    lock: (value) => (locked = value),
    keyring: {
      findCredentials: () => open(() => [...items.keys()]),
      getPassword: (_service, account) => open(() => items.get(account) ?? null),
      setPassword: (_service, account, secret) => open(() => void items.set(account, secret)),
      deletePassword: (_service, account) => open(() => items.delete(account)),
      readLegacy: async () => null,
      deleteLegacy: async () => false
    }
  }
}

describe('a run that cannot read its keys from the keychain', () => {
  it('is refused as keychain-unavailable, not as "not set up"; it fails with that code when the keychain goes away after the run started; it goes through once unlocked', async () => {
    const pair = await startSimulatorPair({ products: 3, members: 5, seed: 4 })
    onTestFinished(() => pair.close())
    const { keyring, lock } = lockableKeyring()
    const secrets = new KeychainSecretStore('Kassabrug-test', async () => keyring)
    await secrets.set('mailchimp', pair.mailchimp.apiKey)
    await secrets.set('mplus', pair.mplus.secret)
    const core = await createCore({
      dataDir: tempDir(),
      secrets,
      version: 'test',
      flows: createFlowsFactory({})
    })
    onTestFinished(() => core.close())
    await core.call('settings.update', connectionSettings(pair))
    await core.call('sync.setFlow', { flow: 'customers', enabled: true })
    pair.mailchimp.resetCounts()
    pair.mplus.resetCounts()

    lock(true)
    await expect(core.call('sync.runNow', { flow: 'customers', wait: true })).rejects.toMatchObject(
      {
        code: 'keychain-unavailable',
        message: expect.stringMatching(/credentials of mailchimp and mplus are not available/)
      }
    )
    const status = await core.call('sync.status')
    expect(status.state).toBe('not-set-up')
    expect(status.notSetUp).toEqual([
      { connection: 'mailchimp', missing: ['apiKey'], keychainUnreadable: true },
      { connection: 'mplus', missing: ['secret'], keychainUnreadable: true }
    ])

    // Readable at the readiness check, gone by the time the run reads its keys.
    lock(false)
    const lockAtStart = core.events.subscribe((event) => {
      if (event.name === 'run.started') lock(true)
    })
    const failed = await core.call('sync.runNow', { flow: 'customers', wait: true })
    lockAtStart()
    expect(failed.runs.map((run) => [run.status, run.problems])).toEqual([
      ['failed', [{ code: 'keychain-unavailable', params: {} }]]
    ])
    expect(failed.runs[0].error).toMatch(/keychain is locked/)
    expect(totalWrites(pair)).toBe(0)

    lock(false)
    const unlocked = await core.call('sync.runNow', { flow: 'customers', wait: true })
    expect(unlocked.runs.map((run) => [run.status, run.counts.failed])).toEqual([['succeeded', 0]])
    expect(unlocked.runs[0].counts.created + unlocked.runs[0].counts.linked).toBe(5)
  })
})
