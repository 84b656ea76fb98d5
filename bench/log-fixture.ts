/**
 * A large activity log for the benchmark, written straight into a migrated database: rows of
 * three flows with realistic payloads, a run every 1 000 rows, spread evenly over `days` days
 * before `now` (so a 30-day retention finds half of a 60-day log expired). The full-text index
 * is built in one go and merged, as the background indexer and merging would have left it.
 */
import { openDatabase } from '../src/main/core/db/open-database'

export const commonWord = 'utrecht'
const cities = [commonWord, commonWord, commonWord, 'amsterdam', 'rotterdam', 'zwolle', 'gent']
const flows = [
  'products',
  'products',
  'products',
  'products',
  'customers',
  'customers',
  'categories'
]

export interface LogFixture {
  rows: number
  runs: number
  /** Words that occur in a handful of rows each. */
  rareWords: string[]
  now: number
}

export async function writeLogFixture(
  path: string,
  options: { rows: number; days: number; now: number }
): Promise<LogFixture> {
  const { rows, days, now } = options
  const database = await openDatabase(path)
  const { sqlite } = database
  const perRun = 1000
  const runs = Math.ceil(rows / perRun)
  const start = now - days * 24 * 60 * 60 * 1000
  const step = (now - start) / rows
  const insertRun = sqlite.prepare(
    `insert into sync_runs (id, flow, trigger, status, started_at, finished_at, created, updated,
       unchanged, waiting, failed, error) values (?, ?, 'schedule', 'succeeded', ?, ?, 0, 0, 0, 0, 0, null)`
  )
  const insertRow = sqlite.prepare(
    `insert into sync_records (run_id, flow, source_id, target_id, outcome, reason, source_json,
       sent_json, response_json, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  let seed = 12345
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const rareWords: string[] = []
  const write = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const at = Math.round(start + i * step)
      const run = Math.floor(i / perRun) + 1
      const flow = flows[run % flows.length]
      if (i % perRun === 0) insertRun.run(run, flow, at, at + 60_000)
      const r = random()
      const outcome = r < 0.03 ? 'failed' : r < 0.05 ? 'waiting' : r < 0.4 ? 'created' : 'updated'
      // Every 20 000th customer is someone searched for by name; they appear in a few runs.
      const person = i % 20_000 < 4 ? `zoekbaar${Math.floor(i / 20_000)}` : `klant${i % 50_000}`
      if (i % 20_000 === 0) rareWords.push(person)
      const city = cities[Math.floor(random() * cities.length)]
      const sourceId = flow === 'customers' ? `${person}@example.nl` : String(100000 + (i % 60_000))
      const source =
        flow === 'customers'
          ? { email_address: `${person}@example.nl`, merge_fields: { FNAME: person, CITY: city } }
          : { productNumber: sourceId, description: `Trui ${city} wol`, changedBy: person }
      const sent =
        flow === 'customers'
          ? { name: person, city, email: `${person}@example.nl` }
          : { id: sourceId, title: `Trui ${city} wol`, variants: 3 }
      insertRow.run(
        run,
        flow,
        sourceId,
        outcome === 'failed' || outcome === 'waiting' ? null : `T${i}`,
        outcome,
        outcome === 'failed' ? `The postal code of ${person} in ${city} is not valid.` : null,
        JSON.stringify(source),
        outcome === 'failed' ? null : JSON.stringify(sent),
        outcome === 'failed' ? null : '{"status":200}',
        at
      )
    }
  })
  for (let i = 0; i < rows; i += 10_000) write(i, Math.min(rows, i + 10_000))
  sqlite.prepare("insert into sync_records_fts(sync_records_fts) values ('rebuild')").run()
  // The rebuild leaves many segments (nothing merges inside a write since 0013); merged into
  // one, as the background merging would leave them over time.
  sqlite.prepare("insert into sync_records_fts(sync_records_fts) values ('optimize')").run()
  sqlite
    .prepare('update sync_records_fts_state set indexed_upto = (select max(id) from sync_records)')
    .run()
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  await database.close()
  return { rows, runs, rareWords, now }
}
