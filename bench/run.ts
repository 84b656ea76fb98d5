/**
 * `npm run bench`: how fast Kassabrug syncs and how its activity log answers, against the
 * simulators on this machine, each figure next to the target of issue #14 and, where the issue
 * asks for one, a baseline measured in the same run. Prints a table and, in the full mode,
 * rewrites the measured parts of docs/benchmarks.md (between its bench markers; the activity
 * log has a section of its own, which `--only 6` also rewrites).
 *
 * `--quick` runs every part at a small size and writes nothing: CI runs it so the bench cannot
 * rot. No figure is asserted anywhere: they vary with the machine and its load.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { startMailchimpSimulator } from '../simulators/mailchimp'
import { generateShopFixture } from '../simulators/mplus'
import { startSimulatorPair } from '../tests/support/sync-harness'
import { inProcessPair, startBackfillPair, type BenchPair } from './bench-simulators'
import {
  ChangeLogSource,
  fakeFlow,
  InMemoryTarget,
  records
} from '../tests/support/in-memory-sync-flow'
import { openHarness } from '../tests/support/sync-engine-harness'
import { logPart } from './activity-log'
import { describeConnectionUse, sampleConnectionUse } from './connection-use'
import { activityLogInCoreProcess } from './remote-log'
import { ordersIn } from './orders-in'
import type { AddFigure } from './figures'
import { ordersOut } from './orders-out'
import { startRemoteCore } from './remote-core'

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    // Smaller runs for a look at one part (the table says the sizes); the doc is not rewritten.
    products: { type: 'string' },
    members: { type: 'string' },
    'log-rows': { type: 'string' },
    only: { type: 'string' },
    // A CPU (--cpu-prof) or heap (--heap-prof) profile of each sync process, into this folder.
    'cpu-prof': { type: 'string' },
    'heap-prof': { type: 'string' }
  }
})
const quick = values.quick
const size = {
  ...(quick
    ? {
        products: 60,
        members: 40,
        rss: [60],
        logRows: 20_000,
        naive: 20,
        queries: 50,
        engineRecords: 200
      }
    : {
        engineRecords: 10_000,
        products: 10_000,
        members: 5_000,
        rss: [10_000, 100_000],
        logRows: 1_000_000,
        naive: 500,
        queries: 60
      }),
  ...(values.products ? { products: Number(values.products), rss: [Number(values.products)] } : {}),
  ...(values.members ? { members: Number(values.members) } : {}),
  ...(values['log-rows'] ? { logRows: Number(values['log-rows']) } : {})
}
/** Smaller sizes: nothing is written. `--only` at full size rewrites the sections it measured. */
const resized = Boolean(values.products ?? values.members ?? values['log-rows'])
/** --only 1,3,6: just those parts. */
const parts = new Set((values.only ?? '1,2,3,4,5,6').split(','))
/** Node options for a sync process: the profiles asked for, named after the part. */
function childNodeOptions(label: string): string[] {
  const cpu = values['cpu-prof']
  const heap = values['heap-prof']
  return [
    ...(cpu ? ['--cpu-prof', `--cpu-prof-dir=${cpu}`, `--cpu-prof-name=${label}.cpuprofile`] : []),
    ...(heap
      ? ['--heap-prof', `--heap-prof-dir=${heap}`, `--heap-prof-name=${label}.heapprofile`]
      : [])
  ]
}
const mailchimpLatencyMs = 40
const mplusLatencyMs = 20
const mailchimpConnections = 10
/** The back-fill's catalogue, generated alike by the till simulator and for the naive script. */
const backfillSeed = 99

interface Row {
  /** The machine's 1-minute load average when the figure was taken. */
  load: number
  part: string
  figure: string
  value: string
  target: string
  /** null: no target, or not measured yet. */
  met: boolean | null
}
const rows: Row[] = []
const add: AddFigure = (part, figure, value, target = '', met = null) => {
  const load = loadavg()[0]
  rows.push({ load, part, figure, value, target, met })
  process.stdout.write(
    `  ${part} ${figure}: ${value}${target ? ` (target ${target})` : ''} [load ${load.toFixed(1)}]\n`
  )
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const millis = (ms: number) => `${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms`
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kassabrug-bench-'))
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await work()
  return { ms: performance.now() - started, value }
}

async function callsAt(pair: BenchPair) {
  const mailchimpAll = sum(pair.mailchimp.requestCounts())
  const mailchimpWrites = sum(pair.mailchimp.writeCounts())
  const mplusAll = sum(await pair.mplus.requestCounts())
  const mplusWrites = sum(await pair.mplus.writeCounts())
  return {
    mailchimpAll,
    writes: mailchimpWrites + mplusWrites,
    reads: mailchimpAll - mailchimpWrites + mplusAll - mplusWrites,
    mplusAll
  }
}

