import {
  connectionIds,
  secretEnvironmentVariables,
  secretsFileVariable,
  type AppStatus,
  type KeychainProblem,
  type SecretSource,
  type SyncStatus
} from '../../shared/contract'
import { codeWords, type Translate } from '../../shared/code-words'
import { missingInWords } from '../core/connection-readiness'

const problemWords: Record<KeychainProblem, string> = {
  'no-service': 'no keychain service is running (no D-Bus session or Secret Service)',
  locked: 'the keychain is locked',
  unusable: 'the OS keychain cannot be used'
}

function sourceWords(source: SecretSource, id: (typeof connectionIds)[number]): string {
  if (source === 'environment') return `from $${secretEnvironmentVariables[id]}`
  if (source === 'file') return `from the file in $${secretsFileVariable}`
  return source === 'keychain' ? 'from the keychain' : 'in memory (demo)'
}

/**
 * What to do when the keychain cannot be used and a credential is not given at run time; null when
 * nothing needs doing. Printed by `serve` (stderr) and `status`.
 */
export function keychainAdvice(status: AppStatus): string | null {
  if (status.keychain.available) return null
  const missing = connectionIds.filter((id) => status.secretSources[id] === null)
  if (missing.length === 0) return null
  const problem = problemWords[status.keychain.problem ?? 'unusable']
  return [
    `No keychain is available: ${problem}. Kassabrug never stores credentials in plain text, so`,
    'give them at run time instead, either as environment variables:',
    ...missing.map((id) => `  ${secretEnvironmentVariables[id]}=…`),
    `or in a file readable only by you (chmod 600) named by ${secretsFileVariable}, with the same`,
    'NAME=value lines. On a desktop, start and unlock GNOME Keyring or KWallet instead.'
  ].join('\n')
}

/** `kassabrug status` for a person: one fact per line, what is missing spelled out. */
export function formatStatus(status: AppStatus): string {
  const keychain = status.keychain.available
    ? `available (${status.keychain.backend})`
    : `NOT available: ${problemWords[status.keychain.problem ?? 'unusable']} (${status.keychain.reason ?? 'no detail'})`
  const lines = [
    `Kassabrug ${status.version}`,
    `Data folder:      ${status.dataDir}`,
    `Database:         ${status.database.path}`,
    `Schema version:   ${status.database.schemaVersion} (latest migration: ${status.database.latestMigration ?? 'none'})`,
    `Keychain:         ${keychain}`,
    'Credentials:'
  ]
  for (const id of connectionIds) {
    const source = status.secretSources[id]
    lines.push(`  ${id.padEnd(10)} ${source ? sourceWords(source, id) : 'none'}`)
  }
  lines.push('Connections:')
  for (const [id, connection] of Object.entries(status.connections)) {
    const state = connection.configured
      ? 'configured'
      : `not configured, missing: ${missingInWords(connection.missing)}`
    lines.push(`  ${id.padEnd(10)} ${state}`)
  }
  const advice = keychainAdvice(status)
  if (advice) lines.push('', advice)
  return lines.join('\n')
}

/**
 * The sync state in the language chosen in Settings: "not set up" with what is missing on an
 * install that cannot sync yet (never "idle" then).
 */
export function syncStateText(sync: SyncStatus, t: Translate): string {
  const state = t(`flows.states.${sync.state}`)
  if (sync.state !== 'not-set-up') return state
  return `${state}. ${codeWords(t).notSetUp(sync.notSetUp)}`
}
