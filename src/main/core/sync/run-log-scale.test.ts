import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { openHarness } from '../../../../tests/support/sync-engine-harness'
import {
  indexLogText,
  listRecords,
  mergeLogText,
  purgeLog,
  recordsQuery,
  type RecordFilter,
  type RecordLogRow
} from './run-log'
import { RunStatements } from './run-statements'

const tempDir = useTempDir()
const hour = 60 * 60 * 1000

/** `count` log rows, one an hour from `start`: customers and products in turn, all in Utrecht. */
async function logRows(
  h: Awaited<ReturnType<typeof openHarness>>,
  count: number,
  start = 0
): Promise<void> {
  const statements = RunStatements.of(h.database.sqlite)
  for (let i = 0; i < count; i++) {
    const row: RecordLogRow = {
      runId: 1 + Math.floor(i / 10),
      flow: i % 2 === 0 ? 'customers' : 'products',
      sourceId: `s${i}`,
      targetId: null,
      outcome: i % 3 === 0 ? 'failed' : 'created',
      reason: `klant ${i} in Utrecht`
    }
    await statements.transaction(h.database.db, () =>
      statements.logRecord(row, false, start + i * hour)
    )
  }
}

function plan(h: Awaited<ReturnType<typeof openHarness>>, filter: RecordFilter): string {
  const { sql, parameters } = recordsQuery(filter).compile(h.database.db)
  return (
    h.database.sqlite.prepare(`explain query plan ${sql}`).all(...parameters) as {
      detail: string
    }[]
  )
    .map((step) => step.detail)
    .join('\n')
}