async function resetCounts(pair: BenchPair): Promise<void> {
  pair.mailchimp.resetCounts()
  await pair.mplus.resetCounts()
}

/**
 * (1) the engine's own CPU per record, without network, clients or simulators: an in-memory
 * flow on a real SQLite file, its ledger and log rows saved per record and per group.
 */
async function engineCost(): Promise<void> {
  const perRecord: Record<number, number> = {}
  // The first pass warms up the code (JIT) and is not counted.
  for (const [writeGroupSize, count] of [
    [50, 200],
    [1, size.engineRecords],
    [50, size.engineRecords]
  ]) {
    const dir = tempDir()
    const source = new ChangeLogSource(200)
    source.push(...records(count))
    const harness = await openHarness(
      dir,
      { customers: fakeFlow('customers', source, new InMemoryTarget()) },
      { engine: { concurrency: 10, writeGroupSize } }
    )
    const cpu = process.cpuUsage()
    await harness.engine.run('customers', { trigger: 'manual' })
    const used = process.cpuUsage(cpu)
    perRecord[writeGroupSize] = (used.user + used.system) / 1000 / count
    await harness.close()
    rmSync(dir, { recursive: true, force: true })
  }
  add(
    '1 engine',
    `CPU per record, ${size.engineRecords} records, no network: saved per record → per group of 50`,
    `${millis(perRecord[1])} → ${millis(perRecord[50])}`
  )
}

/** A products back-fill on a fresh pair of simulators (the till in a process of its own), the core in another. */
async function backfill(options: { batchFrom?: number }) {
  const pair = await startBackfillPair({
    products: size.products,
    seed: backfillSeed,
    mailchimpLatencyMs
  })
  const dir = tempDir()
  const label = options.batchFrom === undefined ? 'backfill-batches' : 'backfill-single'
  const core = await startRemoteCore(pair, dir, options, childNodeOptions(label))
  await resetCounts(pair)
  const before = await core.usage()
  const sampling = sampleConnectionUse(() => pair.mailchimp.inFlight(), mailchimpConnections)
  const run = await timed(() => core.call('sync.runNow', { flow: 'products', wait: true }))
  const connectionUse = sampling.stop()
  const after = await core.usage()
  const counts = run.value.runs[0]?.counts
  return {
    pair,
    core,
    dir,
    ms: run.ms,
    cpuPerProduct: (after.cpuMs - before.cpuMs) / size.products,
    calls: await callsAt(pair),
    batches: pair.mailchimp.requestCounts()['POST /batches'] ?? 0,
    connectionUse,
    written: counts ? counts.created + counts.updated : 0
  }
}

async function closeBackfill(run: Awaited<ReturnType<typeof backfill>>): Promise<void> {
  await run.core.close()
  await run.pair.close()
  rmSync(run.dir, { recursive: true, force: true })
}

/** (1) back-fill, one request per product and with batches, and (2) the no-change re-sync. */
async function products(): Promise<void> {
  const part = '1 back-fill'
  // One by one: no page has enough new products for a batch.
  const single = await backfill({ batchFrom: Number.POSITIVE_INFINITY })
  const { pair, core } = single
  const bound = (single.calls.mailchimpAll * mailchimpLatencyMs) / mailchimpConnections
  add(part, 'products / variants written', `${size.products} / ${single.written} records`)
  add(part, 'wall time, one request per product', seconds(single.ms))
  // The sync process alone (the simulators run outside it): when this is near the
  // wall time per product, the run is bound by the engine's CPU, not by the network.
  add(part, 'CPU per product (the sync process)', millis(single.cpuPerProduct))
  add(part, 'Mailchimp requests', String(single.calls.mailchimpAll))
  const ratio = single.ms / bound
  add(
    part,
    'ratio to the concurrency bound',
    `${ratio.toFixed(2)}× (bound ${seconds(bound)})`,
    '≤ 1.2×',
    ratio <= 1.2
  )
  add(
    part,
    'connections in use, first to last request (share of the time)',
    describeConnectionUse(single.connectionUse, mailchimpConnections)
  )
  const naive = await naiveScript()
  const speedup = naive / single.ms
  add(
    part,
    'speed-up over the naive official-client script',
    `${speedup.toFixed(1)}× (script ${seconds(naive)}, from ${Math.min(size.naive, size.products)} products)`,
    '≥ 10×',
    speedup >= 10
  )
  // --quick has too few products for the app's threshold; a lower one still drives the path.
  const batched = await backfill(quick ? { batchFrom: 20 } : {})
  const batchRatio = batched.ms / bound
  add(
    part,
    'the same with batches: wall time, ratio to the bound',
    `${seconds(batched.ms)}, ${batchRatio.toFixed(2)}× (${batched.batches} batches, ${batched.written} records; CPU ${millis(batched.cpuPerProduct)} per product)`,
    'below the bound',
    batchRatio < 1
  )
  const batchSpeedup = naive / batched.ms
  add(
    part,
    'the same with batches: speed-up over the naive script',
    `${batchSpeedup.toFixed(1)}×`,
    '≥ 10×',
    batchSpeedup >= 10
  )
  await closeBackfill(batched)

  for (const [label, fromScratch] of [
    ['incremental run', false],
    ['full resync check', true]
  ] as const) {
    await resetCounts(pair)
    const run = await timed(() =>
      fromScratch
        ? core.call('sync.resync', { flow: 'products', wait: true })
        : core.call('sync.runNow', { flow: 'products', wait: true })
    )
    const after = await callsAt(pair)
    add(`2 no change`, `${label}: writes`, String(after.writes), '0', after.writes === 0)
    add(`2 no change`, `${label}: read calls`, String(after.reads), '≤ 3', after.reads <= 3)
    add(`2 no change`, `${label}: time`, seconds(run.ms))
  }
  await closeBackfill(single)
}

