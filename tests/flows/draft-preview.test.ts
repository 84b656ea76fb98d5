import { beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../src/main/core/create-core'
import type { FieldRule } from '../../src/shared/contract'
import { harnessStoreId, type SimulatorPair } from '../support/sync-harness'
import { useShops } from '../support/shops'

/**
 * The mapping editor's preview of an unsaved draft on a real record: read from the simulated till
 * by the core, planned by the products flow itself, next to what was sent last time (activity log)
 * and the decision. Nothing is written by a preview.
 */
const shopWithFlows = useShops('file')
let pair: SimulatorPair
let core: Core

beforeAll(async () => {
  ;({ pair, core } = await shopWithFlows(['products'], { products: 6, members: 2, seed: 12 }))
})

async function uppercaseTitleDraft(): Promise<{ rules: FieldRule[] }> {
  const { mapping } = await core.call('mapping.get', { flow: 'products' })
  return {
    rules: mapping.rules.map((rule) =>
      rule.target === 'product.title'
        ? { ...rule, transforms: [...rule.transforms, { kind: 'uppercase' }] }
        : rule
    )
  }
}

const storeProducts = () => pair.mailchimp.state.products.get(harnessStoreId)

describe('the preview of a draft mapping on a real record', () => {
  it('reads the first product from the till and shows what the draft would create, writing nothing', async () => {
    const preview = await core.call('mapping.previewRecord', {
      flow: 'products',
      mapping: await uppercaseTitleDraft()
    })
    const live = preview.live!
    const first = [...pair.mplus.state.products.values()].find(
      (product) => String(product.productNumber) === live.sourceId
    )!
    expect(first).toBeDefined()
    expect(live.record).toMatchObject({ product: { productNumber: first.productNumber } })
    const title = String(first.description).trim().toLocaleUpperCase('nl')
    expect(preview.fields.find((field) => field.target === 'product.title')?.outcome).toEqual({
      kind: 'value',
      value: title
    })
    expect(live.decision).toMatchObject({ action: 'create', sameAsLedger: false })
    expect(JSON.parse(live.payload!)).toMatchObject({ form: 'create', product: { title } })
    expect(live.lastSent).toBeNull()
    expect(live.label).toBe(first.description)
    expect(storeProducts()?.size ?? 0).toBe(0)
  })

  it('after a sync: the saved mapping is unchanged, the draft an update, next to what was sent', async () => {
    const { runs } = await core.call('sync.runNow', { flow: 'products', wait: true })
    expect(runs[0].status).toBe('succeeded')
    const saved = await core.call('mapping.previewRecord', { flow: 'products' })
    const sourceId = saved.live!.sourceId
    expect(saved.live!.decision).toMatchObject({ action: 'skip', sameAsLedger: true })
    const sent = JSON.parse(saved.live!.lastSent!.payload) as { product: { title: string } }
    expect(sent.product.title).toBe(storeProducts()?.get(sourceId)?.title)

    const draft = await core.call('mapping.previewRecord', {
      flow: 'products',
      sourceId,
      mapping: await uppercaseTitleDraft()
    })
    expect(draft.live!.decision.action).toBe('update')
    const now = JSON.parse(draft.live!.payload!) as { product: { title: string } }
    expect(now.product.title).toBe(sent.product.title.toLocaleUpperCase('nl'))
    // Still nothing changed at Mailchimp: the title there is the one sent by the run.
    expect(storeProducts()?.get(sourceId)?.title).toBe(sent.product.title)
  })

  it('refuses a draft reading a field the record does not have, and an unknown record', async () => {
    const draft = await uppercaseTitleDraft()
    const typo = {
      rules: draft.rules.map((rule) =>
        rule.target === 'product.vendor' ? { ...rule, source: { path: 'article.brand' } } : rule
      )
    }
    const refused = await core.invoke('mapping.previewRecord', { flow: 'products', mapping: typo })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [{ code: 'unknown-field', params: { field: 'article.brand', side: 'source' } }]
      }
    })
    expect(
      await core.invoke('mapping.previewRecord', { flow: 'products', sourceId: '987654321' })
    ).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
