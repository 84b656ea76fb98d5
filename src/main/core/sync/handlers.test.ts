import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  permanentError,
  records,
  setUpStandInConnections
} from '../../../../tests/support/in-memory-sync-flow'
import { createCore } from '../create-core'
import { MemorySecretStore } from '../secrets/memory-store'

const tempDir = useTempDir()

async function coreWithCustomers() {
  const source = new ChangeLogSource(10)
  const target = new InMemoryTarget()
  const core = await createCore({
    dataDir: tempDir(),
    secrets: new MemorySecretStore(),
    version: 'test',
    flows: () => ({ customers: fakeFlow('customers', source, target) })
  })
  await setUpStandInConnections(core)
  return { core, source, target }
}

describe('sync contract calls through the core', () => {
  it('refuses to sync an install that is not set up, and says not-set-up with what is missing', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: 'test',
      flows: () => ({
        customers: fakeFlow('customers', new ChangeLogSource(1), new InMemoryTarget())
      })
    })
    await core.call('sync.setFlow', { flow: 'customers', enabled: true })
    const status = await core.call('sync.status')
    expect(status.state).toBe('not-set-up')
    expect(status.notSetUp).toEqual([
      { connection: 'mailchimp', missing: ['apiKey', 'listId', 'storeId'] },
      { connection: 'mplus', missing: ['host', 'port', 'ident', 'secret'] }
    ])
    await expect(core.call('sync.runNow', { all: true, wait: true })).rejects.toMatchObject({
      code: 'not-configured',
      params: { missing: ['apiKey', 'listId', 'storeId', 'host', 'port', 'ident', 'secret'] }
    })
    await expect(core.call('sync.runNow', { flow: 'customers', wait: true })).rejects.toMatchObject(
      { code: 'not-configured' }
    )
    expect((await core.call('log.runs', {})).runs).toEqual([])
    await setUpStandInConnections(core)
    expect((await core.call('sync.status')).state).toBe('idle')
    await core.close()
  })

  it('switches a flow on, runs it, and shows the run, the log, the attention queue and the daily chart', async () => {
    const { core, source, target } = await coreWithCustomers()
    source.push(...records(4))
    target.beforeWrite = (input) => {
      if (input.record.id === 'c2') throw permanentError()
    }
    expect((await core.call('sync.setFlow', { flow: 'customers', enabled: true })).enabled).toBe(
      true
    )
    const { accepted, runs } = await core.call('sync.runNow', { all: true, wait: true })
    expect(accepted).toEqual(['customers'])
    expect(runs[0]).toMatchObject({
      flow: 'customers',
      status: 'partial',
      counts: { created: 3, failed: 1 }
    })

    const status = await core.call('sync.status')
    const customers = status.flows.find((f) => f.flow === 'customers')!
    expect(customers).toMatchObject({
      enabled: true,
      schedule: '*/5 * * * *',
      running: false,
      needsAttention: 1,
      // c1, c3 and c4 reached the other system; c2 failed and has no counterpart.
      inSync: 3
    })
    expect(customers.nextRunAt).toBeGreaterThan(runs[0].startedAt)
    expect(status.state).toBe('error')

    expect((await core.call('log.runs', { limit: 1 })).runs[0].id).toBe(runs[0].id)
    const failed = await core.call('log.records', { outcome: 'failed' })
    expect(failed.records.map((r) => r.sourceId)).toEqual(['c2'])
    expect((await core.call('log.records', { text: 'c3', limit: 1 })).records[0].outcome).toBe(
      'created'
    )
    const page = await core.call('log.records', { limit: 2 })
    expect(page.nextBefore).toBe(page.records[1].id)
    // A time window: from inclusive, to exclusive.
    const times = (await core.call('log.records', {})).records.map((r) => r.at)
    const [first, last] = [Math.min(...times), Math.max(...times)]
    expect((await core.call('log.records', { from: first, to: last + 1 })).records.length).toBe(
      times.length
    )
    expect((await core.call('log.records', { from: last + 1 })).records).toEqual([])
    expect((await core.call('log.records', { to: first })).records).toEqual([])

    const attention = await core.call('attention.list', { state: 'attention' })
    expect(attention.items[0]).toMatchObject({ sourceId: 'c2', errorKind: 'permanent' })
    target.beforeWrite = null
    const retried = await core.call('attention.retry', { id: attention.items[0].id })
    expect(retried.runs[0]).toMatchObject({
      trigger: 'retry',
      status: 'succeeded',
      counts: { created: 1 }
    })
    expect((await core.call('sync.status')).state).toBe('idle')

    const [today] = await core.call('stats.daily', { days: 7 })
    expect(today).toMatchObject({ created: 4, updated: 0, failed: 1 })
    await core.close()
  })

  it('refuses an invalid schedule naming the field, and a second run of a running flow', async () => {
    const { core, source, target } = await coreWithCustomers()
    await expect(
      core.call('sync.setFlow', { flow: 'customers', schedule: 'every day' })
    ).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ path: 'schedule', message: expect.stringMatching(/not a valid schedule/) }]
    })
    source.push(...records(2))
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    target.beforeWrite = () => held
    expect(await core.call('sync.runNow', { flow: 'customers' })).toEqual({
      accepted: ['customers'],
      runs: []
    })
    await expect(core.call('sync.resync', { flow: 'customers' })).rejects.toMatchObject({
      code: 'conflict'
    })
    release()
    await core.close()
  })

  it('runs enabled flows that never ran when the host starts the core, and stops cleanly on close', async () => {
    const { core, source, target } = await coreWithCustomers()
    source.push(...records(3))
    await core.call('sync.setFlow', { flow: 'customers', enabled: true })
    await core.start()
    await core.sync.scheduler.idle()
    const { runs } = await core.call('log.runs', {})
    expect(runs.map((r) => [r.flow, r.trigger, r.status])).toEqual([
      ['customers', 'startup', 'succeeded']
    ])
    expect(target.creates).toBe(3)
    await core.close()
  })
})