interface OfficialClient {
  basePath: string
  setConfig(config: { apiKey: string; server: string }): void
  ecommerce: { addStoreProduct(storeId: string, body: unknown): Promise<unknown> }
}

/**
 * What a shop owner's own script would do: the official client, one product after the other,
 * against a simulator with the same latency. Products are taken straight from the POS
 * simulator's state (no reading cost: in the script's favour); the time is scaled from a sample.
 */
async function naiveScript(): Promise<number> {
  const target = await startMailchimpSimulator({
    fixture: { members: 0 },
    latencyMs: mailchimpLatencyMs
  })
  const official = createRequire(import.meta.url)(
    '@mailchimp/mailchimp_marketing'
  ) as OfficialClient
  official.basePath = 'http://server/3.0'
  official.setConfig({ apiKey: target.apiKey, server: new URL(target.baseUrl).host })
  const storeId = 'naive'
  await (
    official.ecommerce as unknown as Record<string, (b: unknown) => Promise<unknown>>
  ).addStore({
    id: storeId,
    list_id: target.listId,
    name: 'Naive',
    currency_code: 'EUR'
  })
  // The back-fill's own catalogue: the till simulator generates it from the same seed.
  const sample = generateShopFixture({ size: size.products, seed: backfillSeed }).products.slice(
    0,
    size.naive
  )
  const started = performance.now()
  for (const product of sample) {
    const articles = product.articleList.article as { articleNumber: number; priceIncl?: number }[]
    await official.ecommerce.addStoreProduct(storeId, {
      id: String(product.productNumber),
      title: String(product.description ?? product.productNumber),
      variants: articles.map((a) => ({
        id: String(a.articleNumber),
        title: String(a.articleNumber),
        price: (a.priceIncl ?? 0) / 100
      }))
    })
  }
  const perProduct = (performance.now() - started) / sample.length
  await target.close()
  return perProduct * size.products
}

/** (3) customers from the audience into the POS, first run and a re-run. */
async function customers(): Promise<void> {
  const pair = inProcessPair(
    await startSimulatorPair({
      products: 10,
      members: size.members,
      seed: 99,
      latencyMs: { mplus: mplusLatencyMs }
    })
  )
  const dir = tempDir()
  const core = await startRemoteCore(pair, dir, {}, childNodeOptions('customers'))
  for (const [label, fromScratch] of [
    ['first run', false],
    ['re-run', true]
  ] as const) {
    await resetCounts(pair)
    const run = await timed(() =>
      fromScratch
        ? core.call('sync.resync', { flow: 'customers', wait: true })
        : core.call('sync.runNow', { flow: 'customers', wait: true })
    )
    const perMember = (await callsAt(pair)).mplusAll / size.members
    const target = fromScratch ? 1.1 : 2
    add(
      '3 customers',
      `${label}: Mplus calls per member`,
      perMember.toFixed(2),
      `≤ ${target}`,
      perMember <= target
    )
    add('3 customers', `${label}: time`, seconds(run.ms))
  }
  await core.close()
  await pair.close()
  rmSync(dir, { recursive: true, force: true })
}

