import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  authError,
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  permanentError,
  records,
  transientError
} from '../../../../tests/support/in-memory-sync-flow'
import { openHarness } from '../../../../tests/support/sync-engine-harness'
import { readCheckpoint } from './checkpoints'
import { listPending } from './pending-queue'
import { listRecords } from './run-log'

const tempDir = useTempDir()

function setup(pageSize = 5) {
  const source = new ChangeLogSource(pageSize)
  const target = new InMemoryTarget()
  const flow = fakeFlow('customers', source, target)
  return { source, target, flow }
}

describe('sync engine: plan, ledger and checkpoints', () => {
  it('creates every record once, and a second run without changes writes nothing', async () => {
    const { source, target, flow } = setup()
    source.push(...records(12))
    const h = await openHarness(tempDir(), { customers: flow })
    const first = await h.engine.run('customers', { trigger: 'manual' })
    expect(first.status).toBe('succeeded')
    expect(first.counts).toMatchObject({ created: 12, updated: 0, failed: 0 })
    expect(target.creates).toBe(12)

    const second = await h.engine.run('customers', { trigger: 'manual' })
    expect(second.counts).toMatchObject({ created: 0, updated: 0, unchanged: 0 })
    expect(target.calls).toBe(12)
    expect(await readCheckpoint(h.database.db, 'customers')).toBe('12')
    await h.close()
  })

  it('updates a changed record, and does not write when only a create-only field changed', async () => {
    const { source, target, flow } = setup()
    source.push({ id: 'a', name: 'Ann', note: 'first' }, { id: 'b', name: 'Bob' })
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    source.push(
      { id: 'a', name: 'Ann', note: 'changed note only' },
      { id: 'b', name: 'Bob Jansen' }
    )
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    expect(target.stored.get('b')?.payload.name).toBe('Bob Jansen')
    expect(target.stored.get('a')?.payload.note).toBe('first')
    await h.close()
  })

  it('coalesces a record changed several times in a page into one write of the last version', async () => {
    const { source, target, flow } = setup(10)
    source.push(
      { id: 'x', name: 'v1' },
      { id: 'y', name: 'y1' },
      { id: 'x', name: 'v2' },
      { id: 'x', name: 'v3' },
      { id: 'x', name: 'v4' },
      { id: 'x', name: 'v5' }
    )
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(target.calls).toBe(2)
    expect(target.stored.get('x')?.payload.name).toBe('v5')
    expect(run.counts.created).toBe(2)
    await h.close()
  })

  it('does not re-send an older pending copy of a record the source delivered again', async () => {
    const { source, target, flow } = setup()
    source.push({ id: 'x', name: 'v1' })
    target.beforeWrite = () => {
      throw transientError()
    }
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    expect((await listPending(h.database.db, { limit: 10 }))[0]).toMatchObject({
      sourceId: 'x',
      state: 'retry'
    })

    target.beforeWrite = null
    source.push({ id: 'x', name: 'v2' })
    const callsBefore = target.calls
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(target.calls - callsBefore).toBe(1)
    expect(target.stored.get('x')?.payload.name).toBe('v2')
    expect(run.counts.created).toBe(1)
    expect(await listPending(h.database.db, { limit: 10 })).toEqual([])
    await h.close()
  })

  it('keeps a failed record with its source payload, so the moved checkpoint never loses it', async () => {
    const { source, target, flow } = setup()
    source.push(...records(5))
    target.beforeWrite = (input) => {
      if (input.record.id === 'c3') throw transientError('timeout after 30 s')
    }
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    expect(await readCheckpoint(h.database.db, 'customers')).toBe('5')
    const [pending] = await listPending(h.database.db, { limit: 10 })
    expect(pending).toMatchObject({ sourceId: 'c3', state: 'retry', attempts: 1 })
    expect(JSON.parse(pending.sourcePayload)).toEqual(records(5)[2])

    target.beforeWrite = null
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts.created).toBe(1)
    expect(target.stored.get('c3')?.payload.name).toBe('Customer 3 v1')
    expect(await listPending(h.database.db, { limit: 10 })).toEqual([])
    await h.close()
  })
})

