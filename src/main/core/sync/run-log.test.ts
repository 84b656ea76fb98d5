import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  permanentError,
  records
} from '../../../../tests/support/in-memory-sync-flow'
import { openHarness } from '../../../../tests/support/sync-engine-harness'
import { listPending } from './pending-queue'
import { ftsPhrases, listRecords, listRuns, purgeLog } from './run-log'

const tempDir = useTempDir()
const day = 24 * 60 * 60 * 1000

function setup() {
  const source = new ChangeLogSource(50)
  const target = new InMemoryTarget()
  return { source, target, flow: fakeFlow('customers', source, target) }
}

describe('activity log', () => {
  it('logs what came in, what was sent and the answer, and finds rows by text, outcome and page', async () => {
    const { source, target, flow } = setup()
    source.push(...records(25), { id: 'jan@example.nl', name: 'Jan de Vries' })
    target.beforeWrite = (input) => {
      if (input.record.id === 'c7') throw permanentError('Postal code 1234 XY-Z is not valid')
    }
    const h = await openHarness(tempDir(), { customers: flow })
    const run = await h.engine.run('customers', { trigger: 'manual' })

    const [row] = await listRecords(h.database.db, { text: 'jan@example.nl', limit: 10 })
    expect(row).toMatchObject({
      runId: run.id,
      sourceId: 'jan@example.nl',
      outcome: 'created',
      targetId: 'T25'
    })
    expect(JSON.parse(row.sourcePayload!)).toEqual({ id: 'jan@example.nl', name: 'Jan de Vries' })
    expect(JSON.parse(row.sentPayload!)).toEqual({ name: 'Jan de Vries' })
    expect(JSON.parse(row.response!)).toEqual({ id: 'T25' })

    expect(
      (await listRecords(h.database.db, { text: 'xy-z', limit: 10 })).map((r) => r.sourceId)
    ).toEqual(['c7'])
    expect(
      (await listRecords(h.database.db, { text: 'Vri', limit: 10 })).map((r) => r.sourceId)
    ).toEqual(['jan@example.nl'])
    expect(await listRecords(h.database.db, { text: '" OR *', limit: 10 })).toEqual([])
    expect(
      (await listRecords(h.database.db, { outcome: 'failed', flow: 'customers', limit: 10 })).map(
        (r) => r.sourceId
      )
    ).toEqual(['c7'])

    // Keyset paging, newest first, no row twice.
    const seen: string[] = []
    let before: number | undefined
    for (let page = 0; page < 10; page++) {
      const rows = await listRecords(h.database.db, { before, limit: 10 })
      seen.push(...rows.map((r) => r.sourceId))
      if (rows.length < 10) break
      before = rows[rows.length - 1].id
    }
    expect(seen).toHaveLength(26)
    expect(new Set(seen).size).toBe(26)
    // Failures are logged when their page is committed, after the writes of that page.
    expect(seen.slice(0, 2)).toEqual(['c7', 'jan@example.nl'])
    await h.close()
  })

  it('stores no payloads when the switch is off, but keeps the source record of a failure for its retry', async () => {
    const { source, target, flow } = setup()
    source.push(...records(3))
    target.beforeWrite = (input) => {
      if (input.record.id === 'c2') throw permanentError()
    }
    const h = await openHarness(
      tempDir(),
      { customers: flow },
      { settings: { storePayloads: false } }
    )
    await h.engine.run('customers', { trigger: 'manual' })
    const rows = await listRecords(h.database.db, { limit: 10 })
    expect(rows).toHaveLength(3)
    for (const row of rows)
      expect([row.sourcePayload, row.sentPayload, row.response]).toEqual([null, null, null])
    expect(await listRecords(h.database.db, { text: 'v1', limit: 10 })).toEqual([])
    const [pending] = await listPending(h.database.db, { limit: 10 })
    expect(JSON.parse(pending.sourcePayload)).toMatchObject({ id: 'c2' })
    await h.close()
  })

  it('purges rows and runs older than the retention in chunks, and their search entries with them', async () => {
    const { source, flow } = setup()
    const h = await openHarness(
      tempDir(),
      { customers: flow },
      { settings: { logRetentionDays: 30 } }
    )
    source.push(...records(7))
    await h.engine.run('customers', { trigger: 'manual' })
    h.clock.advance(20 * day)
    source.push(...records(3, 2))
    await h.engine.run('customers', { trigger: 'manual' })
    h.clock.advance(15 * day)

    expect(await purgeLog(h.database.db, h.clock.now() - 30 * day, { chunk: 2 })).toBe(7)
    const remaining = await listRecords(h.database.db, { limit: 50 })
    expect(remaining.map((r) => r.outcome)).toEqual(['updated', 'updated', 'updated'])
    expect(await listRecords(h.database.db, { text: 'v1', limit: 50 })).toEqual([])
    expect(await listRuns(h.database.db, { limit: 10 })).toHaveLength(1)

    h.clock.advance(31 * day)
    expect(await h.engine.purgeExpiredLog(true)).toBe(3)
    expect(await listRuns(h.database.db, { limit: 10 })).toEqual([])
    await h.close()
  })

  it('quotes the user text so it never becomes FTS query syntax', () => {
    expect(ftsPhrases('jan@x.nl  "NEAR"')).toBe('"jan@x.nl" """NEAR"""*')
  })
})
