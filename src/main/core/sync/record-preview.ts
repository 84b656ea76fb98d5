import type { Kysely } from 'kysely'
import { CoreError } from '../../../shared/contract'
import type { Database } from '../db/schema'
import type { AnyFlow, PlanContext } from './flow'
import { decide, latestByKey, pageRecords, type Decision, type KeyedRecord } from './plan-decision'

export interface RecordPreviewItem {
  sourceId: string
  label: string | null
  /** What the flow handed its mapping (the first time, for a record mapped per part). */
  mapped: unknown
  decision: Decision
  lastSent: { payload: string; at: number } | null
}

/**
 * One real record, read from the flow's source (the given id, else the first record the source
 * gives) and planned exactly as a run would (decide()), with the ledger and the activity log's
 * last sent payload next to it. Writes nothing.
 */
export async function previewOneRecord(
  db: Kysely<Database>,
  flow: AnyFlow,
  options: {
    sourceId?: string
    now: () => number
    ledger: PlanContext['ledger']
    mapped: () => unknown
  }
): Promise<RecordPreviewItem | null> {
  const signal = new AbortController().signal
  const keyed = options.sourceId
    ? await readGiven(flow, options.sourceId, signal)
    : await readFirst(flow, signal)
  if (!keyed) return null
  const ctx: PlanContext = {
    ledger: options.ledger,
    now: options.now,
    signal
  }
  const decision: Decision = keyed.keyError
    ? {
        action: 'fail',
        reason: keyed.keyError.reason,
        kind: 'validation',
        notices: [keyed.keyError.notice]
      }
    : await decide(flow, keyed.record, await options.ledger(flow.id, keyed.key), ctx)
  return {
    sourceId: keyed.key,
    label: keyed.keyError ? null : (flow.name?.(keyed.record) ?? null),
    mapped: options.mapped(),
    decision,
    lastSent: await lastSent(db, flow.id, keyed.key)
  }
}

async function readGiven(
  flow: AnyFlow,
  sourceId: string,
  signal: AbortSignal
): Promise<KeyedRecord | undefined> {
  if (!flow.readOne)
    throw new CoreError('invalid-input', `The ${flow.id} flow cannot read one record by its id.`)
  const record = await flow.readOne(sourceId, { checkpoint: null, signal })
  if (record === null)
    throw new CoreError('not-found', `The ${flow.id} source has no record ${sourceId}.`, [], {
      params: { sourceId }
    })
  return latestByKey(flow, [record])[0]
}

async function readFirst(flow: AnyFlow, signal: AbortSignal): Promise<KeyedRecord | undefined> {
  for await (const page of flow.read({ checkpoint: null, signal })) {
    const [first] = pageRecords(flow, page)
    if (first) return first
  }
  return undefined
}

/** The newest payload the activity log kept for the record (none when payloads are not kept). */
async function lastSent(
  db: Kysely<Database>,
  flow: string,
  sourceId: string
): Promise<RecordPreviewItem['lastSent']> {
  const row = await db
    .selectFrom('sync_records')
    .select(['sent_json', 'created_at'])
    .where('flow', '=', flow)
    .where('source_id', '=', sourceId)
    .where('outcome', 'in', ['created', 'updated'])
    .where('sent_json', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.sent_json ? { payload: row.sent_json, at: row.created_at } : null
}
