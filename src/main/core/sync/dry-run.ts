import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { readCheckpoint } from './checkpoints'
import type { AnyFlow, PlanContext } from './flow'
import { readLedgerEntries } from './ledger'
import { decide, pageRecords, type Decision } from './plan-decision'

export interface DryRunItem {
  sourceId: string
  /** Exactly what the run would decide, with the payload it would send for create/update. */
  decision: Decision
}

/**
 * What the next run would do with the next `limit` source records, writing nothing: the same
 * read, coalescing and plan decision as the run itself (decide()), so the run sends byte for byte
 * the payload shown here, as long as source, mapping and ledger do not change in between.
 */
export async function dryRunFlow(
  db: Kysely<Database>,
  flow: AnyFlow,
  options: {
    limit: number
    now: () => number
    ledger: PlanContext['ledger']
    signal?: AbortSignal
  }
): Promise<DryRunItem[]> {
  const signal = options.signal ?? new AbortController().signal
  const ctx: PlanContext = {
    ledger: options.ledger,
    now: options.now,
    signal
  }
  const items: DryRunItem[] = []
  const checkpoint = await readCheckpoint(db, flow.id)
  for await (const page of flow.read({ checkpoint, signal })) {
    const latest = pageRecords(flow, page)
    const ledger = await readLedgerEntries(
      db,
      flow.id,
      latest.map((entry) => entry.key)
    )
    for (const { key, record, keyError } of latest) {
      if (items.length >= options.limit) return items
      const decision: Decision = keyError
        ? {
            action: 'fail',
            reason: keyError.reason,
            kind: 'validation',
            notices: [keyError.notice]
          }
        : await decide(flow, record, ledger.get(key) ?? null, ctx)
      items.push({ sourceId: key, decision })
    }
    if (items.length >= options.limit) break
  }
  return items
}
