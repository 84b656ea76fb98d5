import type { ConnectionId, SecretSource } from '../../../shared/contract'
import type { RuntimeSecrets } from './runtime-secrets'
import type { KeychainAvailability, SecretStore } from './secret-store'

/**
 * Credentials given at run time (environment or secrets file) in front of the keychain: get() and
 * source() answer from them first, so a machine without a keychain can sync. They are read-only:
 * set() and delete() go to the keychain only, and nothing given at run time is ever written.
 */
export class RuntimeSecretStore implements SecretStore {
  constructor(
    private readonly runtime: RuntimeSecrets,
    private readonly keychain: SecretStore
  ) {}

  get backend(): SecretStore['backend'] {
    return this.keychain.backend
  }

  availability(): Promise<KeychainAvailability> {
    return this.keychain.availability()
  }

  async get(connection: ConnectionId): Promise<string | null> {
    return this.runtime[connection]?.secret ?? this.keychain.get(connection)
  }

  async source(connection: ConnectionId): Promise<SecretSource | null> {
    const given = this.runtime[connection]
    if (given) return given.source
    return (await this.keychain.availability()).available ? this.keychain.source(connection) : null
  }

  set(connection: ConnectionId, secret: string): Promise<void> {
    return this.keychain.set(connection, secret)
  }

  delete(connection: ConnectionId): Promise<boolean> {
    return this.keychain.delete(connection)
  }
}
