import type { ConnectionId, KeychainProblem, SecretSource } from '../../../shared/contract'

export type KeychainAvailability =
  | { available: true }
  /** reason: the underlying error, not translated. */
  | { available: false; problem: KeychainProblem; reason: string }

/**
 * Where connection secrets live. The real store is the OS keychain, optionally with credentials
 * given at run time in front of it (runtime-secret-store.ts); there is deliberately no plaintext
 * store. The in-memory store exists for unit tests and the simulator-only demo.
 */
export interface SecretStore {
  readonly backend: 'keychain' | 'memory'
  availability(): Promise<KeychainAvailability>
  get(connection: ConnectionId): Promise<string | null>
  /** Where get() finds the connection's secret (null: nowhere). */
  source(connection: ConnectionId): Promise<SecretSource | null>
  set(connection: ConnectionId, secret: string): Promise<void>
  delete(connection: ConnectionId): Promise<boolean>
}

export const keychainService = 'Kassabrug'
