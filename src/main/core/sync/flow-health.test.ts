import { describe, expect, it } from 'vitest'
import {
  emptyCounts,
  type FlowStatus,
  type RunStatus,
  type SyncStatus
} from '../../../shared/contract'
import { FlowHealthTracker } from './flow-health'

function status(
  run: RunStatus | null,
  needsAttention = 0,
  error: string | null = null
): SyncStatus {
  const flow: FlowStatus = {
    flow: 'products',
    enabled: true,
    schedule: '*/5 * * * *',
    running: run === 'running',
    lastRun: run
      ? {
          id: 1,
          flow: 'products',
          trigger: 'schedule',
          status: run,
          startedAt: 0,
          finishedAt: 1,
          counts: emptyCounts(),
          warned: 0,
          error,
          problems: error ? [{ code: 'credentials-refused', params: { system: 'mailchimp' } }] : []
        }
      : null,
    nextRunAt: null,
    needsAttention,
    pending: 0,
    inSync: 0
  }
  return { state: 'idle', notSetUp: [], paused: false, flows: [flow] }
}

describe('FlowHealthTracker', () => {
  it('reports a flow that starts failing once, and its recovery once', () => {
    const tracker = new FlowHealthTracker()
    expect(tracker.update(status('succeeded'))).toEqual([])
    expect(tracker.update(status('failed', 0, 'Mailchimp did not accept the API key.'))).toEqual([
      {
        flow: 'products',
        health: 'failing',
        problems: [{ code: 'credentials-refused', params: { system: 'mailchimp' } }],
        error: 'Mailchimp did not accept the API key.',
        needsAttention: 0
      }
    ])
    expect(tracker.update(status('failed', 0, 'again'))).toEqual([])
    expect(tracker.update(status('running'))).toEqual([])
    expect(tracker.update(status('succeeded'))).toEqual([
      { flow: 'products', health: 'ok', problems: [], error: null, needsAttention: 0 }
    ])
  })

  it('counts records left for the user as failing, and says how many', () => {
    const tracker = new FlowHealthTracker()
    expect(tracker.update(status('partial', 3))).toEqual([
      { flow: 'products', health: 'failing', problems: [], error: null, needsAttention: 3 }
    ])
    expect(tracker.update(status('succeeded', 0))).toHaveLength(1)
  })

  it('ignores flows that are off or have not run', () => {
    const tracker = new FlowHealthTracker()
    expect(tracker.update(status(null))).toEqual([])
    const off = status('failed')
    off.flows[0].enabled = false
    expect(tracker.update(off)).toEqual([])
  })
})
