import { afterEach, describe, expect, it } from 'vitest'
import { fixtureStoreId } from '../../simulators/mailchimp'
import type { Core } from '../../src/main/core/create-core'
import {
  harnessStoreId,
  startConfiguredCore,
  startSimulatorPair,
  totalWrites,
  type SimulatorPair
} from '../support/sync-harness'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let pair: SimulatorPair | null = null
let core: Core | null = null

afterEach(async () => {
  await core?.close()
  await pair?.close()
  core = null
  pair = null
})

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
    pair = await startSimulatorPair({ products: 5, members: 5, seed: 31, webShopOrders: 12 })
    core = await startConfiguredCore(pair, tempDir())
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
    pair = await startSimulatorPair({ products: 5, members: 5, seed: 32 })
    core = await startConfiguredCore(pair, tempDir())
    await core.call('settings.update', {
      flowOptions: { categoriesDirection: 'mailchimp-to-mplus' }
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
    const { runs } = await core.call('sync.runNow', { flow: 'categories', wait: true })
    expect(runs[0]).toMatchObject({ status: 'succeeded' })
    const names = [...pair.mplus.state.articleGroups.values()].map((g) => g.name)
    expect(names.filter((n) => n.toLowerCase() === 'zomerjurken')).toHaveLength(1)
    expect(names).toContain('Écharpes & sjaals')
    // The type that matches an existing group (case aside) creates nothing.
    expect(pair.mplus.state.articleGroups.size).toBe(groupsBefore + 2)

    pair.mplus.resetCounts()
    await core.call('sync.runNow', { flow: 'categories', wait: true })
    expect(pair.mplus.writeCounts()).toEqual({})
  })
})
