import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  records,
  transientError
} from '../../../../tests/support/in-memory-sync-flow'
import { openHarness } from '../../../../tests/support/sync-engine-harness'
import { readCheckpoint } from './checkpoints'

const tempDir = useTempDir()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A flow whose target limits itself (as Mailchimp's does), so its pages may overlap. */
function setup(pageSize: number) {
  const source = new ChangeLogSource(pageSize)
  const target = new InMemoryTarget()
  const flow = { ...fakeFlow('customers', source, target), targetLimitsItself: true }
  return { source, target, flow }
}

describe('sync engine: a page starts while the one before writes its last records', () => {
  it('starts the next page before the slow last write of the page before has answered', async () => {
    const { source, target, flow } = setup(5)
    source.push(...records(10))
    const started: string[] = []
    const finished: string[] = []
    target.beforeWrite = async (input) => {
      started.push(input.record.id)
      if (input.record.id === 'c5') await sleep(100)
      finished.push(input.record.id)
    }
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts).toMatchObject({ created: 10, failed: 0 })
    // c6..c10 (the second page) were sent while c5 (the first page's) was still out.
    expect(finished.indexOf('c5')).toBeGreaterThan(finished.indexOf('c10'))
    expect(started.indexOf('c6')).toBeLessThan(finished.indexOf('c5'))
    expect(await readCheckpoint(h.database.db, 'customers')).toBe('10')
    await h.close()
  })

  it('asks for the page after next only once the page before is saved: two pages held at most', async () => {
    const { source, target, flow } = setup(5)
    source.push(...records(15))
    const finished: string[] = []
    target.beforeWrite = async (input) => {
      if (input.record.id === 'c5') await sleep(100)
      finished.push(input.record.id)
    }
    // For each page asked of the source: had the first page's slow c5 answered yet?
    const askedAfterC5: boolean[] = []
    const h = await openHarness(tempDir(), {
      customers: {
        ...flow,
        read: (ctx) =>
          (async function* () {
            const pages = flow.read(ctx)[Symbol.asyncIterator]()
            for (;;) {
              askedAfterC5.push(finished.includes('c5'))
              const read = await pages.next()
              if (read.done) return
              yield read.value
            }
          })()
      }
    })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts).toMatchObject({ created: 15, failed: 0 })
    // The first page, the second read ahead; the third once the first (c5 in it) was saved.
    expect(askedAfterC5).toEqual([false, false, true, true])
    await h.close()
  })

  it('writes a record that is in both pages once after the other, the second time as an update on the first', async () => {
    const { source, target, flow } = setup(3)
    // c1 changed while the source was read: its newer version is in the second page.
    source.push(...records(3), { id: 'c1', name: 'Customer 1 v2' }, ...records(2, 2).slice(1))
    const writesOfC1: { mode: string; hadLedger: boolean }[] = []
    let c1InFlight = 0
    let c1MostInFlight = 0
    target.beforeWrite = async (input) => {
      if (input.record.id !== 'c1') return
      c1MostInFlight = Math.max(c1MostInFlight, ++c1InFlight)
      writesOfC1.push({ mode: input.mode, hadLedger: input.ledger !== null })
      // The first page's write of c1 is slow: the second page has started meanwhile.
      if (writesOfC1.length === 1) await sleep(100)
      c1InFlight--
    }
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts).toMatchObject({ created: 3, updated: 2, failed: 0 })
    expect(c1MostInFlight).toBe(1)
    expect(writesOfC1).toEqual([
      { mode: 'create', hadLedger: false },
      { mode: 'update', hadLedger: true }
    ])
    expect(target.creates).toBe(3)
    expect(target.stored.get('c1')?.payload.name).toBe('Customer 1 v2')
    expect(await readCheckpoint(h.database.db, 'customers')).toBe('5')
    await h.close()
  })

  it('saves the pages in order when the page before finishes last, its failed record kept for a retry', async () => {
    const { source, target, flow } = setup(4)
    source.push(...records(8))
    // The first page's c4 is slow and then fails retryably; the second page succeeds meanwhile.
    target.beforeWrite = async (input) => {
      if (input.record.id !== 'c4') return
      await sleep(100)
      throw transientError()
    }
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })
    expect(run.counts).toMatchObject({ created: 7, failed: 1 })
    // c4 is kept for a retry with its payload, so both pages' checkpoints may move on.
    expect(await readCheckpoint(h.database.db, 'customers')).toBe('8')
    await h.close()
  })
})
