import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shirtRecord } from '../../../../tests/support/mapping-samples'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { systemClock } from '../clock'
import { openDatabase } from '../db/open-database'
import { defaultMappings } from '../flows/registry'
import { defaultLookupTables } from './defaults'
import { loadFlowMapper } from './flow-mapper'
import { MappingRepository } from './mapping-repository'

const tempDir = useTempDir()

describe('loadFlowMapper', () => {
  it('applies the stored mapping with the stored lookups, and its preview agrees with the payload', async () => {
    const opened = await openDatabase(join(tempDir(), 'k.sqlite'))
    const repository = new MappingRepository(opened.db, systemClock)
    await repository.saveLookups({
      ...defaultLookupTables,
      brands: { entries: { 'Groene Draad': 'GD' } }
    })
    await repository.save('products', {
      rules: defaultMappings.products.rules.map((rule) =>
        rule.target === 'product.vendor'
          ? { ...rule, transforms: [{ kind: 'lookup', table: 'brands' }] }
          : rule
      )
    })
    const mapper = await loadFlowMapper(repository, 'products')
    const result = mapper.map(shirtRecord)
    expect(result.ok && result.create.product).toMatchObject({ vendor: 'GD' })
    expect(mapper.describe(shirtRecord).result).toEqual(result)
    await opened.close()
  })
})
