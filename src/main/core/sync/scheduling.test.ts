import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  records
} from '../../../../tests/support/in-memory-sync-flow'
import { openHarness, type Harness } from '../../../../tests/support/sync-engine-harness'
import { silentLogger } from '../logger'
import { listRuns } from './run-log'
import { firstDueTime, scheduleProblem } from './schedule-times'
import { SyncScheduler } from './scheduler'
import type { FlowId } from './flow'

const tempDir = useTempDir()
const minute = 60_000

/** A scheduler over the harness's engine; isPaused stands in for the Pause setting. */
function schedulerFor(h: Harness, isPaused: () => Promise<boolean>): SyncScheduler {
  return new SyncScheduler({
    engine: h.engine,
    db: h.database.db,
    clock: h.clock,
    logger: silentLogger,
    isPaused
  })
}

function flowsFor(ids: FlowId[]) {
  const targets = new Map<FlowId, InMemoryTarget>()
  const flows = Object.fromEntries(
    ids.map((id) => {
      const source = new ChangeLogSource(10)
      source.push(...records(2))
      const target = new InMemoryTarget()
      targets.set(id, target)
      return [id, fakeFlow(id, source, target)]
    })
  )
  return { flows, targets }
}

describe('sync all and resync', () => {
  it('runs only the enabled flows, in dependency order', async () => {
    const { flows } = flowsFor(['customers', 'products', 'categories', 'product-types'])
    const h = await openHarness(tempDir(), flows)
    for (const flow of ['categories', 'products', 'customers'] as const)
      await h.engine.setFlow(flow, { enabled: true })
    const summaries = await h.engine.runAll('manual')
    expect(summaries.map((s) => s.flow)).toEqual(['customers', 'products', 'categories'])
    const started = h.events.filter((e) => e.name === 'run.started').map((e) => e.payload.flow)
    expect(started).toEqual(['customers', 'products', 'categories'])
    await h.close()
  })

  it('resync reads everything again but keeps the ledger, so nothing is written twice', async () => {
    const { flows, targets } = flowsFor(['customers'])
    const h = await openHarness(tempDir(), flows)
    await h.engine.run('customers', { trigger: 'manual' })
    const resync = await h.engine.run('customers', { trigger: 'manual', fromScratch: true })
    expect(resync.counts).toMatchObject({ unchanged: 2, created: 0, updated: 0 })
    expect(targets.get('customers')!.calls).toBe(2)
    await h.close()
  })

  it('reports progress and the finished run through events', async () => {
    const { flows } = flowsFor(['customers'])
    const h = await openHarness(tempDir(), flows)
    await h.engine.run('customers', { trigger: 'manual' })
    const names = h.events.map((e) => e.name)
    expect(names[0]).toBe('run.started')
    expect(names).toContain('sync.status.changed')
    const progress = h.events.filter((e) => e.name === 'run.progress').at(-1)
    expect(progress?.payload).toMatchObject({
      done: 2,
      total: 2,
      counts: { created: 2 }
    })
    const finished = h.events.find((e) => e.name === 'run.finished')
    expect(finished?.payload).toMatchObject({
      flow: 'customers',
      status: 'succeeded',
      counts: { created: 2 }
    })
    await h.close()
  })

  it('records a failed run when the flow is not available', async () => {
    const h = await openHarness(tempDir(), {})
    const run = await h.engine.run('product-types', { trigger: 'manual' })
    expect(run).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/product-types flow is not available/)
    })
    await h.close()
  })
})

