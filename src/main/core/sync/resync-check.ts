import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { clearCheckpoint, readCheckpointRow } from './checkpoints'
import type { AnyFlow } from './flow'
import { countInSync } from './ledger'
import { countPending } from './pending-queue'

/**
 * Decides where a run starts reading and which fingerprint its checkpoints carry; call with the
 * flow's lease held, before anything else of the run.
 *
 * A checkpoint's fingerprint says what planned every record before it (the flow's mapping and
 * the reference data it maps with). A resync is the repair after such a change or a change made
 * by hand at the target, so it reads the whole source again, unless the flow can tell that
 * neither happened: the fingerprint kept with the checkpoint is the flow's current one, and the
 * target holds as many records as the ledger says were written (`targetIntact`), and no record of
 * the flow is pending (a resync also tries every parked record again). Then reading on
 * from the checkpoint gives the same result as reading everything (the source's changes since
 * come in through that read), at a few read calls whatever the catalogue's size.
 *
 * A run that reads on from a checkpoint of another fingerprint keeps none (null): records before
 * it were planned by the older one, so the next resync reads everything.
 */
export async function startCheckpoint(
  db: Kysely<Database>,
  flow: AnyFlow,
  options: { resync: boolean; signal: AbortSignal }
): Promise<{ fingerprint: string | null; readOn: boolean }> {
  const { signal } = options
  const current = flow.fingerprint ? await flow.fingerprint({ signal }) : null
  let stored = await readCheckpointRow(db, flow.id)
  const sameFingerprint = stored !== undefined && current !== null && stored.fingerprint === current
  if (options.resync) {
    const pending = (await countPending(db)).get(flow.id)
    const intact =
      sameFingerprint &&
      stored?.position !== null &&
      (pending === undefined || pending.retry + pending.waiting + pending.attention === 0) &&
      flow.targetIntact !== undefined &&
      (await flow.targetIntact({
        written: (await countInSync(db)).get(flow.id) ?? 0,
        signal
      }))
    if (!intact) {
      await clearCheckpoint(db, flow.id)
      stored = undefined
    }
  }
  const fromStart = stored === undefined || stored.position === null
  return {
    fingerprint: fromStart || sameFingerprint ? current : null,
    readOn: !fromStart
  }
}
