/**
 * `npm run bench`: how fast Kassabrug syncs, and what it costs, against the simulators on this
 * machine — compared in the same run with a baseline: the same records written straight through
 * the API clients with no engine, no mapping and no ledger. The ratio is the engine's overhead;
 * the no-change run shows what a scheduled run costs when nothing changed.
 *
 * Sizes: --products N (default 2000) --members N (default 2000).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createMailchimpClient } from '../src/main/core/connectors/mailchimp/client'
import { createMplusClient } from '../src/main/core/connectors/mplus/client'
import {
  startConfiguredCore,
  startSimulatorPair,
  type SimulatorPair
} from '../tests/support/sync-harness'

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '2000' },
    members: { type: 'string', default: '2000' }
  }
})
const products = Number(values.products)
const members = Number(values.members)

interface Measure {
  label: string
  records: number
  ms: number
  peakRssMb: number
}

async function measure(
  label: string,
  records: number,
  work: () => Promise<void>
): Promise<Measure> {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  await work()
  const ms = performance.now() - started
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { label, records, ms, peakRssMb: peak / 2 ** 20 }
}

/** The floor: every product PUT and every relation created straight through the clients. */
async function baseline(pair: SimulatorPair): Promise<Measure[]> {
  const mailchimp = createMailchimpClient({
    apiKey: pair.mailchimp.apiKey,
    baseUrl: pair.mailchimp.baseUrl
  })
  const mplus = createMplusClient({
    host: '127.0.0.1',
    port: pair.mplus.port,
    useTls: false,
    ident: pair.mplus.ident,
    secret: pair.mplus.secret
  })
  const source = [...pair.mplus.state.products.values()].filter(
    (p) => p.articleList.article.length > 0
  )
  const productsMeasure = await measure(
    'baseline: product PUTs, no engine',
    source.length,
    async () => {
      await inParallel(source, 4, async (product) => {
        const articles = product.articleList.article as {
          articleNumber: number
          priceIncl?: number
        }[]
        await mailchimp.upsertProduct('kassabrug-kassa', {
          id: String(product.productNumber),
          title: String(product.description ?? product.productNumber),
          variants: articles.map((a) => ({
            id: String(a.articleNumber),
            title: String(a.articleNumber),
            price: (a.priceIncl ?? 0) / 100
          }))
        })
      })
    }
  )
  const people = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()]
  const customersMeasure = await measure(
    'baseline: find + create relation, no engine',
    people.length,
    async () => {
      await inParallel(people, 4, async (member) => {
        const found = await mplus.findRelationV2(
          { email: member.email_address },
          { exactMatch: true }
        )
        if (!found)
          await mplus.createRelation({ name: member.email_address, email: member.email_address })
      })
    }
  )
  return [productsMeasure, customersMeasure]
}

async function inParallel<T>(
  items: T[],
  width: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++])
    })
  )
}

async function kassabrug(pair: SimulatorPair, dataDir: string): Promise<Measure[]> {
  const core = await startConfiguredCore(pair, dataDir)
  const results: Measure[] = []
  for (const flow of ['products', 'customers'] as const) {
    const count = flow === 'products' ? products : members
    results.push(
      await measure(`kassabrug: ${flow} first sync (reads source too)`, count, async () => {
        await core.call('sync.runNow', { flow, wait: true })
      })
    )
  }
  for (const flow of ['products', 'customers'] as const) {
    await core.call('sync.resync', { flow, wait: true }) // re-read everything: the no-change path
  }
  results.push(
    await measure('kassabrug: full re-read, nothing changed', products + members, async () => {
      await core.call('sync.resync', { flow: 'products', wait: true })
      await core.call('sync.resync', { flow: 'customers', wait: true })
    })
  )
  await core.close()
  return results
}

function report(rows: Measure[]): void {
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(52) : c.padStart(12))).join('')
  process.stdout.write(`${line(['', 'records', 'seconds', 'records/s', 'peak RSS MB'])}\n`)
  for (const row of rows) {
    process.stdout.write(
      `${line([row.label, String(row.records), (row.ms / 1000).toFixed(2), (row.records / (row.ms / 1000)).toFixed(0), row.peakRssMb.toFixed(0)])}\n`
    )
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `Kassabrug benchmark: ${products} products, ${members} members (simulators on 127.0.0.1, same process)\n\n`
  )
  const basePair = await startSimulatorPair({ products, members, seed: 99 })
  const base = await baseline(basePair)
  await basePair.close()

  const pair = await startSimulatorPair({ products, members, seed: 99 })
  const dataDir = mkdtempSync(join(tmpdir(), 'kassabrug-bench-'))
  const ours = await kassabrug(pair, dataDir)
  await pair.close()
  rmSync(dataDir, { recursive: true, force: true })

  report([...base, ...ours])
  const ratio = (a: Measure, b: Measure) => (a.ms / a.records / (b.ms / b.records)).toFixed(2)
  process.stdout.write(
    `\nEngine overhead (time per record, Kassabrug ÷ baseline): products ×${ratio(ours[0], base[0])}, customers ×${ratio(ours[1], base[1])}\n`
  )
  process.stdout.write(
    `A run with nothing changed costs ${(ours[2].ms / ours[2].records).toFixed(2)} ms per record and writes nothing.\n`
  )
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
