import type { ConnectionId, SecretSource } from '../../../shared/contract'
import type { KeychainAvailability, SecretStore } from './secret-store'

/** Secrets in process memory only: for unit tests and the simulator-only demo, never for real accounts. */
export class MemorySecretStore implements SecretStore {
  readonly backend = 'memory' as const
  private readonly secrets = new Map<ConnectionId, string>()

  async availability(): Promise<KeychainAvailability> {
    return { available: true }
  }

  async get(connection: ConnectionId): Promise<string | null> {
    return this.secrets.get(connection) ?? null
  }

  async source(connection: ConnectionId): Promise<SecretSource | null> {
    return this.secrets.has(connection) ? 'memory' : null
  }

  async set(connection: ConnectionId, secret: string): Promise<void> {
    this.secrets.set(connection, secret)
  }

  async delete(connection: ConnectionId): Promise<boolean> {
    return this.secrets.delete(connection)
  }
}
