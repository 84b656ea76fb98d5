import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import type { RunSummary } from '../../src/shared/contract'
import {
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  totalWrites,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

/** The size the issue names: a 2 000-product catalogue and a 5 000-member audience. */
const products = Number(process.env.KASSABRUG_FULL_PRODUCTS ?? 2000)
const members = Number(process.env.KASSABRUG_FULL_MEMBERS ?? 5000)

const tempDir = useTempDir()
let pair: SimulatorPair
let core: Core
let first: RunSummary[] = []
let knownAtTill = 0

beforeAll(async () => {
  pair = await startSimulatorPair({ products, members, seed: 2000 })
  // The shop's fixture shares some people between the till and the audience: they are linked.
  const atTill = new Set(
    [...pair.mplus.state.relations.values()].map((r) => String(r.email ?? '').toLowerCase())
  )
  knownAtTill = [...pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()].filter(
    (member) => atTill.has(member.email_address.toLowerCase())
  ).length
  core = await startConfiguredCore(pair, tempDir())
  first = (await core.call('sync.runNow', { all: true, wait: true })).runs
}, 900_000)

afterAll(async () => {
  await core?.close()
  await pair?.close()
})

describe(`a full sync of ${products} products and ${members} members`, () => {
  it('creates (or links) every customer as one relation and every product with its variants', () => {
    for (const run of first) expect(run.error, run.flow).toBeNull()
    const customers = first.find((run) => run.flow === 'customers')!
    expect(customers.counts).toMatchObject({
      created: members - knownAtTill,
      linked: knownAtTill
    })
    const relationsByEmail = new Map<string, number>()
    for (const relation of pair.mplus.state.relations.values()) {
      const email = String(relation.email ?? '').toLowerCase()
      if (email) relationsByEmail.set(email, (relationsByEmail.get(email) ?? 0) + 1)
    }
    for (const member of pair.mailchimp.state.members.get(pair.mailchimp.listId)!.values()) {
      expect(relationsByEmail.get(member.email_address.toLowerCase())).toBe(1)
    }
    // Inactive articles are not for sale: a product with none active is never created.
    const forSale = [...pair.mplus.state.products.values()].filter((p) =>
      p.articleList.article.some((article) => article.active !== false)
    )
    expect(pair.mailchimp.state.products.get(harnessStoreId)!.size).toBe(forSale.length)
  })

  it('links on a second run only the till customers the first run added to Mailchimp', async () => {
    // The first run's till sales put their customers into the audience after the customers flow
    // had run; the next customers run finds each at the till by e-mail and links it.
    pair.mplus.resetCounts()
    pair.mailchimp.resetCounts()
    const second = await core.call('sync.runNow', { all: true, wait: true })
    for (const run of second.runs) expect(run.counts.created + run.counts.updated, run.flow).toBe(0)
    const linked = second.runs.find((run) => run.flow === 'customers')!.counts.linked
    const writes = { ...pair.mplus.writeCounts(), ...pair.mailchimp.writeCounts() }
    expect(writes).toEqual(linked > 0 ? { updateRelation: linked } : {})
  }, 300_000)

  it('sends zero writes once nothing changed', async () => {
    pair.mplus.resetCounts()
    pair.mailchimp.resetCounts()
    const third = await core.call('sync.runNow', { all: true, wait: true })
    for (const run of third.runs) {
      expect(run.counts.created + run.counts.updated + run.counts.linked, run.flow).toBe(0)
    }
    expect({ ...pair.mplus.writeCounts(), ...pair.mailchimp.writeCounts() }).toEqual({})
    expect(totalWrites(pair)).toBe(0)
  }, 300_000)
})