describe('activity log at scale', () => {
  it('serves a time range as a range of ids, alone or with another filter, without sorting', async () => {
    const h = await openHarness(tempDir(), {})
    for (const filter of [
      { limit: 50, from: 1000, to: 5000 },
      { limit: 50, from: 1000, before: 300 },
      { limit: 50, to: 5000 }
    ]) {
      const steps = plan(h, filter)
      expect(steps, JSON.stringify(filter)).not.toMatch(/TEMP B-TREE|SCAN r\b/)
      expect(steps).toMatch(/^SEARCH r USING INTEGER PRIMARY KEY \(rowid[<>]/)
      // Each end of the range is one seek in the time index.
      expect(steps).toMatch(/SEARCH sync_records USING COVERING INDEX sync_records_created/)
    }
    expect(plan(h, { limit: 50, flow: 'customers', from: 1000 })).toMatch(
      /^SEARCH r USING INDEX sync_records_flow_id \(flow=\? AND id>\?\)/
    )
    expect(plan(h, { limit: 50, outcome: 'failed', flow: 'customers', to: 9 })).toMatch(
      /^SEARCH r USING INDEX sync_records_flow \(flow=\? AND outcome=\? AND id<\?\)/
    )
    const text = plan(h, { limit: 50, text: 'utrecht', from: 1000, to: 5000 })
    // The full-text index is given both ends of the range (FTS5 writes them into its plan as
    // `>` and `<` after the match), so its walk starts at the range, not at the newest match.
    expect(text).toMatch(/^SCAN f VIRTUAL TABLE INDEX \d+:M\d+></)
    expect(text).not.toMatch(/TEMP B-TREE/)
    await h.close()
  })

  it('hands a page bound to the full-text index as an integer, the only kind FTS5 seeks to', async () => {
    const h = await openHarness(tempDir(), {})
    expect(plan(h, { limit: 50, text: 'utrecht', before: 300 })).toMatch(
      /^SCAN f VIRTUAL TABLE INDEX \d+:M\d+</
    )
    // better-sqlite3 binds a JavaScript number as a real; FTS5 ignores a real rowid bound and
    // walks every newer match instead (the result is the same, only slow, so the SQL is checked).
    const { sql } = recordsQuery({ limit: 50, text: 'utrecht', before: 300 }).compile(h.database.db)
    expect(sql).toMatch(/f\.rowid < cast\(\? as integer\)/)
    expect(h.database.sqlite.prepare('select typeof(?) as t').get(300)).toEqual({ t: 'real' })
    await h.close()
  })

  it('waits for a checkpoint before the first purge step, and runs no step during one', async () => {
    const h = await openHarness(tempDir(), {})
    await logRows(h, 30)
    await indexLogText(h.database.db)
    let pending = 0
    let checkpoints = 0
    let stepsDuringCheckpoint = 0
    const purged = await purgeLog(h.database.db, 30 * hour, {
      maxStep: 2,
      checkpoint: async () => {
        checkpoints++
        pending++
        await new Promise((resolve) => setTimeout(resolve, 1))
        pending--
      },
      onStep: () => {
        if (pending > 0) stepsDuringCheckpoint++
      }
    })
    expect(purged).toBe(30)
    expect(checkpoints).toBeGreaterThan(0)
    expect(stepsDuringCheckpoint).toBe(0)
    await h.close()
  })

  it('gives a time range its rows, newest first, page by page, and nothing outside it', async () => {
    const h = await openHarness(tempDir(), {})
    await logRows(h, 48)
    const ids = async (filter: Omit<RecordFilter, 'limit'>, limit = 50) =>
      (await listRecords(h.database.db, { ...filter, limit })).map((row) => row.sourceId)
    // Hours 10 up to (not including) 14.
    expect(await ids({ from: 10 * hour, to: 14 * hour })).toEqual(['s13', 's12', 's11', 's10'])
    expect(await ids({ from: 10 * hour + 1, to: 14 * hour - 1 })).toEqual(['s13', 's12', 's11'])
    const [newest, second] = await listRecords(h.database.db, {
      from: 10 * hour,
      to: 14 * hour,
      limit: 2
    })
    expect(await ids({ from: 10 * hour, to: 14 * hour, before: second.id })).toEqual(['s11', 's10'])
    expect(newest.sourceId).toBe('s13')
    expect(await ids({ from: 40 * hour, flow: 'customers' })).toEqual(['s46', 's44', 's42', 's40'])
    expect(await ids({ to: 2 * hour, outcome: 'failed' })).toEqual(['s0'])
    expect(await ids({ from: 10 * hour, to: 14 * hour, text: 'utrecht' })).toEqual([
      's13',
      's12',
      's11',
      's10'
    ])
    // Ranges with no rows at one end or the other.
    expect(await ids({ from: 100 * hour })).toEqual([])
    expect(await ids({ to: 0 })).toEqual([])
    expect(await ids({ from: 20 * hour, to: 20 * hour })).toEqual([])
    await h.close()
  })

  it('stops a text search at the page: it reads the rows of one page, not every match', async () => {
    const h = await openHarness(tempDir(), {})
    await logRows(h, 400)
    await indexLogText(h.database.db)
    // Every row the query joins from sync_records passes through this view, which counts them.
    let read = 0
    h.database.sqlite.function('counted', { varargs: true, deterministic: false }, () => {
      read++
      return 1
    })
    h.database.sqlite.exec(
      'create temp view sync_records as select * from main.sync_records where counted(id)'
    )
    const page = (filter: RecordFilter) => {
      read = 0
      const { sql, parameters } = recordsQuery(filter).compile(h.database.db)
      const rows = h.database.sqlite.prepare(sql).all(...parameters) as { source_id: string }[]
      return { rows: rows.map((row) => row.source_id), read }
    }
    // 400 rows say "Utrecht": a page of 10 reads 10 of them.
    expect(page({ limit: 10, text: 'utrecht' })).toEqual({
      rows: ['s399', 's398', 's397', 's396', 's395', 's394', 's393', 's392', 's391', 's390'],
      read: 10
    })
    expect(page({ limit: 10, text: 'utrecht', before: 200 }).read).toBe(10)
    // Half of them are customers: the walk reads about twice the page, still not all 400.
    const customers = page({ limit: 10, text: 'utrecht', flow: 'customers' })
    expect(customers.rows).toHaveLength(10)
    expect(customers.read).toBeLessThanOrEqual(20)
    // The count is real: a query that needs every match reads all 400.
    read = 0
    h.database.sqlite
      .prepare(
        `select count(*) from sync_records_fts f join sync_records r on r.id = f.rowid
         where f.sync_records_fts match 'utrecht'`
      )
      .get()
    expect(read).toBe(400)
    await h.close()
  })

  it('merges the full-text segments in the background, not in the writes that add them', async () => {
    const h = await openHarness(tempDir(), {})
    const segments = () =>
      (
        h.database.sqlite
          .prepare('select count(distinct segid) as n from sync_records_fts_idx')
          .get() as { n: number }
      ).n
    // Written one transaction a row, as 60 indexing steps would: 60 segments, none merged on
    // the way (0013-log-text-merging).
    await logRows(h, 60)
    const index = h.database.sqlite.prepare(
      `insert into sync_records_fts (rowid, source_id, target_id, reason, source_json, sent_json)
       select id, source_id, target_id, reason, source_json, sent_json from sync_records
       where id = ?`
    )
    for (let id = 1; id <= 60; id++) index.run(id)
    h.database.sqlite.prepare('update sync_records_fts_state set indexed_upto = 60').run()
    expect(segments()).toBe(60)
    const before = await listRecords(h.database.db, { text: 'utrecht', limit: 100 })
    expect(before).toHaveLength(60)

    expect(await mergeLogText(h.database.db)).toBeGreaterThan(0)
    expect(segments()).toBeLessThan(16)
    expect(await mergeLogText(h.database.db)).toBe(0)
    h.database.sqlite
      .prepare("insert into sync_records_fts(sync_records_fts) values ('integrity-check')")
      .run()
    expect(await listRecords(h.database.db, { text: 'utrecht', limit: 100 })).toEqual(before)

    // The indexer and the purge merge between their steps, so segments never pile up.
    await logRows(h, 60, 60 * hour)
    const merges: number[] = []
    expect(
      await indexLogText(h.database.db, {
        maxStep: 1,
        onMergeStep: (step) => merges.push(step.rows)
      })
    ).toBe(60)
    expect(merges.filter((pages) => pages > 0).length).toBeGreaterThan(0)
    expect(segments()).toBeLessThan(32)
    await purgeLog(h.database.db, 90 * hour, { maxStep: 1 })
    expect(segments()).toBeLessThan(32)
    h.database.sqlite
      .prepare("insert into sync_records_fts(sync_records_fts) values ('integrity-check')")
      .run()
    expect(await listRecords(h.database.db, { text: 'utrecht', limit: 200 })).toHaveLength(30)
    await h.close()
  })
})
