import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { FlowId } from '../../../shared/contract'
import { exclusiveTransaction, preparedOnce } from '../db/prepared'
import type { Database, SyncLedgerTable } from '../db/schema'
import type { LedgerEntry } from './flow'
import { LeaseLostError } from './lease'
import type { PendingRecord } from './pending-queue'
import { noticesToJson } from './notices-json'
import type { RecordLogRow } from './run-log'

/**
 * The statements a run executes per record (ledger, queue, log, lease, checkpoint), prepared
 * once for the life of the database handle and run synchronously. Through the query builder
 * each of them was built, compiled and looked up again for every record: a profile of a
 * 2 000-product back-fill put 6.3 s of 39 s there. Everything else keeps using kysely.
 *
 * They run on the handle kysely uses: the writes inside `transaction` here (see
 * exclusiveTransaction); a read may run anywhere.
 */
export class RunStatements {
  /** The statements of this database handle, prepared at the first call. */
  static of(sqlite: BetterSqlite3.Database): RunStatements {
    return preparedOnce(sqlite, prepareRunStatements)
  }

  private readonly leaseOwner: BetterSqlite3.Statement<[string], { owner: string }>
  private readonly ledgerRow: BetterSqlite3.Statement<[string, string], SyncLedgerTable>
  private readonly ledgerSuccess: BetterSqlite3.Statement
  private readonly ledgerFailure: BetterSqlite3.Statement<unknown[], { attempts: number }>
  private readonly pendingSave: BetterSqlite3.Statement
  private readonly pendingRemove: BetterSqlite3.Statement
  private readonly logInsert: BetterSqlite3.Statement
  private readonly checkpointSave: BetterSqlite3.Statement

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    this.leaseOwner = sqlite.prepare('select owner from sync_leases where flow = ?')
    this.ledgerRow = sqlite.prepare('select * from sync_ledger where flow = ? and source_id = ?')
    this.ledgerSuccess = sqlite.prepare(
      `insert into sync_ledger
         (flow, source_id, target_id, payload_hash, attempts, last_error, last_success_at, updated_at)
       values (@flow, @sourceId, @targetId, @payloadHash, 0, null, @now, @now)
       on conflict (flow, source_id) do update set
         target_id = excluded.target_id, payload_hash = excluded.payload_hash, attempts = 0,
         last_error = null, last_success_at = excluded.last_success_at, updated_at = excluded.updated_at`
    )
    this.ledgerFailure = sqlite.prepare(
      `insert into sync_ledger
         (flow, source_id, target_id, payload_hash, attempts, last_error, last_success_at, updated_at)
       values (@flow, @sourceId, null, null, @increment, @error, null, @now)
       on conflict (flow, source_id) do update set
         attempts = sync_ledger.attempts + @increment, last_error = excluded.last_error,
         updated_at = excluded.updated_at
       returning attempts`
    )
    this.pendingSave = sqlite.prepare(
      `insert into sync_pending
         (flow, source_id, state, source_json, reason, notices_json, error_kind, updated_at)
       values (@flow, @sourceId, @state, @sourceJson, @reason, @noticesJson, @errorKind, @now)
       on conflict (flow, source_id) do update set
         state = excluded.state, source_json = excluded.source_json, reason = excluded.reason,
         notices_json = excluded.notices_json, error_kind = excluded.error_kind,
         updated_at = excluded.updated_at`
    )
    this.pendingRemove = sqlite.prepare('delete from sync_pending where flow = ? and source_id = ?')
    this.logInsert = sqlite.prepare(
      `insert into sync_records
         (run_id, flow, source_id, target_id, outcome, reason, label, notices_json,
          source_json, sent_json, response_json, created_at)
       values (@runId, @flow, @sourceId, @targetId, @outcome, @reason, @label, @noticesJson,
          @sourceJson, @sentJson, @responseJson, @now)`
    )
    this.checkpointSave = sqlite.prepare(
      `insert into sync_checkpoints (flow, position, updated_at, fingerprint)
       values (@flow, @position, @now, @fingerprint)
       on conflict (flow) do update set
         position = excluded.position, updated_at = excluded.updated_at,
         fingerprint = excluded.fingerprint`
    )
  }

  /** Runs `work` as one SQLite transaction (see exclusiveTransaction). */
  transaction<T>(db: Kysely<Database>, work: () => T): Promise<T> {
    return exclusiveTransaction(db, this.sqlite, work)
  }

  /**
   * Fencing: every commit of a run checks, inside its transaction, that the lease is still ours,
   * so a process that stalled past its expiry cannot save over the one that took over.
   */
  assertLeaseHeld(flow: FlowId, owner: string): void {
    if (this.leaseOwner.get(flow)?.owner !== owner) throw new LeaseLostError(flow)
  }

  ledgerEntry(flow: FlowId, sourceId: string): LedgerEntry | null {
    const row = this.ledgerRow.get(flow, sourceId)
    return row ? ledgerEntryOf(row) : null
  }

  recordLedgerSuccess(
    entry: { flow: FlowId; sourceId: string; targetId: string; payloadHash: string },
    now: number
  ): void {
    this.ledgerSuccess.run({ ...entry, now })
  }

  /** Counts a failed run for the record; returns the attempts so far. Target id and hash stay. */
  recordLedgerFailure(
    entry: { flow: FlowId; sourceId: string; error: string; countsAsAttempt: boolean },
    now: number
  ): number {
    const row = this.ledgerFailure.get({
      flow: entry.flow,
      sourceId: entry.sourceId,
      error: entry.error,
      increment: entry.countsAsAttempt ? 1 : 0,
      now
    })
    return row!.attempts
  }

  /** Keeps (or replaces with the newest version) a record that did not get through. */
  savePending(row: Omit<PendingRecord, 'id'>, now: number): void {
    this.pendingSave.run({
      flow: row.flow,
      sourceId: row.sourceId,
      state: row.state,
      sourceJson: row.sourceJson,
      reason: row.reason,
      noticesJson: noticesToJson(row.notices),
      errorKind: row.errorKind,
      now
    })
  }

  removePending(flow: FlowId, sourceId: string): void {
    this.pendingRemove.run(flow, sourceId)
  }

  /** Adds one activity-log row; payloads are stored only when the user allows it. */
  logRecord(row: RecordLogRow, storePayloads: boolean, now: number): void {
    this.logInsert.run({
      runId: row.runId,
      flow: row.flow,
      sourceId: row.sourceId,
      targetId: row.targetId,
      outcome: row.outcome,
      reason: row.reason,
      label: row.label ?? null,
      noticesJson: noticesToJson(row.notices),
      sourceJson: storePayloads ? jsonOrNull(row.source) : null,
      sentJson: storePayloads ? jsonOrNull(row.sent) : null,
      responseJson: storePayloads ? jsonOrNull(row.response) : null,
      now
    })
  }

  /**
   * Call inside the transaction that also saves the outcome of every record the page held.
   * `fingerprint`: what planned every record before the position (see resync-check.ts).
   */
  saveCheckpoint(
    flow: FlowId,
    position: string | null,
    now: number,
    fingerprint: string | null
  ): void {
    this.checkpointSave.run({ flow, position, now, fingerprint })
  }
}

function prepareRunStatements(sqlite: BetterSqlite3.Database): RunStatements {
  return new RunStatements(sqlite)
}

export function ledgerEntryOf(row: SyncLedgerTable): LedgerEntry {
  return {
    flow: row.flow as FlowId,
    sourceId: row.source_id,
    targetId: row.target_id,
    payloadHash: row.payload_hash,
    attempts: row.attempts,
    lastError: row.last_error,
    lastSuccessAt: row.last_success_at
  }
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value)
}
