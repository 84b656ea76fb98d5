import { spawnSync } from 'node:child_process'
import { hostname } from 'node:os'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  records
} from '../../../../tests/support/in-memory-sync-flow'
import { ManualClock, openHarness } from '../../../../tests/support/sync-engine-harness'
import { readLedgerEntries } from './ledger'
import { LeaseStore, newLeaseOwner } from './lease'
import { listRuns } from './run-log'

const tempDir = useTempDir()

/** A promise the test resolves by hand. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

describe('lease: one run per flow across processes', () => {
  it('refuses a second owner until the lease expires, and lets the owner renew it', async () => {
    const h = await openHarness(tempDir(), {})
    const leases = new LeaseStore(h.database.db)
    expect(await leases.tryAcquire('customers', 'A', 1000, 60_000)).toBe(true)
    expect(await leases.tryAcquire('customers', 'B', 2000, 60_000)).toBe(false)
    expect(await leases.tryAcquire('products', 'B', 2000, 60_000)).toBe(true)
    expect(await leases.renew('customers', 'A', 50_000, 60_000)).toBe(true)
    expect(await leases.tryAcquire('customers', 'B', 100_000, 60_000)).toBe(false)
    // A stopped renewing (its process died): after the expiry B takes over, and A has lost it.
    expect(await leases.tryAcquire('customers', 'B', 110_000, 60_000)).toBe(true)
    expect(await leases.renew('customers', 'A', 110_001, 60_000)).toBe(false)
    await h.close()
  })

  it('takes a lease over at once from a process on this machine that no longer exists', async () => {
    const h = await openHarness(tempDir(), {})
    const leases = new LeaseStore(h.database.db)
    const exited = spawnSync(process.execPath, ['-e', '']).pid
    const deadOwner = `${hostname()}/${exited}/x`
    const liveOwner = `${hostname()}/${process.ppid}/y`
    const elsewhere = `another-pc/${exited}/z`
    expect(await leases.tryAcquire('customers', deadOwner, 1000, 60_000)).toBe(true)
    expect(await leases.tryAcquire('customers', newLeaseOwner(), 2000, 60_000)).toBe(true)
    expect(await leases.tryAcquire('products', liveOwner, 1000, 60_000)).toBe(true)
    expect(await leases.tryAcquire('products', newLeaseOwner(), 2000, 60_000)).toBe(false)
    expect(await leases.tryAcquire('categories', elsewhere, 1000, 60_000)).toBe(true)
    expect(await leases.tryAcquire('categories', newLeaseOwner(), 2000, 60_000)).toBe(false)
    await h.close()
  })

  it('lets only one of two engines on the same database file run a flow', async () => {
    const dir = tempDir()
    const source = new ChangeLogSource(5)
    source.push(...records(3))
    const target = new InMemoryTarget()
    const flow = fakeFlow('customers', source, target)
    const hold = gate()
    const writing = gate()
    target.beforeWrite = async () => {
      writing.open()
      await hold.opened
    }
    const a = await openHarness(dir, { customers: flow })
    const b = await openHarness(dir, { customers: flow }, { clock: a.clock })
    const handle = await a.engine.begin('customers', { trigger: 'manual' })
    expect(handle).not.toBeNull()
    await writing.opened
    expect(await b.engine.begin('customers', { trigger: 'manual' })).toBeNull()
    await expect(b.engine.run('customers', { trigger: 'manual' })).rejects.toThrow(
      /already running/
    )
    expect((await b.engine.status()).flows.find((f) => f.flow === 'customers')?.running).toBe(true)
    hold.open()
    expect((await handle!.done).counts.created).toBe(3)
    // Released: the other process may run now, and finds nothing to do.
    expect((await b.engine.run('customers', { trigger: 'manual' })).counts.created).toBe(0)
    expect(target.creates).toBe(3)
    await a.close()
    await b.close()
  })
})

describe('crash recovery', () => {
  it('finishes the work of a process that died mid-page: every record exactly once at the target', async () => {
    const dir = tempDir()
    const source = new ChangeLogSource(10)
    source.push(...records(10))
    const target = new InMemoryTarget()
    const flow = fakeFlow('customers', source, target)
    const stalled = gate()
    const wakeUp = gate()
    // The "dying" process: c6 lands at the target, then the process stalls (as good as dead).
    target.afterWrite = async (input) => {
      if (input.record.id !== 'c6') return
      stalled.open()
      await wakeUp.opened
    }
    const dead = await openHarness(dir, { customers: flow }, { engine: { leaseTtlMs: 60_000 } })
    const deadRun = await dead.engine.begin('customers', { trigger: 'schedule' })
    expect(deadRun).not.toBeNull()
    await stalled.opened
    target.afterWrite = null

    // A new process, after the dead one's lease expired.
    const clock = new ManualClock(dead.clock.now() + 61_000)
    const next = await openHarness(dir, { customers: flow }, { clock })
    const run = await next.engine.run('customers', { trigger: 'startup' })
    expect(run.status).toBe('succeeded')
    // c1..c6 reached the target, but their group of confirmed writes was not saved yet (the
    // ledger is saved per group): the engine asks for creates again, the write's lookup finds
    // each one, so nothing duplicates and nothing is lost.
    expect(run.counts).toMatchObject({ unchanged: 0, created: 10, updated: 0 })
    expect(target.stored.size).toBe(10)
    expect(target.creates).toBe(10)
    const writesOf = (id: string) => target.stored.get(id)?.writes
    expect(['c1', 'c2', 'c3', 'c4', 'c5', 'c6'].map(writesOf)).toEqual([2, 2, 2, 2, 2, 2])
    expect(['c7', 'c8', 'c9', 'c10'].map(writesOf)).toEqual([1, 1, 1, 1])

    const ledger = await readLedgerEntries(next.database.db, 'customers', [...target.stored.keys()])
    for (const [sourceId, entry] of target.stored)
      expect(ledger.get(sourceId)?.targetId).toBe(entry.targetId)
    const runs = await listRuns(next.database.db, { limit: 10 })
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'interrupted'])

    // The stalled process wakes up later: it lost the lease, so it saves and sends nothing more.
    const callsBefore = target.calls
    wakeUp.open()
    const deadSummary = await deadRun!.done
    expect(deadSummary.status).toBe('failed')
    expect(deadSummary.error).toMatch(/Another Kassabrug process took over the customers sync/)
    expect(target.calls).toBe(callsBefore)
    await next.close()
    await dead.close()
  })
})
