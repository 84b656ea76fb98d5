import { setTimeout } from 'node:timers/promises'
import {
  CoreError,
  type ConnectionId,
  type KeychainProblem,
  type SecretSource
} from '../../../shared/contract'
import { keychainService, type KeychainAvailability, type SecretStore } from './secret-store'

import type * as KeyringModule from '@napi-rs/keyring'

/** The part of the keyring binding this store uses; tests hand in a failing one. */
export interface Keyring {
  findCredentials(service: string): Promise<unknown>
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, secret: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
  /** A secret an earlier, keytar-based version stored where this binding does not look; null: none. */
  readLegacy(service: string, account: string): Promise<string | null>
  deleteLegacy(service: string, account: string): Promise<boolean>
}

/**
 * Secrets in the OS keychain through @napi-rs/keyring (Secret Service on Linux, Keychain on macOS,
 * Credential Manager on Windows); one account per connection under the service "Kassabrug".
 */
export class KeychainSecretStore implements SecretStore {
  readonly backend = 'keychain' as const
  private keyring: Promise<Keyring> | null = null

  constructor(
    private readonly service: string = keychainService,
    // Loaded lazily: a native module that fails to load must become "keychain unavailable", not a crash.
    private readonly loadKeyring: () => Promise<Keyring> = loadKeyringModule
  ) {}

  async availability(): Promise<KeychainAvailability> {
    try {
      // A read that touches the keychain is the only honest probe: loading the module succeeds
      // even when no Secret Service is running or the keyring is locked.
      await onceMoreIfServiceRestarted(async () =>
        (await this.module()).findCredentials(this.service)
      )
      return { available: true }
    } catch (error) {
      const { problem, detail } = describeKeychainFailure(error)
      return { available: false, problem, reason: detail }
    }
  }

  async get(connection: ConnectionId): Promise<string | null> {
    return this.guard(async () => {
      const keyring = await this.module()
      const secret = await keyring.getPassword(this.service, connection)
      if (secret !== null) return secret
      // One-time move of a secret an earlier (keytar) version stored: read it, store it where this
      // version looks, then remove the old item so it is not read again.
      const legacy = await keyring.readLegacy(this.service, connection)
      if (legacy === null) return null
      await keyring.setPassword(this.service, connection, legacy)
      await keyring.deleteLegacy(this.service, connection)
      return legacy
    })
  }

  async source(connection: ConnectionId): Promise<SecretSource | null> {
    return (await this.get(connection)) === null ? null : 'keychain'
  }

  async set(connection: ConnectionId, secret: string): Promise<void> {
    await this.guard(async () =>
      (await this.module()).setPassword(this.service, connection, secret)
    )
  }

  async delete(connection: ConnectionId): Promise<boolean> {
    return this.guard(async () => (await this.module()).deletePassword(this.service, connection))
  }

  private module(): Promise<Keyring> {
    this.keyring ??= this.loadKeyring()
    return this.keyring
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await onceMoreIfServiceRestarted(operation)
    } catch (error) {
      throw new CoreError(
        'keychain-unavailable',
        describeKeychainFailure(error).message,
        undefined,
        {
          cause: error
        }
      )
    }
  }
}

/**
 * A keychain service that exits during a call (gnome-keyring-daemon has been seen to, and a
 * desktop session restarts it) leaves that call without an answer; D-Bus starts the service again
 * for the next call, so the call is made once more before it counts as a failure. Every operation
 * here is safe to repeat: a read, a write of the same secret, a delete.
 */
async function onceMoreIfServiceRestarted<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation()
  } catch (error) {
    if (!serviceWentAway(error)) throw error
    await setTimeout(serviceRestartPauseMs)
    return operation()
  }
}

const serviceRestartPauseMs = 100

function serviceWentAway(error: unknown): boolean {
  const detail = error instanceof Error ? error.message : String(error)
  return /disconnected from message bus without replying/i.test(detail)
}

/** The kind of failure, the underlying detail, and a sentence for an error message. */
export function describeKeychainFailure(error: unknown): {
  problem: KeychainProblem
  detail: string
  message: string
} {
  const detail = error instanceof Error ? error.message : String(error)
  if (/DBUS|D-Bus|zbus|secret.?service|org\.freedesktop/i.test(detail)) {
    return {
      problem: 'no-service',
      detail,
      message: `No keychain service is running (${detail}). On Linux, install and unlock GNOME Keyring or KWallet, or give the credentials at run time; Kassabrug never stores secrets in plain text.`
    }
  }
  if (/locked|cancel/i.test(detail)) {
    return {
      problem: 'locked',
      detail,
      message: `The keychain is locked (${detail}). Unlock it and try again.`
    }
  }
  return {
    problem: 'unusable',
    detail,
    message: `The OS keychain cannot be used (${detail}). Kassabrug never stores secrets in plain text.`
  }
}

/**
 * The N-API binding (prebuilt for every platform, ABI-stable, so Electron needs no rebuild),
 * adapted to one call per operation. Loaded on first use so a missing binary is "unavailable".
 *
 * Items stored by keytar (the binding of earlier versions), per platform:
 * - macOS: a generic password with service and account, the very item keyring reads: no move.
 * - Windows: a generic credential named `service/account` holding the UTF-8 bytes, where keyring
 *   names its own `account.service` and stores UTF-16: read by that target name, as bytes.
 * - Linux: a Secret Service item with the attributes service + account (schema
 *   org.gnome.keyring.NodeKeyTar), where keyring's items carry service + username and keyring
 *   offers no search by other attributes, so such an item cannot be found from here: the owner
 *   enters that secret once more on the Setup page (docs/architecture.md, Secrets).
 */
export async function loadKeyringModule(): Promise<Keyring> {
  const binding: typeof KeyringModule = await import('@napi-rs/keyring')
  // On Linux the entry is pinned to the Secret Service: keyring's default would fall back to the
  // kernel keyring, which forgets everything at logout or reboot.
  const entry = (service: string, account: string): KeyringModule.AsyncEntry =>
    new binding.AsyncEntry(service, account, { linux: { store: 'secret-service' } })
  const keytarCredential = (service: string, account: string): KeyringModule.AsyncEntry =>
    binding.AsyncEntry.withTarget(`${service}/${account}`, service, account)
  return {
    findCredentials: (service) => binding.findCredentialsAsync(service),
    getPassword: (service, account) => entry(service, account).getPassword(),
    setPassword: (service, account, secret) => entry(service, account).setPassword(secret),
    deletePassword: (service, account) => entry(service, account).deletePassword(),
    readLegacy: async (service, account) => {
      if (process.platform !== 'win32') return null
      const bytes = await keytarCredential(service, account).getSecret()
      return bytes === null ? null : Buffer.from(bytes).toString('utf8')
    },
    deleteLegacy: async (service, account) =>
      process.platform === 'win32' && keytarCredential(service, account).deleteCredential()
  }
}