describe('sync engine: failures', () => {
  it('sends a poison record to needs-attention after N runs while every other record succeeds', async () => {
    const { source, target, flow } = setup()
    source.push(...records(10))
    target.beforeWrite = (input) => {
      if (input.record.id === 'c4') throw transientError('HTTP 503')
    }
    const h = await openHarness(
      tempDir(),
      { customers: flow },
      { settings: { maxRecordAttempts: 3 } }
    )
    const first = await h.engine.run('customers', { trigger: 'schedule' })
    expect(first).toMatchObject({ status: 'partial', counts: { created: 9, failed: 1 } })
    // No retries within the run in the engine (that is the connectors' one retry layer).
    expect(target.calls).toBe(10)

    await h.engine.run('customers', { trigger: 'schedule' })
    expect((await listPending(h.database.db, { limit: 10 }))[0]).toMatchObject({
      state: 'retry',
      attempts: 2
    })
    await h.engine.run('customers', { trigger: 'schedule' })
    const [item] = await listPending(h.database.db, { limit: 10 })
    expect(item).toMatchObject({
      sourceId: 'c4',
      state: 'attention',
      attempts: 3,
      errorKind: 'transient'
    })
    expect(item.reason).toMatch(
      /MplusKASSA could not take customer c4 in 3 runs.*HTTP 503.*press Retry/
    )
    const failedEvents = h.events.filter((event) => event.name === 'record.failed')
    expect(failedEvents.map((event) => event.payload.state)).toEqual([
      'retry',
      'retry',
      'attention'
    ])

    // Once in needs-attention the engine leaves it alone until the user retries.
    const callsBefore = target.calls
    await h.engine.run('customers', { trigger: 'schedule' })
    expect(target.calls).toBe(callsBefore)
    await h.close()
  })

  it('sends a permanent error to needs-attention at once, without retries', async () => {
    const { source, target, flow } = setup()
    source.push(...records(4))
    target.beforeWrite = (input) => {
      if (input.record.id === 'c2') throw permanentError()
    }
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts).toMatchObject({ created: 3, failed: 1 })
    expect(target.calls).toBe(4)
    const [item] = await listPending(h.database.db, { limit: 10 })
    expect(item).toMatchObject({
      sourceId: 'c2',
      state: 'attention',
      attempts: 1,
      errorKind: 'permanent'
    })
    expect(item.reason).toBe(
      'MplusKASSA refused customer c2: Relation refused: postal code is invalid. Check the record in Mailchimp and its mapping, then press Retry.'
    )
    await h.close()
  })

  it('refuses a record that fails its own check, naming it, and logs it', async () => {
    const { source, target, flow } = setup()
    source.push({ id: 'blank', name: '  ' }, { id: '', name: 'No id' }, { id: 'ok', name: 'Fine' })
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    expect(target.calls).toBe(1)
    const [keyless, item] = await listPending(h.database.db, { limit: 10 })
    expect(keyless.sourceId).toMatch(/^no-id:[0-9a-f]{16}$/)
    expect(keyless.reason).toMatch(
      /^Customer .* was not sent to MplusKASSA: This customer has no usable id \(its id is empty\)/
    )
    expect(item.reason).toMatch(
      /^Customer blank was not sent to MplusKASSA: The name is empty\. Correct it in Mailchimp/
    )
    const log = await listRecords(h.database.db, { outcome: 'failed', limit: 10 })
    expect(log.map((row) => row.sourceId)).toEqual([keyless.sourceId, 'blank'])
    await h.close()
  })

  it('retries from needs-attention (one, then all) using the stored source record', async () => {
    const { source, target, flow } = setup()
    source.push(...records(3))
    target.beforeWrite = () => {
      throw permanentError()
    }
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    const items = await listPending(h.database.db, { state: 'attention', limit: 10 })
    expect(items).toHaveLength(3)

    target.beforeWrite = null
    const readsBefore = source.reads
    const retriedOne = await h.engine.retry({ id: items[0].id })
    expect(retriedOne).toMatchObject({ succeeded: 1, stillFailing: 0 })
    expect(retriedOne.runs[0]).toMatchObject({ trigger: 'retry', counts: { created: 1 } })
    expect(source.reads).toBe(readsBefore)
    expect(await listPending(h.database.db, { limit: 10 })).toHaveLength(2)

    const all = await h.engine.retry({ all: true })
    expect(all.runs[0].counts.created).toBe(2)
    expect(all).toMatchObject({ succeeded: 2, stillFailing: 0 })
    expect(await listPending(h.database.db, { limit: 10 })).toEqual([])
    expect(target.creates).toBe(3)
    await expect(h.engine.retry({ id: 99_999 })).rejects.toThrow(/no record with id 99999/)
    await h.close()
  })

  it('keeps a waiting record and sends it once what it waits for is there', async () => {
    const { source, target, flow } = setup()
    source.push({ id: 'order-1', name: 'Order', waitFor: 'product P1' })
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts.waiting).toBe(1)
    const [item] = await listPending(h.database.db, { limit: 10 })
    expect(item).toMatchObject({ state: 'waiting', reason: 'Waiting for product P1.' })
    await h.engine.run('customers', { trigger: 'manual' })
    expect(target.calls).toBe(0)
    await h.close()
  })

  it('stops the run on refused credentials, without moving the checkpoint past unrecorded records', async () => {
    const { source, target, flow } = setup(5)
    source.push(...records(10))
    target.beforeWrite = (input) => {
      if (input.record.id === 'c7') throw authError()
    }
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.status).toBe('failed')
    expect(run.error).toMatch(
      /MplusKASSA refused Kassabrug's credentials .*the run stopped.*enter the MplusKASSA credentials again/
    )
    // Page 1 committed; page 2 stopped at c7, so c8..c10 were never tried.
    expect(target.calls).toBe(7)
    expect(await readCheckpoint(h.database.db, 'customers')).toBe('5')
    expect(await listPending(h.database.db, { limit: 10 })).toEqual([])

    target.beforeWrite = null
    const next = await h.engine.run('customers', { trigger: 'manual' })
    // c6 was written before the stop: re-read, its hash matches, so it is skipped, not re-sent.
    expect(next.counts).toMatchObject({ created: 4, unchanged: 1 })
    expect(target.creates).toBe(10)
    await h.close()
  })

  it('reports a source that cannot be read as a failed run in plain words', async () => {
    const { source, flow } = setup()
    source.readError = transientError('Mailchimp did not answer within 30 s')
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run).toMatchObject({ status: 'failed' })
    expect(run.error).toMatch(
      /^Reading from MplusKASSA failed: Mailchimp did not answer within 30 s The next run tries again/
    )
    await h.close()
  })

  it('stops a run when the target is down, without using up the attempts of the records', async () => {
    const { source, target, flow } = setup(50)
    source.push(...records(30))
    let down = true
    target.beforeWrite = () => {
      if (down) throw transientError('connect ECONNREFUSED')
    }
    const h = await openHarness(
      tempDir(),
      { customers: flow },
      { engine: { stopAfterUnreachable: 4 } }
    )
    const run = await h.engine.run('customers', { trigger: 'schedule' })
    expect(run.status).toBe('failed')
    expect(run.error).toMatch(
      /^MplusKASSA could not be reached for 4 records in a row \(last error: connect ECONNREFUSED\)/
    )
    // 4 records tried once each, then nothing more; no record was charged an attempt.
    expect(target.calls).toBe(4)
    expect(await listPending(h.database.db, { limit: 50 })).toEqual([])
    expect(await readCheckpoint(h.database.db, 'customers')).toBeNull()

    down = false
    expect((await h.engine.run('customers', { trigger: 'schedule' })).counts.created).toBe(30)
    await h.close()
  })
})