/** (5) peak RSS of the sync process alone (the simulators run in the bench's process). */
async function memory(): Promise<void> {
  const peaks: number[] = []
  const kept: number[] = []
  for (const products of size.rss) {
    const pair = await startSimulatorPair({ products, members: 0, seed: 99 })
    const dir = tempDir()
    const core = await startRemoteCore(pair, dir, {}, childNodeOptions(`memory-${products}`))
    const before = await core.usage()
    const run = await timed(() => core.call('sync.runNow', { flow: 'products', wait: true }))
    kept.push(await core.retainedHeapMb())
    const after = await core.close()
    peaks.push(after.peakRssMb)
    add(
      '5 memory',
      `peak RSS at ${products} products`,
      `${after.peakRssMb.toFixed(0)} MB (${before.rssMb.toFixed(0)} MB before the sync; JS heap at most ${after.peakHeapMb.toFixed(0)} MB, buffers ${after.peakExternalMb.toFixed(0)} MB; run ${seconds(run.ms)}, ${run.value.runs[0]?.counts.created ?? 0} created)`,
      '< 200 MB',
      after.peakRssMb < 200
    )
    await pair.close()
    rmSync(dir, { recursive: true, force: true })
  }
  add(
    '5 memory',
    'JS heap the core keeps after the run (a full collection)',
    size.rss.map((products, index) => `${kept[index].toFixed(1)} MB at ${products}`).join(', ')
  )
  if (peaks.length > 1) {
    const growth = peaks.at(-1)! - peaks[0]
    const keptGrowth = kept.at(-1)! - kept[0]
    add(
      '5 memory',
      `growth ${size.rss[0]} → ${size.rss.at(-1)} products: peak RSS (heap kept)`,
      `${growth.toFixed(0)} MB (${keptGrowth.toFixed(1)} MB)`,
      'flat',
      growth < 20
    )
  }
}

function table(of: readonly Row[]): string {
  const header = ['Part', 'Figure', 'Measured', 'Target', 'Met', 'Load']
  const lines = of.map((row) => [
    row.part,
    row.figure,
    row.value,
    row.target,
    row.met === null ? '' : row.met ? 'yes' : '**no**',
    row.load.toFixed(1)
  ])
  return [header, header.map(() => '---'), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n')
}

/**
 * Rewrites what stands between `<!-- name:begin -->` and `<!-- name:end -->` in the doc, then
 * formats the doc as the project's Prettier does (the table's columns aligned), so that
 * `prettier --check` stays clean after a run.
 */
async function writeSection(name: string, of: Row[], started: Date): Promise<void> {
  const docPath = join(import.meta.dirname, '..', 'docs', 'benchmarks.md')
  const doc = readFileSync(docPath, 'utf8')
  const begin = `<!-- ${name}:begin -->`
  const end = `<!-- ${name}:end -->`
  const measured = [
    begin,
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()[0].toFixed(1)} at the end), Node ${process.version}.`,
    '',
    table(of),
    end
  ].join('\n')
  if (!doc.includes(begin) || !doc.includes(end)) throw new Error(`${docPath} lacks ${begin}`)
  const text =
    doc.slice(0, doc.indexOf(begin)) + measured + doc.slice(doc.indexOf(end) + end.length)
  const config = await prettier.resolveConfig(docPath)
  writeFileSync(docPath, await prettier.format(text, { ...config, filepath: docPath }))
}

async function main(): Promise<void> {
  const started = new Date()
  process.stdout.write(
    `Kassabrug benchmark${quick ? ' (quick: small sizes, nothing written)' : ''}, load average ${loadavg()[0].toFixed(1)}\n`
  )
  process.stdout.write(
    `${size.products} products, ${size.members} members, ${size.logRows} log rows\n`
  )
  if (parts.has('1')) await engineCost()
  if (parts.has('1') || parts.has('2')) await products()
  if (parts.has('3')) await customers()
  if (parts.has('4'))
    await ordersIn({
      orders: quick ? 40 : 5_000,
      latencyMs: { mailchimp: mailchimpLatencyMs, mplus: mplusLatencyMs },
      add
    })
  if (parts.has('4')) await ordersOut(add, quick ? 200 : 5000)
  if (parts.has('5')) await memory()
  if (parts.has('6'))
    await activityLogInCoreProcess({
      dir: tempDir(),
      rows: size.logRows,
      queries: size.queries,
      add,
      nodeOptions: childNodeOptions('activity-log')
    })
  process.stdout.write(`\n${table(rows)}\n`)
  if (quick) return
  // The log part has a section of its own, also written by `--only 6` at full size.
  const logRows = rows.filter((row) => row.part === logPart)
  const otherRows = rows.filter((row) => row.part !== logPart)
  // `--only 6` leaves the other parts' table as it was (it wrote an empty one).
  if (!resized && otherRows.length > 0) await writeSection('bench', otherRows, started)
  if (logRows.length > 0 && !values['log-rows']) await writeSection('bench:log', logRows, started)
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
