import type { ConnectionId } from '../../../shared/contract'

export type KeychainAvailability = { available: true } | { available: false; reason: string }

/**
 * Where connection secrets live. The real store is the OS keychain; there is deliberately no
 * plaintext fallback. The in-memory store exists for unit tests and the simulator-only demo.
 */
export interface SecretStore {
  readonly backend: 'keychain' | 'memory'
  availability(): Promise<KeychainAvailability>
  get(connection: ConnectionId): Promise<string | null>
  set(connection: ConnectionId, secret: string): Promise<void>
  delete(connection: ConnectionId): Promise<boolean>
}

export const keychainService = 'Kassabrug'
