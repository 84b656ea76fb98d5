import {
  connectionIds,
  secretEnvironmentVariables,
  secretsFileVariable,
  type AppStatus,
  type ConnectionId,
  type SecretSource,
  type SyncStatus
} from '../../shared/contract'
import { codeWords, type Translate } from '../../shared/code-words'

function sourceWords(source: SecretSource, id: ConnectionId, t: Translate): string {
  return t(`setup.sources.${source}`, { variable: `$${secretEnvironmentVariables[id]}` })
}

function keychainProblem(status: AppStatus, t: Translate): string {
  return t(`setup.keychainProblem.${status.keychain.problem ?? 'unusable'}`)
}

/**
 * What to do when the keychain cannot be used and a credential is not given at run time; null when
 * nothing needs doing. Printed by `serve` (stderr) and `status`, in the words of the Setup page.
 */
export function keychainAdvice(status: AppStatus, t: Translate): string | null {
  if (status.keychain.available) return null
  const missing = connectionIds.filter((id) => status.secretSources[id] === null)
  if (missing.length === 0) return null
  return [
    `${t('setup.keychainMissingTitle')}: ${keychainProblem(status, t)}`,
    t('setup.keychainWhatToDo', {
      mailchimpVariable: secretEnvironmentVariables.mailchimp,
      mplusVariable: secretEnvironmentVariables.mplus,
      fileVariable: secretsFileVariable
    }),
    ...missing.map((id) => `  ${secretEnvironmentVariables[id]}=…`)
  ].join('\n')
}

/** "Label:  value", the labels padded to one column in any language. */
function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`)
}

/** `kassabrug status` for a person, in the language chosen in Settings: one fact per line. */
export function formatStatus(status: AppStatus, sync: SyncStatus, t: Translate): string {
  const words = codeWords(t)
  const keychain = status.keychain.available
    ? `${t('about.keychainAvailable')} (${t(`about.backends.${status.keychain.backend}`)})`
    : `${t('about.keychainUnavailable')}: ${keychainProblem(status, t)}${status.keychain.reason ? ` (${t('setup.keychainDetail', { reason: status.keychain.reason })})` : ''}`
  const migration = status.database.latestMigration ?? t('cli.none')
  const lines = [
    `Kassabrug ${status.version}`,
    ...table([
      [t('about.dataDir'), status.dataDir],
      [t('about.database'), status.database.path],
      [
        t('about.schemaVersion'),
        `${status.database.schemaVersion} (${t('about.latestMigration')}: ${migration})`
      ],
      [t('about.keychain'), keychain],
      [t('flows.sync'), syncStateText(sync, t)]
    ]),
    `${t('cli.credentials')}:`
  ]
  for (const id of connectionIds) {
    const source = status.secretSources[id]
    lines.push(`  ${id.padEnd(10)} ${source ? sourceWords(source, id, t) : t('cli.none')}`)
  }
  lines.push(`${t('cli.connections')}:`)
  for (const id of connectionIds) {
    const connection = status.connections[id]
    const state = connection.configured
      ? t('cli.configured')
      : t('cli.notConfigured', { missing: words.fields(connection.missing) })
    lines.push(`  ${id.padEnd(10)} ${state}`)
  }
  const advice = keychainAdvice(status, t)
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
