import type { FlowId, RunProblem, SyncStatus } from '../../../shared/contract'

export type FlowHealth = 'ok' | 'failing'

export interface HealthChange {
  flow: FlowId
  health: FlowHealth
  /** Why the last run stopped, as codes the desktop words; empty when it did not (or predates 0015). */
  problems: RunProblem[]
  /** The same in developer words (a run from before 0015 has only this), or null. */
  error: string | null
  /** Records left for the user. */
  needsAttention: number
}

/** A flow is failing when its last run failed outright or left records that need attention. */
function healthOf(flow: SyncStatus['flows'][number]): FlowHealth | null {
  if (!flow.enabled || !flow.lastRun || flow.lastRun.status === 'running') return null
  return flow.lastRun.status === 'failed' || flow.needsAttention > 0 ? 'failing' : 'ok'
}

/**
 * Tracks each flow's health across status updates and reports only the changes, so the desktop
 * shows one notification when a flow starts failing and one when it recovers — not one per run.
 */
export class FlowHealthTracker {
  private readonly known = new Map<FlowId, FlowHealth>()

  update(status: SyncStatus): HealthChange[] {
    const changes: HealthChange[] = []
    for (const flow of status.flows) {
      const health = healthOf(flow)
      if (health === null) continue
      const before = this.known.get(flow.flow)
      this.known.set(flow.flow, health)
      if (before === health || (before === undefined && health === 'ok')) continue
      changes.push({
        flow: flow.flow,
        health,
        problems: health === 'ok' ? [] : (flow.lastRun?.problems ?? []),
        error: health === 'ok' ? null : (flow.lastRun?.error ?? null),
        needsAttention: flow.needsAttention
      })
    }
    return changes
  }
}
