import { CoreError, type ConnectionId } from '../../../shared/contract'
import { keychainService, type KeychainAvailability, type SecretStore } from './secret-store'

import type * as KeytarModule from 'keytar'

type Keytar = Pick<
  typeof KeytarModule,
  'findCredentials' | 'getPassword' | 'setPassword' | 'deletePassword'
>

/**
 * Secrets in the OS keychain through keytar (Secret Service on Linux, Keychain on macOS,
 * Credential Manager on Windows); one account per connection under the service "Kassabrug".
 */
export class KeychainSecretStore implements SecretStore {
  readonly backend = 'keychain' as const
  private keytar: Promise<Keytar> | null = null

  constructor(
    private readonly service: string = keychainService,
    // Loaded lazily: a native module that fails to load must become "keychain unavailable", not a crash.
    private readonly loadKeytar: () => Promise<Keytar> = loadKeytarModule
  ) {}

  async availability(): Promise<KeychainAvailability> {
    try {
      // A read that touches the keychain is the only honest probe: loading the module succeeds
      // even when no Secret Service is running or the keyring is locked.
      await (await this.module()).findCredentials(this.service)
      return { available: true }
    } catch (error) {
      return { available: false, reason: describeKeychainFailure(error) }
    }
  }

  async get(connection: ConnectionId): Promise<string | null> {
    return this.guard(async () => (await this.module()).getPassword(this.service, connection))
  }

  async set(connection: ConnectionId, secret: string): Promise<void> {
    await this.guard(async () =>
      (await this.module()).setPassword(this.service, connection, secret)
    )
  }

  async delete(connection: ConnectionId): Promise<boolean> {
    return this.guard(async () => (await this.module()).deletePassword(this.service, connection))
  }

  private module(): Promise<Keytar> {
    this.keytar ??= this.loadKeytar()
    return this.keytar
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      throw new CoreError('keychain-unavailable', describeKeychainFailure(error), undefined, {
        cause: error
      })
    }
  }
}

export function describeKeychainFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error)
  if (/DBUS|D-Bus|dbus/i.test(detail)) {
    return `No keychain service is running (${detail}). On Linux, install and unlock GNOME Keyring or KWallet; Kassabrug never stores secrets in plain text.`
  }
  if (/locked|cancel/i.test(detail)) {
    return `The keychain is locked (${detail}). Unlock it and try again.`
  }
  return `The OS keychain cannot be used (${detail}). Kassabrug never stores secrets in plain text.`
}

/** keytar is CommonJS: an ESM loader (tsx, Node) hands it over as the namespace's default. */
async function loadKeytarModule(): Promise<Keytar> {
  const namespace = (await import('keytar')) as Keytar & { default?: Keytar }
  return namespace.default ?? namespace
}
