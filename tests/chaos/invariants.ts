import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { databaseFileName } from '../../src/main/core/create-core'
import type { FlowId } from '../../src/shared/flows/catalogue'
import { flowAdapters, type ChaosWorld } from './adapters'

interface LedgerRow {
  flow: string
  source_id: string
  target_id: string | null
}

interface PendingRow {
  flow: string
  source_id: string
  state: string
  source_json: string
  reason: string
}

/** The ledger and the needs-attention rows, read from the SQLite file itself. */
export function readDatabase(dataDir: string): { ledger: LedgerRow[]; attention: PendingRow[] } {
  const db = new BetterSqlite3(join(dataDir, databaseFileName), { readonly: true })
  try {
    return {
      ledger: db.prepare('select flow, source_id, target_id from sync_ledger').all() as LedgerRow[],
      attention: db
        .prepare(
          "select flow, source_id, state, source_json, reason from sync_pending where state = 'attention'"
        )
        .all() as PendingRow[]
    }
  } finally {
    db.close()
  }
}

/**
 * Every source record exactly once at the target with its latest content, and a ledger row that
 * names that target; no ledger row pointing at a record that should not be there.
 */
export function checkFlows(world: ChaosWorld, flows: readonly FlowId[], ledger: LedgerRow[]) {
  const violations: string[] = []
  for (const flow of flows) {
    const adapter = flowAdapters[flow]
    const rows = new Map(
      ledger.filter((row) => row.flow === flow).map((row) => [row.source_id, row.target_id])
    )
    const sources = adapter.sources(world)
    for (const [sourceId, source] of sources) {
      const ledgerTarget = rows.get(sourceId) ?? null
      const targets = adapter.targets(world, sourceId, ledgerTarget)
      if (targets.length !== 1) {
        violations.push(`${flow} ${sourceId}: ${targets.length} records at the target, not 1`)
        continue
      }
      const [target] = targets
      const difference = adapter.compare(world, source, target)
      if (difference) violations.push(`${flow} ${sourceId}: ${difference}`)
      if (ledgerTarget !== target.id)
        violations.push(`${flow} ${sourceId}: ledger says ${ledgerTarget}, target is ${target.id}`)
    }
    for (const [sourceId, targetId] of rows)
      if (targetId !== null && !sources.has(sourceId))
        violations.push(`${flow} ${sourceId}: ledger row (→ ${targetId}) for no expected record`)
  }
  return violations
}

/** Needs attention holds exactly the planted poison records (recognised by their source). */
export function checkAttention(world: ChaosWorld, attention: PendingRow[]): string[] {
  const violations: string[] = []
  const planted = [
    ...[...world.poisonMembers].map((id) => ({ flow: 'customers', marker: `"id":"${id}"` })),
    ...[...world.poisonProducts].map((id) => ({
      flow: 'products',
      marker: `"productNumber":${id},`
    }))
  ]
  for (const poison of planted) {
    const rows = attention.filter(
      (row) => row.flow === poison.flow && row.source_json.includes(poison.marker)
    )
    if (rows.length !== 1)
      violations.push(`needs attention: ${rows.length} rows for poison ${poison.marker}, not 1`)
  }
  for (const row of attention)
    if (!planted.some((p) => p.flow === row.flow && row.source_json.includes(p.marker)))
      violations.push(`needs attention holds ${row.flow} ${row.source_id}: ${row.reason}`)
  return violations
}

export function checkNotSyncing(world: ChaosWorld): string[] {
  return [...world.pair.mailchimp.state.stores.values()]
    .filter((store) => store.is_syncing)
    .map((store) => `store ${store.id} left is_syncing`)
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** No planted secret in any file of the data folder (database, WAL, backups, logs) or output. */
export function checkSecrets(
  dataDir: string,
  secrets: readonly string[],
  outputs: readonly { label: string; text: string }[]
): string[] {
  const violations: string[] = []
  const places = [
    ...filesUnder(dataDir).map((path) => ({ label: path, bytes: readFileSync(path) })),
    ...outputs.map((output) => ({ label: output.label, bytes: Buffer.from(output.text) }))
  ]
  for (const place of places)
    for (const secret of secrets)
      // UTF-8 and UTF-16 (SQLite may store text either way).
      for (const encoding of ['utf8', 'utf16le'] as const)
        if (place.bytes.includes(Buffer.from(secret, encoding)))
          violations.push(`secret ${secret.slice(0, 6)}… found in ${place.label} (${encoding})`)
  return violations
}

/** Every invariant of a trial that ran to completion: the violations found (none: it held). */
export function checkTrial(
  world: ChaosWorld,
  flows: readonly FlowId[],
  dataDir: string,
  outputs: readonly { label: string; text: string }[]
): string[] {
  const { ledger, attention } = readDatabase(dataDir)
  return [
    ...checkFlows(world, flows, ledger),
    ...checkAttention(world, attention),
    ...checkNotSyncing(world),
    ...checkSecrets(dataDir, [world.pair.mailchimp.apiKey, world.pair.mplus.secret], outputs)
  ]
}
