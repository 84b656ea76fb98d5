import type { AnyFlow, LedgerEntry, PlanContext, PlanFailureKind } from './flow'
import { payloadHash } from './stable-hash'

/** What the engine will do with one record, before any write. Also what a dry run shows. */
export type Decision =
  | { action: 'create' | 'update'; payload: unknown; hash: string }
  | { action: 'skip'; hash: string; reason: string }
  | { action: 'wait'; reason: string }
  | { action: 'fail'; reason: string; kind: PlanFailureKind }

/**
 * Plans the record and compares the hash of its update form with the ledger: the same hash as
 * the last successful write means nothing changed, so nothing is sent.
 */
export async function decide(
  flow: AnyFlow,
  record: unknown,
  ledger: LedgerEntry | null,
  ctx: PlanContext
): Promise<Decision> {
  const planned = await flow.plan(record, ctx)
  if (planned.action !== 'write') return planned
  const hash = payloadHash(planned.update)
  if (ledger?.targetId) {
    if (ledger.payloadHash === hash) {
      return {
        action: 'skip',
        hash,
        reason: `Unchanged since the last write to ${ledger.targetId}.`
      }
    }
    return { action: 'update', payload: planned.update, hash }
  }
  return { action: 'create', payload: planned.create, hash }
}

/**
 * Coalescing: the last version of each source id in a page, in the order they last appeared,
 * so a record changed five times between runs is planned and written once.
 */
export function latestByKey(flow: AnyFlow, records: readonly unknown[]): [string, unknown][] {
  const latest = new Map<string, unknown>()
  for (const record of records) {
    const key = flow.key(record)
    latest.delete(key)
    latest.set(key, record)
  }
  return [...latest]
}
