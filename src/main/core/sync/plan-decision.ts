import type {
  RecordNotice,
  RecordRefusal,
  RecordSkip,
  RecordWait,
  RecordWarning
} from '../../../shared/contract'
import type { AnyFlow, LedgerEntry, PlanContext, PlanFailureKind, SourcePage } from './flow'
import { payloadHash } from './stable-hash'

/** What the engine will do with one record, before any write. Also what a dry run shows. */
export type Decision =
  | {
      action: 'create' | 'update'
      payload: unknown
      hash: string
      warnings?: RecordWarning[]
    }
  /** `sameAsLedger`: what the ledger says was sent; otherwise the flow's own rule skipped it. */
  | { action: 'skip'; reason: string; notices: RecordSkip[]; sameAsLedger?: true }
  | { action: 'wait'; reason: string; notices: RecordWait[]; bounded?: boolean }
  | { action: 'fail'; reason: string; kind: PlanFailureKind; notices?: RecordRefusal[] }

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
        reason: `Unchanged since the last write to ${ledger.targetId}.`,
        notices: [{ code: 'unchanged', params: { target: ledger.targetId } }],
        sameAsLedger: true
      }
    }
    return { action: 'update', payload: planned.update, hash, ...warningsOf(planned) }
  }
  return { action: 'create', payload: planned.create, hash, ...warningsOf(planned) }
}

function warningsOf(planned: { warnings?: RecordWarning[] }): { warnings?: RecordWarning[] } {
  return planned.warnings?.length ? { warnings: planned.warnings } : {}
}

/** The decision's codes: why it is skipped, waits or fails, or a write's warnings. */
export function decisionNotices(decision: Decision): RecordNotice[] {
  switch (decision.action) {
    case 'skip':
    case 'wait':
      return decision.notices
    case 'fail':
      return decision.notices ?? []
    default:
      return decision.warnings ?? []
  }
}

export interface KeyedRecord {
  key: string
  record: unknown
  /** Set when the record has no usable id or failed the source's schema; it then fails instead of being planned. */
  keyError?: { reason: string; notice: RecordRefusal }
}

/**
 * Coalescing: the last version of each source id in a page, in the order they last appeared,
 * so a record changed five times between runs is planned and written once. A record without a
 * usable id gets a stand-in id from its content, so it can be shown and kept, never written.
 */
export function latestByKey(flow: AnyFlow, records: readonly unknown[]): KeyedRecord[] {
  const latest = new Map<string, KeyedRecord>()
  for (const record of records) {
    const keyed = keyOf(flow, record)
    latest.delete(keyed.key)
    latest.set(keyed.key, keyed)
  }
  return [...latest.values()]
}

/**
 * The records of a page as the engine handles them: the latest version of each valid record,
 * then every record the source rejected (each its own validation failure, with its reason).
 */
export function pageRecords(flow: AnyFlow, page: SourcePage<unknown>): KeyedRecord[] {
  const rejected = (page.rejected ?? []).map((entry): KeyedRecord => ({
    key: entry.key?.trim() ? entry.key : standInKey(entry.raw),
    record: entry.raw,
    keyError: {
      reason: entry.reason,
      notice: { code: 'source-unreadable', params: { problem: entry.reason } }
    }
  }))
  return [...latestByKey(flow, page.records), ...rejected]
}

function standInKey(record: unknown): string {
  return `no-id:${payloadHash(record ?? null).slice(0, 16)}`
}

function keyOf(flow: AnyFlow, record: unknown): KeyedRecord {
  let problem: string
  try {
    const key = flow.key(record)
    if (typeof key === 'string' && key.trim() !== '') return { key, record }
    problem = 'its id is empty'
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error)
  }
  return {
    key: standInKey(record),
    record,
    keyError: {
      reason: `This ${flow.entity} has no usable id (${problem}), so Kassabrug cannot tell whether it was sent before.`,
      notice: { code: 'no-usable-id', params: { problem } }
    }
  }
}
