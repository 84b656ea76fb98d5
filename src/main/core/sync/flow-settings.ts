import type { Kysely } from 'kysely'
import { flowIds, type FlowId } from '../../../shared/contract'
import type { Database } from '../db/schema'

/** Every 5 minutes, like the hosted integration Kassabrug replaces. */
export const defaultSchedule = '*/5 * * * *'

export interface FlowSettings {
  flow: FlowId
  enabled: boolean
  schedule: string
}

/**
 * On/off and schedule per flow. A flow is off until the user (or the wizard) switches it on:
 * an unconfigured connection would otherwise fail every five minutes.
 */
export async function readFlowSettings(db: Kysely<Database>): Promise<FlowSettings[]> {
  const rows = await db.selectFrom('sync_flows').selectAll().execute()
  const stored = new Map(rows.map((row) => [row.flow, row]))
  return flowIds.map((flow) => {
    const row = stored.get(flow)
    return {
      flow,
      enabled: row ? row.enabled === 1 : false,
      schedule: row?.schedule ?? defaultSchedule
    }
  })
}

export async function saveFlowSettings(
  db: Kysely<Database>,
  settings: FlowSettings,
  now: number
): Promise<void> {
  const values = { enabled: settings.enabled ? 1 : 0, schedule: settings.schedule, updated_at: now }
  await db
    .insertInto('sync_flows')
    .values({ flow: settings.flow, ...values })
    .onConflict((oc) => oc.column('flow').doUpdateSet(values))
    .execute()
}
