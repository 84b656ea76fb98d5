import type { Kysely } from 'kysely'
import { flowIds, type FlowId } from '../../../shared/contract'
import type { Database } from '../db/schema'
import { readCheckpoint } from './checkpoints'
import type { AnyFlow } from './flow'

/**
 * A flow's afterRun is owed from the moment its beforeRun starts until afterRun has finished.
 * The marker lives in SQLite, so a process that dies in between leaves it behind and the next
 * start of the flow (with the lease held: nobody else is running it) completes the afterRun.
 */
export async function owedAfterRun(
  db: Kysely<Database>,
  flow: FlowId
): Promise<{ runId: number } | null> {
  const row = await db
    .selectFrom('sync_hooks_pending')
    .select('run_id')
    .where('flow', '=', flow)
    .executeTakeFirst()
  return row ? { runId: row.run_id } : null
}

/** The flows whose afterRun a process that died left owed. */
export async function flowsOwingAfterRun(db: Kysely<Database>): Promise<FlowId[]> {
  const rows = await db.selectFrom('sync_hooks_pending').select('flow').execute()
  return flowIds.filter((flow) => rows.some((row) => row.flow === flow))
}

async function markOwed(
  db: Kysely<Database>,
  flow: FlowId,
  runId: number,
  now: number
): Promise<void> {
  await db
    .insertInto('sync_hooks_pending')
    .values({ flow, run_id: runId, started_at: now })
    .onConflict((oc) => oc.column('flow').doUpdateSet({ run_id: runId, started_at: now }))
    .execute()
}

async function clearOwed(db: Kysely<Database>, flow: FlowId): Promise<void> {
  await db.deleteFrom('sync_hooks_pending').where('flow', '=', flow).execute()
}

/** Completes an afterRun left owed by a process that died; call with the flow's lease held. */
export async function completeOwedAfterRun(
  db: Kysely<Database>,
  definition: AnyFlow,
  signal: AbortSignal
): Promise<boolean> {
  const owed = await owedAfterRun(db, definition.id)
  if (!owed) return false
  const checkpoint = await readCheckpoint(db, definition.id)
  await definition.afterRun?.({ runId: owed.runId, recovering: true, checkpoint, signal })
  await clearOwed(db, definition.id)
  return true
}

/**
 * Runs `body` between the flow's beforeRun and afterRun. afterRun runs on every exit path once
 * beforeRun has started (also when beforeRun itself failed); if it fails, the marker stays and
 * the next start tries it again. Returns the afterRun failure, if any, for the run's message.
 */
export async function withRunHooks<T>(
  db: Kysely<Database>,
  definition: AnyFlow,
  context: { runId: number; signal: AbortSignal; now: number },
  body: () => Promise<T>
): Promise<{ value: T; afterRunError: unknown } | { error: unknown; afterRunError: unknown }> {
  const hooked = Boolean(definition.beforeRun || definition.afterRun)
  let outcome: { value: T } | { error: unknown }
  if (hooked) await markOwed(db, definition.id, context.runId, context.now)
  const hookContext = {
    runId: context.runId,
    recovering: false,
    checkpoint: hooked ? await readCheckpoint(db, definition.id) : null,
    signal: context.signal
  }
  try {
    await definition.beforeRun?.(hookContext)
    outcome = { value: await body() }
  } catch (error) {
    outcome = { error }
  }
  let afterRunError: unknown = null
  if (hooked) {
    try {
      // A run stopped by its signal must still clean up: afterRun gets a signal of its own.
      await definition.afterRun?.({
        ...hookContext,
        checkpoint: await readCheckpoint(db, definition.id),
        signal: new AbortController().signal
      })
      await clearOwed(db, definition.id)
    } catch (error) {
      afterRunError = error
    }
  }
  return { ...outcome, afterRunError }
}
