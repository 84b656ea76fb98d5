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
import { silentLogger } from '../logger'
import { listPending } from './pending-queue'
import { LogMaintenance } from './log-maintenance'
import {
  ftsPhrases,
  indexLogText,
  listRecords,
  listRuns,
  purgeLog,
  recordsQuery,
  type RecordFilter
} from './run-log'

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

    expect(await purgeLog(h.database.db, h.clock.now() - 30 * day, { maxStep: 2 })).toBe(7)
    const remaining = await listRecords(h.database.db, { limit: 50 })
    expect(remaining.map((r) => r.outcome)).toEqual(['updated', 'updated', 'updated'])
    expect(await listRecords(h.database.db, { text: 'v1', limit: 50 })).toEqual([])
    expect(await listRuns(h.database.db, { limit: 10 })).toHaveLength(1)

    h.clock.advance(31 * day)
    const maintenance = new LogMaintenance({
      db: h.database.db,
      clock: h.clock,
      logger: silentLogger,
      retentionDays: async () => 30
    })
    expect(await maintenance.purgeExpired()).toBe(3)
    expect(await listRuns(h.database.db, { limit: 10 })).toEqual([])
    await h.close()
  })

  it('purges rows the full-text index has not reached yet without breaking the index', async () => {
    const { source, flow } = setup()
    const h = await openHarness(tempDir(), { customers: flow })
    source.push(...records(5))
    await h.engine.run('customers', { trigger: 'manual' })
    await indexLogText(h.database.db, { maxStep: 2 })
    source.push(...records(4, 2))
    await h.engine.run('customers', { trigger: 'manual' }) // 4 rows not indexed yet
    h.clock.advance(day)
    expect(await purgeLog(h.database.db, h.clock.now(), { maxStep: 3 })).toBe(9)
    h.database.sqlite
      .prepare("insert into sync_records_fts(sync_records_fts) values ('integrity-check')")
      .run()
    expect(await listRecords(h.database.db, { text: 'c1', limit: 10 })).toEqual([])
    await h.close()
  })

  it('indexes in the background once started, and purges there first, not inside start-up', async () => {
    const { source, flow } = setup()
    const h = await openHarness(
      tempDir(),
      { customers: flow },
      { settings: { logRetentionDays: 30 } }
    )
    source.push(...records(6))
    await h.engine.run('customers', { trigger: 'manual' })
    h.clock.advance(31 * day)
    source.push(...records(2, 2))
    await h.engine.run('customers', { trigger: 'manual' })
    const maintenance = new LogMaintenance({
      db: h.database.db,
      clock: h.clock,
      logger: silentLogger,
      retentionDays: async () => 30
    })
    maintenance.start()
    await new Promise((resolve) => setImmediate(resolve))
    await maintenance.stop()
    const rows = await listRecords(h.database.db, { limit: 50 })
    expect(rows.map((r) => r.sourceId)).toEqual(['c2', 'c1'])
    const { indexed_upto } = h.database.sqlite
      .prepare('select indexed_upto from sync_records_fts_state')
      .get() as { indexed_upto: number }
    expect(indexed_upto).toBe(rows[0].id)
    h.database.sqlite
      .prepare("insert into sync_records_fts(sync_records_fts) values ('integrity-check')")
      .run()
    await h.close()
  })

  it('serves every filter the log page offers from an index in id order', async () => {
    const h = await openHarness(tempDir(), {})
    const filters: RecordFilter[] = [
      { limit: 50 },
      { limit: 50, before: 1000 },
      { limit: 50, flow: 'products' },
      { limit: 50, flow: 'products', before: 1000 },
      { limit: 50, outcome: 'failed', before: 1000 },
      { limit: 50, runId: 7, before: 1000 },
      { limit: 50, flow: 'products', outcome: 'failed', before: 1000 },
      { limit: 50, text: 'utrecht', before: 1000 },
      { limit: 50, text: 'utrecht', flow: 'customers', outcome: 'failed' }
    ]
    for (const filter of filters) {
      const { sql, parameters } = recordsQuery(filter).compile(h.database.db)
      const plan = (
        h.database.sqlite.prepare(`explain query plan ${sql}`).all(...parameters) as {
          detail: string
        }[]
      ).map((step) => step.detail)
      // No sort of the matches (which would read them all first), and a filter never walks the
      // whole table: an index (or the full-text index) yields its rows newest first.
      const steps = plan.join('\n')
      expect(steps, JSON.stringify(filter)).not.toMatch(/TEMP B-TREE/)
      if (filter.text) expect(plan[0]).toMatch(/SCAN f VIRTUAL TABLE INDEX/)
      else if (filter.flow || filter.outcome || filter.runId)
        expect(steps, JSON.stringify(filter)).toMatch(/^SEARCH r USING (COVERING )?INDEX/)
    }
    await h.close()
  })

  it('searches whole words when the log has them, else the last word as the start of a word', async () => {
    const { source, flow } = setup()
    source.push({ id: 'a', name: 'Jan de Vries' }, { id: 'b', name: 'Els Vriesland' })
    const h = await openHarness(tempDir(), { customers: flow })
    await h.engine.run('customers', { trigger: 'manual' })
    const ids = async (text: string) =>
      (await listRecords(h.database.db, { text, limit: 10 })).map((r) => r.sourceId)
    expect(await ids('vries')).toEqual(['a'])
    expect(await ids('Vri')).toEqual(['b', 'a'])
    expect(await ids('els vries')).toEqual(['b'])
    await h.close()
  })

  it('quotes the user text so it never becomes FTS query syntax', () => {
    expect(ftsPhrases('jan@x.nl  "NEAR"')).toBe('"jan@x.nl" """NEAR"""*')
  })
})