describe('schedules', () => {
  it('validates cron expressions with a readable reason', () => {
    expect(scheduleProblem('*/5 * * * *')).toBeNull()
    expect(scheduleProblem('61 * * * *')).toMatch(
      /"61 \* \* \* \*" is not a valid schedule \(.*minute.*\)/
    )
  })

  it('finds the next due time in local time, also for second-level and rare schedules', () => {
    const at = new Date(2026, 2, 10, 10, 2, 30).getTime()
    expect(firstDueTime('*/5 * * * *', at)).toBe(new Date(2026, 2, 10, 10, 5, 0).getTime())
    expect(firstDueTime('*/20 * * * * *', at)).toBe(new Date(2026, 2, 10, 10, 2, 40).getTime())
    expect(firstDueTime('0 3 * * *', at)).toBe(new Date(2026, 2, 11, 3, 0, 0).getTime())
    expect(firstDueTime('*/5 * * * *', at, at + 2 * minute)).toBeNull()
  })

  it('computes yearly and never-due schedules from the fields, not by stepping through time', () => {
    const at = new Date(2026, 2, 10, 10, 2, 30).getTime()
    expect(firstDueTime('0 0 1 1 *', at)).toBe(new Date(2027, 0, 1, 0, 0, 0).getTime())
    expect(firstDueTime('0 0 1 1 *', new Date(2027, 0, 1, 0, 0, 0).getTime())).toBe(
      new Date(2028, 0, 1, 0, 0, 0).getTime()
    )
    expect(firstDueTime('30 4 29 2 *', at)).toBe(new Date(2028, 1, 29, 4, 30, 0).getTime())
    expect(firstDueTime('0 0 30 2 *', at)).toBeNull()
  })

  it('runs at start the enabled flows whose due time passed while the app was closed', async () => {
    const { flows } = flowsFor(['customers', 'products', 'categories'])
    const h = await openHarness(tempDir(), flows)
    h.clock.time = new Date(2026, 2, 10, 10, 1, 0).getTime()
    await h.engine.setFlow('customers', { enabled: true })
    await h.engine.setFlow('products', { enabled: true, schedule: '0 3 * * *' })
    await h.engine.runAll('manual')

    // Closed for 7 minutes: customers (every 5 minutes) missed 10:05; products (03:00) missed nothing.
    h.clock.time = new Date(2026, 2, 10, 10, 8, 0).getTime()
    const scheduler = schedulerFor(h, async () => false)
    await scheduler.start()
    await scheduler.idle()
    const runs = await listRuns(h.database.db, { limit: 10 })
    expect(runs.map((r) => [r.flow, r.trigger])).toEqual([
      ['customers', 'startup'],
      ['products', 'manual'],
      ['customers', 'manual']
    ])
    expect(await scheduler.catchUp()).toEqual([])
    await scheduler.stop()
    await h.close()
  })

  it('runs nothing while paused, and catches up once resumed', async () => {
    const { flows } = flowsFor(['customers'])
    const h = await openHarness(tempDir(), flows)
    h.clock.time = new Date(2026, 2, 10, 10, 1, 0).getTime()
    await h.engine.setFlow('customers', { enabled: true })
    await h.engine.runAll('manual')
    h.clock.time = new Date(2026, 2, 10, 10, 8, 0).getTime()
    let paused = true
    const scheduler = schedulerFor(h, async () => paused)
    await scheduler.start()
    await scheduler.idle()
    expect((await listRuns(h.database.db, { limit: 10 })).map((r) => r.trigger)).toEqual(['manual'])
    paused = false
    expect(await scheduler.catchUp()).toEqual(['customers'])
    await scheduler.idle()
    expect((await listRuns(h.database.db, { limit: 10 })).map((r) => r.trigger)).toEqual([
      'startup',
      'manual'
    ])
    await scheduler.stop()
    await h.close()
  })

  it('fires a flow on its cron schedule', async () => {
    const { flows } = flowsFor(['customers'])
    const h = await openHarness(tempDir(), flows)
    await h.engine.setFlow('customers', { enabled: true, schedule: '* * * * * *' })
    await h.engine.run('customers', { trigger: 'manual' })
    const scheduler = schedulerFor(h, async () => false)
    await scheduler.start()
    // Real timers here: wait (bounded) for croner to fire once.
    for (
      let i = 0;
      i < 50 &&
      !(await listRuns(h.database.db, { limit: 5 })).some((r) => r.trigger === 'schedule');
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await scheduler.stop()
    expect(
      (await listRuns(h.database.db, { limit: 5 })).some((r) => r.trigger === 'schedule')
    ).toBe(true)
    await h.close()
  })
})
