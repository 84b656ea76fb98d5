import type { AppStatus } from '../../shared/contract'

/** `kassabrug status` for a person: one fact per line, what is missing spelled out. */
export function formatStatus(status: AppStatus): string {
  const keychain = status.keychain.available
    ? `available (${status.keychain.backend})`
    : `NOT available (${status.keychain.backend}): ${status.keychain.reason ?? 'no reason given'}`
  const lines = [
    `Kassabrug ${status.version}`,
    `Data folder:      ${status.dataDir}`,
    `Database:         ${status.database.path}`,
    `Schema version:   ${status.database.schemaVersion} (latest migration: ${status.database.latestMigration ?? 'none'})`,
    `Keychain:         ${keychain}`,
    'Connections:'
  ]
  for (const [id, connection] of Object.entries(status.connections)) {
    const state = connection.configured
      ? 'configured'
      : `not configured, missing: ${connection.missing.join(', ')}`
    lines.push(`  ${id.padEnd(10)} ${state}`)
  }
  return lines.join('\n')
}
