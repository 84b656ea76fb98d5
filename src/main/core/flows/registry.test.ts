import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { systemClock } from '../clock'
import { openDatabase } from '../db/open-database'
import { descriptorOf, flowIds, mappingFlows } from '../../../shared/flows/catalogue'
import { createMailchimpClient } from '../connectors/mailchimp/client'
import { createMplusClient } from '../connectors/mplus/client'
import { defaultSettings } from '../../../shared/contract/settings'
import { defaultLookupTables } from '../mapping/defaults'
import { loadFlowMapper } from '../mapping/flow-mapper'
import { MappingRepository } from '../mapping/mapping-repository'
import { validateMapping } from '../mapping/validate-mapping'
import { defaultMappings, flowTargets, moduleOf } from './registry'
import { VariantLinks } from './variant-links'

const tempDir = useTempDir()

describe('the flow registry', () => {
  it.each(mappingFlows)(
    '%s has a target section for each catalogue section and a default that fills it',
    (flow) => {
      const sections = flowTargets[flow]
      expect(sections.map((section) => section.prefix)).toEqual([...descriptorOf(flow).sections])
      for (const section of sections) {
        expect(section.fields.length, `${flow} section '${section.prefix}'`).toBeGreaterThan(0)
        expect(section.system).toBe(descriptorOf(flow).target)
        const filled = defaultMappings[flow].rules.filter((rule) =>
          section.prefix === '' ? true : rule.target.startsWith(`${section.prefix}.`)
        )
        expect(filled.length, `default rules for ${flow} '${section.prefix}'`).toBeGreaterThan(0)
      }
      expect(validateMapping(flow, defaultMappings[flow], defaultLookupTables)).toMatchObject({
        ok: true
      })
    }
  )

  it('runs every flow after the flows it depends on, and exclusions go both ways', () => {
    for (const flow of flowIds) {
      const { dependsOn, excludes } = descriptorOf(flow)
      for (const dependency of dependsOn)
        expect(flowIds.indexOf(dependency), `${dependency} before ${flow}`).toBeLessThan(
          flowIds.indexOf(flow)
        )
      if (excludes) expect(descriptorOf(excludes).excludes).toBe(flow)
    }
  })

  it.each(flowIds)('the %s module builds the flow of that id and direction', async (flow) => {
    const opened = await openDatabase(join(tempDir(), 'kassabrug.sqlite'))
    try {
      const mappings = new MappingRepository(opened.db, systemClock)
      const others = new Map(
        await Promise.all(
          flowIds.map(async (id) => [id, await loadFlowMapper(mappings, id)] as const)
        )
      )
      const built = moduleOf(flow).build({
        mailchimp: createMailchimpClient({
          apiKey: '0123456789abcdef0123456789abcdef-us1',
          baseUrl: 'http://127.0.0.1:9'
        }),
        mplus: createMplusClient({
          host: '127.0.0.1',
          port: 9,
          useTls: false,
          ident: 'i',
          secret: 's'
        }),
        listId: 'list',
        storeId: 'store',
        settings: defaultSettings,
        mapper: await loadFlowMapper(mappings, flow),
        mapperOf: (other) => others.get(other)!,
        enabledFlows: new Set([flow]),
        variantLinks: new VariantLinks(opened.db, opened.sqlite, systemClock)
      })
      expect([built.id, built.source, built.target]).toEqual([
        flow,
        descriptorOf(flow).source,
        descriptorOf(flow).target
      ])
    } finally {
      await opened.close()
    }
  })
})