describe('sync engine: runs and dry runs', () => {
  it('starts a flow once when asked twice at the same moment in one process', async () => {
    const { source, target, flow } = setup()
    source.push(...records(2))
    const h = await openHarness(tempDir(), { customers: flow })
    const [a, b] = await Promise.all([
      h.engine.begin('customers', { trigger: 'manual' }),
      h.engine.begin('customers', { trigger: 'manual' })
    ])
    expect([a, b].filter((handle) => handle !== null)).toHaveLength(1)
    await (a ?? b)!.done
    expect(target.calls).toBe(2)
    await h.close()
  })

  it('dry run shows exactly what the run then sends, and writes nothing', async () => {
    const { source, target, flow } = setup()
    source.push(...records(3), { id: 'c2', name: 'Customer 2 renamed', note: 'vip' })
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    source.push(
      { id: 'c1', name: 'Customer 1 renamed' },
      { id: 'c2', name: 'Customer 2 renamed' },
      { id: 'n', name: 'New' }
    )
    const calls = target.calls
    const preview = await h.engine.dryRun('customers', 10)
    expect(target.calls).toBe(calls)
    expect(preview.map((item) => [item.sourceId, item.decision.action])).toEqual([
      ['c1', 'update'],
      ['c2', 'skip'],
      ['n', 'create']
    ])
    const sent: string[] = []
    target.afterWrite = (input) => void sent.push(JSON.stringify(input.payload))
    await h.engine.run('customers', { trigger: 'manual' })
    const previewed = preview.flatMap((item) =>
      'payload' in item.decision ? [JSON.stringify(item.decision.payload)] : []
    )
    expect(sent).toEqual(previewed)
    expect(await h.engine.dryRun('customers', 10)).toEqual([])
    await h.close()
  })
})
