import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { createCore } from '../create-core'
import { MemorySecretStore } from '../secrets/memory-store'

const tempDir = useTempDir()

describe('mapping calls through the contract', () => {
  it('serves targets, saves, refuses with named fields, and resets', async () => {
    const core = await createCore({
      dataDir: tempDir(),
      secrets: new MemorySecretStore(),
      version: 'test'
    })
    try {
      const targets = await core.call('mapping.targets', { flow: 'products' })
      expect(
        targets.sections.map((section) => `${section.system} ${section.referenceType}`)
      ).toEqual([
        'mailchimp POST /ecommerce/stores/{store_id}/products',
        'mailchimp PUT /ecommerce/stores/{store_id}/products/{product_id}/variants/{variant_id}'
      ])
      expect(targets.transforms).toContain('splitStreet')

      const current = await core.call('mapping.get', { flow: 'categories' })
      expect(current.isDefault).toBe(true)
      const saved = await core.call('mapping.save', {
        flow: 'categories',
        mapping: {
          rules: [{ target: 'type', source: { path: 'text' }, transforms: [{ kind: 'trim' }] }]
        }
      })
      expect(saved).toMatchObject({
        isDefault: false,
        mapping: { rules: [{ target: 'type', required: false }] }
      })

      const refused = await core.invoke('mapping.save', {
        flow: 'categories',
        mapping: {
          rules: [{ target: 'type', source: { path: 'text' }, transforms: [{ kind: 'shout' }] }]
        }
      })
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          issues: [
            {
              path: 'rules.0.transforms.0.kind',
              message: expect.stringMatching(/^field 'type': unknown transform "shout"/)
            }
          ]
        }
      })
      // Only a flow of the catalogue with mapping sections has a mapping: stock has none.
      expect(await core.invoke('mapping.get', { flow: 'stock' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' }
      })
      expect(await core.invoke('mapping.get', { flow: 'refunds' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' }
      })

      const preview = await core.call('mapping.previewRecord', {
        flow: 'categories',
        record: { groupNumber: 3, name: ' Brood ', text: ' Bakkerij ' }
      })
      expect(preview.result).toEqual({
        ok: true,
        create: { type: 'Bakkerij' },
        update: { type: 'Bakkerij' },
        warnings: []
      })
      const draft = await core.call('mapping.previewRecord', {
        flow: 'categories',
        record: { name: 'Brood' },
        mapping: {
          rules: [{ target: 'type', source: { path: 'name' }, transforms: [{ kind: 'uppercase' }] }]
        }
      })
      expect(draft.fields).toEqual([
        {
          target: 'type',
          source: 'name',
          transforms: ['uppercase'],
          writtenOn: 'create-and-update',
          required: false,
          outcome: { kind: 'value', value: 'BROOD' }
        }
      ])
      expect(
        await core.invoke('mapping.previewRecord', {
          flow: 'categories',
          record: {},
          mapping: { rules: [{ target: 'colour', source: { path: 'name' } }] }
        })
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', issues: [{ path: 'rules.0.target' }, { path: 'rules' }] }
      })

      expect((await core.call('mapping.reset', { flow: 'categories' })).isDefault).toBe(true)
      const lookups = await core.call('mapping.lookups.save', {
        lookups: {
          ...(await core.call('mapping.lookups.get')),
          turnoverGroupByCountry: { entries: { NL: 10, BE: 11 } }
        }
      })
      expect(lookups.turnoverGroupByCountry).toEqual({ entries: { NL: 10, BE: 11 } })
    } finally {
      await core.close()
    }
  })
})
