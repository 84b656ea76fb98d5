import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { Kysely } from 'kysely'
import type { FlowId } from '../../../shared/contract'
import type { Database } from '../db/schema'

/** Thrown inside a commit when another process has taken the flow over (this one stalled). */
export class LeaseLostError extends Error {
  constructor(readonly flow: FlowId) {
    super(
      `Another Kassabrug process took over the ${flow} sync; this run stopped without saving more.`
    )
    this.name = 'LeaseLostError'
  }
}

/**
 * A lease owner id names the machine and process, so that a restarted app can see that the
 * process holding a lease on this machine is gone, and need not wait for the expiry.
 */
export function newLeaseOwner(): string {
  return `${hostname()}/${process.pid}/${randomUUID()}`
}

/** True only when the owner ran on this machine and its process no longer exists. */
export function ownerIsGone(owner: string): boolean {
  const [host, pidText] = owner.split('/')
  const pid = Number(pidText)
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * One run per flow across processes: a row per flow with an owner and an expiry. The owner
 * renews it while running; a process that died stops renewing, and once the row has expired (or
 * at once, when the dead process was on this machine) the next process takes it over.
 */
export class LeaseStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Takes the lease when it is free, expired, or already ours. */
  async tryAcquire(flow: FlowId, owner: string, now: number, ttlMs: number): Promise<boolean> {
    const result = await this.db
      .insertInto('sync_leases')
      .values({ flow, owner, acquired_at: now, expires_at: now + ttlMs })
      .onConflict((oc) =>
        oc
          .column('flow')
          .doUpdateSet({ owner, acquired_at: now, expires_at: now + ttlMs })
          .where((eb) =>
            eb.or([eb('sync_leases.expires_at', '<=', now), eb('sync_leases.owner', '=', owner)])
          )
      )
      .executeTakeFirst()
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return true
    return this.takeOverFromDeadProcess(flow, owner, now, ttlMs)
  }

  private async takeOverFromDeadProcess(
    flow: FlowId,
    owner: string,
    now: number,
    ttlMs: number
  ): Promise<boolean> {
    const holder = await this.db
      .selectFrom('sync_leases')
      .select('owner')
      .where('flow', '=', flow)
      .executeTakeFirst()
    if (!holder || !ownerIsGone(holder.owner)) return false
    // Conditional on the same dead holder: two restarted processes cannot both take it.
    const result = await this.db
      .updateTable('sync_leases')
      .set({ owner, acquired_at: now, expires_at: now + ttlMs })
      .where('flow', '=', flow)
      .where('owner', '=', holder.owner)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }

  /** Extends our lease; false when it is no longer ours. */
  async renew(flow: FlowId, owner: string, now: number, ttlMs: number): Promise<boolean> {
    const result = await this.db
      .updateTable('sync_leases')
      .set({ expires_at: now + ttlMs })
      .where('flow', '=', flow)
      .where('owner', '=', owner)
      .executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }

  async release(flow: FlowId, owner: string): Promise<void> {
    await this.db
      .deleteFrom('sync_leases')
      .where('flow', '=', flow)
      .where('owner', '=', owner)
      .execute()
  }

  /** Which flows some process holds right now (for status). */
  async held(now: number): Promise<Set<FlowId>> {
    const rows = await this.db
      .selectFrom('sync_leases')
      .select('flow')
      .where('expires_at', '>', now)
      .execute()
    return new Set(rows.map((row) => row.flow as FlowId))
  }
}
