import { describe, expect, it } from 'vitest'
import { fixtureStoreId } from '../../simulators/mailchimp'
import { useShops } from '../support/shops'
import { harnessStoreId, totalWrites, type SimulatorPair } from '../support/sync-harness'

const shopWithFlows = useShops('test')

function relationEmails(p: SimulatorPair): Map<string, number> {
  const counts = new Map<string, number>()
  for (const relation of p.mplus.state.relations.values()) {
    const email = String(relation.email ?? '').toLowerCase()
    if (email) counts.set(email, (counts.get(email) ?? 0) + 1)
  }
  return counts
}

describe('flow options', () => {
  it('customers from the web shop store instead of the audience', async () => {
    const { pair, core } = await shopWithFlows(undefined, {
      products: 5,
      members: 5,
      seed: 31,
      webShopOrders: 12
    })
    await core.call('settings.update', {
      mailchimp: { orderSourceStoreId: fixtureStoreId },
      flowOptions: { customersSource: 'store' }
    })
    const shopCustomers = [...pair.mailchimp.state.customers.get(fixtureStoreId)!.values()]
    expect(shopCustomers.length).toBeGreaterThan(0)
    // Shop customers the till already knows (the fixture shares people) are linked, not created.
    const atTill = relationEmails(pair)
    const known = shopCustomers.filter((c) => atTill.has(c.email_address.toLowerCase())).length
    const { runs } = await core.call('sync.runNow', { flow: 'customers', wait: true })
    expect(runs[0]).toMatchObject({
      status: 'succeeded',
      counts: { created: shopCustomers.length - known, linked: known, failed: 0 }
    })
    const emails = relationEmails(pair)
    for (const customer of shopCustomers)
      expect(emails.get(customer.email_address.toLowerCase())).toBe(1)

    pair.mplus.resetCounts()
    const again = await core.call('sync.runNow', { flow: 'customers', wait: true })
    expect(again.runs[0].counts).toMatchObject({ created: 0, updated: 0 })
    expect(totalWrites(pair)).toBe(0)
  })

  it('categories the other way: product types in Mailchimp become article groups, once', async () => {
    const { pair, core } = await shopWithFlows(['product-types'], {
      products: 5,
      members: 5,
      seed: 32
    })
    const store = pair.mailchimp.state.products.get(harnessStoreId) ?? new Map()
    pair.mailchimp.state.products.set(harnessStoreId, store)
    const existing = [...pair.mplus.state.articleGroups.values()][0]
    const types = ['Zomerjurken', 'zomerjurken', existing.name.toUpperCase(), 'Écharpes & sjaals']
    types.forEach((type, index) => {
      const now = new Date().toISOString()
      store.set(`mc-${index}`, {
        id: `mc-${index}`,
        title: `Product ${index}`,
        handle: '',
        url: '',
        description: '',
        type,
        vendor: '',
        image_url: '',
        images: [],
        published_at_foreign: '',
        created_at: now,
        updated_at: now
      })
    })
    const groupsBefore = pair.mplus.state.articleGroups.size
    const { runs } = await core.call('sync.runNow', { flow: 'product-types', wait: true })
    expect(runs[0]).toMatchObject({ status: 'succeeded' })
    const names = [...pair.mplus.state.articleGroups.values()].map((g) => g.name)
    expect(names.filter((n) => n.toLowerCase() === 'zomerjurken')).toHaveLength(1)
    expect(names).toContain('Écharpes & sjaals')
    // The type that matches an existing group (case aside) creates nothing.
    expect(pair.mplus.state.articleGroups.size).toBe(groupsBefore + 2)

    pair.mplus.resetCounts()
    await core.call('sync.runNow', { flow: 'product-types', wait: true })
    expect(pair.mplus.writeCounts()).toEqual({})
  })

  it('switching direction with category records in retry: each keeps its own ledger and queue', async () => {
    const { pair, core } = await shopWithFlows(
      ['products', 'categories'],
      { products: 8, members: 2, seed: 33 },
      {
        maxRecordAttempts: 5,
        connectors: { mailchimp: { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5 } } }
      }
    )
    await core.call('sync.runNow', { flow: 'products', wait: true })
    // Mailchimp refuses the categories' product PATCHes for now: their records wait for a retry.
    const take = pair.mailchimp.faults.take.bind(pair.mailchimp.faults)
    let refusing = true
    pair.mailchimp.faults.take = (method, path) =>
      refusing && method === 'PATCH' && path.includes('/products/')
        ? { kind: 'status', status: 503 }
        : take(method, path)
    const first = await core.call('sync.runNow', { flow: 'categories', wait: true })
    expect(first.runs[0].counts.failed).toBeGreaterThan(0)
    const inRetry = await core.call('attention.list', {
      flow: 'categories',
      state: 'retry',
      limit: 100
    })
    expect(inRetry.items.length).toBeGreaterThan(0)

    // Choose the other direction: categories off, product types on.
    await expect(
      core.call('sync.setFlow', { flow: 'product-types', enabled: true })
    ).rejects.toMatchObject({ code: 'flows-exclusive' })
    await core.call('sync.setFlow', { flow: 'categories', enabled: false })
    await core.call('sync.setFlow', { flow: 'product-types', enabled: true })
    const reverse = await core.call('sync.runNow', { all: true, wait: true })
    expect(reverse.runs.map((run) => [run.flow, run.status, run.counts.failed])).toEqual([
      ['products', 'succeeded', 0],
      ['product-types', 'succeeded', 0]
    ])
    const all = await core.call('attention.list', { limit: 500 })
    expect(all.items.filter((item) => /not iterable|internal/i.test(item.reason))).toEqual([])
    expect(all.items.filter((item) => item.flow === 'product-types')).toEqual([])
    // The category records still wait in their own queue, untouched by the other direction.
    const stillWaiting = await core.call('attention.list', {
      flow: 'categories',
      state: 'retry',
      limit: 100
    })
    expect(stillWaiting.items.map((item) => item.sourceId).sort()).toEqual(
      inRetry.items.map((item) => item.sourceId).sort()
    )

    // And back: the retried categories are delivered once Mailchimp takes them.
    refusing = false
    await core.call('sync.setFlow', { flow: 'product-types', enabled: false })
    await core.call('sync.setFlow', { flow: 'categories', enabled: true })
    const back = await core.call('sync.runNow', { flow: 'categories', wait: true })
    expect(back.runs[0]).toMatchObject({ status: 'succeeded', counts: { failed: 0 } })
    expect((await core.call('attention.list', { flow: 'categories', limit: 100 })).items).toEqual(
      []
    )
  })
})
