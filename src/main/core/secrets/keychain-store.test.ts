import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { KeychainSecretStore, describeKeychainFailure, loadKeyringModule } from './keychain-store'

// The real OS keychain (Secret Service over D-Bus). CI runs vitest inside dbus-run-session with an
// unlocked gnome-keyring, so there this must run; a developer machine without a session bus skips.
const hasSessionBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS)
const mustRun = Boolean(process.env.CI)
const service = `Kassabrug-test-${randomBytes(4).toString('hex')}`

describe.skipIf(!hasSessionBus && !mustRun)('KeychainSecretStore against the real keychain', () => {
  const store = new KeychainSecretStore(service)

  afterAll(async () => {
    await store.delete('mailchimp')
    await store.delete('mplus')
  })

  it('is available', async () => {
    expect(await store.availability()).toEqual({ available: true })
  })

  it('stores, reads, replaces and deletes a secret per connection', async () => {
    expect(await store.get('mailchimp')).toBeNull()
    await store.set('mailchimp', 'abc123-us21')
    await store.set('mplus', 'sécret with spaces ✓')
    expect(await store.get('mailchimp')).toBe('abc123-us21')
    expect(await store.get('mplus')).toBe('sécret with spaces ✓')
    await store.set('mailchimp', 'replaced-us6')
    expect(await store.get('mailchimp')).toBe('replaced-us6')
    expect(await store.delete('mailchimp')).toBe(true)
    expect(await store.get('mailchimp')).toBeNull()
    expect(await store.delete('mailchimp')).toBe(false)
  })
})

describe.skipIf(!hasSessionBus && !mustRun)(
  'KeychainSecretStore reading a secret an earlier version stored elsewhere (real keychain)',
  () => {
    // The binding as the app loads it, with the "earlier version's" items under a second real
    // service name standing in for keytar's naming (which only Windows' binding can reach).
    const legacyService = `${service}-legacy`
    const legacy = new KeychainSecretStore(legacyService)
    const store = new KeychainSecretStore(service, async () => {
      const binding = await import('@napi-rs/keyring')
      const entry = (account: string) =>
        new binding.AsyncEntry(legacyService, account, { linux: { store: 'secret-service' } })
      return {
        ...(await loadKeyringModule()),
        readLegacy: async (_service, account) => entry(account).getPassword(),
        deleteLegacy: async (_service, account) => entry(account).deletePassword()
      }
    })

    afterAll(async () => {
      await store.delete('mplus')
      await legacy.delete('mplus')
    })

    it('reads it once, moves it where this version looks and removes the old item', async () => {
      await legacy.set('mplus', 'stored-by-keytar ✓')
      expect(await store.get('mplus')).toBe('stored-by-keytar ✓')
      expect(await legacy.get('mplus')).toBeNull()
      expect(await new KeychainSecretStore(service).get('mplus')).toBe('stored-by-keytar ✓')
      expect(await store.get('mplus')).toBe('stored-by-keytar ✓')
    })
  }
)

describe('KeychainSecretStore without a usable keychain', () => {
  const failing = new KeychainSecretStore(service, async () => {
    const fail = async (): Promise<never> => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    }
    return {
      findCredentials: fail,
      getPassword: fail,
      setPassword: fail,
      deletePassword: fail
    } as never
  })

  it('reports unavailability as a kind of problem with the underlying detail', async () => {
    expect(await failing.availability()).toEqual({
      available: false,
      problem: 'no-service',
      reason: 'Cannot autolaunch D-Bus without X11 $DISPLAY'
    })
  })

  it('refuses to store instead of falling back to plain text', async () => {
    await expect(failing.set('mplus', 'x')).rejects.toMatchObject({
      code: 'keychain-unavailable',
      message: expect.stringMatching(
        /No keychain service is running.*never stores secrets in plain text/
      )
    })
  })

  it('names a locked keychain', () => {
    expect(describeKeychainFailure(new Error('Keyring is locked'))).toMatchObject({
      problem: 'locked',
      message: expect.stringMatching(/locked/)
    })
  })
})

describe('KeychainSecretStore when the keychain service exits during a call', () => {
  // The words @napi-rs/keyring gives for a call in flight when gnome-keyring-daemon exits
  // (seen by killing the daemon during reads); D-Bus starts the service again for the next call.
  const noAnswer =
    'Platform failure: DBus error: Message recipient disconnected from message bus without replying'

  function storeAnswering(answers: (string | Error)[]): {
    store: KeychainSecretStore
    calls: () => number
  } {
    let calls = 0
    const store = new KeychainSecretStore(service, async () => {
      const next = async (): Promise<string> => {
        const answer = answers[calls++]
        if (answer instanceof Error) throw answer
        return answer
      }
      return { findCredentials: next, getPassword: next } as never
    })
    return { store, calls: () => calls }
  }

  it('asks once more and gives the secret the restarted service answers', async () => {
    const { store, calls } = storeAnswering([new Error(noAnswer), 'the-key'])
    expect(await store.get('mplus')).toBe('the-key')
    expect(calls()).toBe(2)
  })

  it('counts the probe as available when the restarted service answers', async () => {
    const { store } = storeAnswering([new Error(noAnswer), '[]'])
    expect(await store.availability()).toEqual({ available: true })
  })

  it('fails with keychain-unavailable when the second call is not answered either', async () => {
    const { store, calls } = storeAnswering([new Error(noAnswer), new Error(noAnswer), 'late'])
    await expect(store.get('mplus')).rejects.toMatchObject({ code: 'keychain-unavailable' })
    expect(calls()).toBe(2)
  })

  it('does not ask again for any other failure', async () => {
    const { store, calls } = storeAnswering([new Error('Keyring is locked'), 'the-key'])
    await expect(store.get('mplus')).rejects.toMatchObject({ code: 'keychain-unavailable' })
    expect(calls()).toBe(1)
  })
})
