import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../../../tests/support/temp-dir'
import { CoreError } from '../../../shared/contract/errors'
import type { Clock } from '../clock'
import { openDatabase } from '../db/open-database'
import { defaultMappings } from '../flows/registry'
import { defaultLookupTables } from './defaults'
import { MappingRepository } from './mapping-repository'

const tempDir = useTempDir()

function counterClock(): Clock {
  let now = 1_000
  return { now: () => (now += 1), sleep: async () => undefined }
}

async function openRepository(path = join(tempDir(), 'k.sqlite')) {
  const opened = await openDatabase(path)
  return { opened, path, repository: new MappingRepository(opened.db, counterClock()) }
}

async function refusalOf(promise: Promise<unknown>): Promise<CoreError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  )
  if (!(error instanceof CoreError)) throw new Error(`expected a CoreError, got ${String(error)}`)
  return error
}

describe('MappingRepository', () => {
  it('gives the default mapping when none is stored', async () => {
    const { opened, repository } = await openRepository()
    expect(await repository.get('products')).toEqual({
      flow: 'products',
      mapping: defaultMappings.products,
      isDefault: true,
      updatedAt: null
    })
    await opened.close()
  })

  it('stores a valid mapping, keeps it across a reopen, and resets to the default', async () => {
    const { opened, path, repository } = await openRepository()
    const edited = {
      rules: defaultMappings.products.rules.map((rule) =>
        rule.target === 'product.title' ? { ...rule, updateOnChange: false } : rule
      )
    }
    const saved = await repository.save('products', edited)
    expect(saved).toMatchObject({ isDefault: false, mapping: edited })
    await opened.close()

    const again = await openRepository(path)
    const stored = await again.repository.get('products')
    expect(stored.isDefault).toBe(false)
    expect(
      stored.mapping.rules.find((rule) => rule.target === 'product.title')?.updateOnChange
    ).toBe(false)
    expect(await again.repository.reset('products')).toMatchObject({
      isDefault: true,
      mapping: defaultMappings.products
    })
    await again.opened.close()
  })

  it('refuses an invalid mapping with invalid-input, naming each failing field, and stores nothing', async () => {
    const { opened, repository } = await openRepository()
    const error = await refusalOf(
      repository.save('customers', {
        rules: [
          { target: 'email', source: { path: 'email_address' } },
          { target: 'houseNumber', source: { path: 'merge_fields.ADDRESS.addr1' } },
          {
            target: 'city',
            source: { path: 'merge_fields.ADDRESS.stad' },
            transforms: [{ kind: 'lookup', table: 'cityCodes' }]
          }
        ]
      })
    )
    expect(error.code).toBe('invalid-input')
    expect(error.message).toBe(
      "The customers mapping was not saved: field 'houseNumber' is not a field the customers flow can write (mplus Relation) (and 3 more)."
    )
    expect(error.issues?.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      {
        path: 'rules.1.target',
        code: 'unknown-field',
        params: { field: 'houseNumber', side: 'target' }
      },
      { path: 'rules', code: 'required', params: { field: 'name' } },
      {
        path: 'rules.2.source.path',
        code: 'unknown-field',
        params: { field: 'merge_fields.ADDRESS.stad', side: 'source' }
      },
      {
        path: 'rules.2.transforms.0.table',
        code: 'unknown-code',
        params: { code: 'cityCodes', kind: 'table' }
      }
    ])
    expect(error.issues?.[3]?.message).toBe(
      "field 'city': there is no lookup table named 'cityCodes'"
    )
    expect((await repository.get('customers')).isDefault).toBe(true)
    await opened.close()
  })

  it('starts with the four empty standard lookup tables and saves edited ones', async () => {
    const { opened, repository } = await openRepository()
    expect(await repository.getLookups()).toEqual(defaultLookupTables)
    const tables = {
      ...defaultLookupTables,
      vatCodeByCountry: { entries: { NL: 2, BE: 3 }, default: 2 },
      cityCodes: { entries: { Gent: 'GNT' } }
    }
    expect(await repository.saveLookups(tables)).toEqual(tables)
    expect(await repository.getLookups()).toEqual(tables)
    await opened.close()
  })

  it('lets a mapping use a custom table, then refuses to drop that table while it is in use', async () => {
    const { opened, repository } = await openRepository()
    await repository.saveLookups({
      ...defaultLookupTables,
      cityCodes: { entries: { Gent: 'GNT' } }
    })
    await repository.save('customers', {
      rules: [
        { target: 'email', source: { path: 'email_address' } },
        { target: 'name', source: { path: 'merge_fields.LNAME' } },
        {
          target: 'city',
          source: { path: 'merge_fields.ADDRESS.city' },
          transforms: [{ kind: 'lookup', table: 'cityCodes' }]
        }
      ]
    })
    const error = await refusalOf(repository.saveLookups(defaultLookupTables))
    expect(error.code).toBe('invalid-input')
    expect(error.issues).toEqual([
      {
        path: 'mappings.customers.rules.2.transforms.0.table',
        message: "customers mapping: field 'city': there is no lookup table named 'cityCodes'",
        code: 'unknown-code',
        params: { code: 'cityCodes', kind: 'table' }
      }
    ])
    expect(Object.keys(await repository.getLookups())).toContain('cityCodes')
    await opened.close()
  })

  it('refuses removing a standard table and a malformed table', async () => {
    const { opened, repository } = await openRepository()
    const { paymentMethods: _removed, ...withoutPayments } = defaultLookupTables
    expect((await refusalOf(repository.saveLookups(withoutPayments))).issues).toEqual([
      {
        path: 'paymentMethods',
        message: "the standard table 'paymentMethods' cannot be removed (empty it instead)"
      },
      // …and a mapping that uses it says so.
      {
        path: 'mappings.orders-in.rules.1.transforms.0.table',
        message:
          "orders-in mapping: field 'order.paymentMethod': there is no lookup table named 'paymentMethods'",
        code: 'unknown-code',
        params: { code: 'paymentMethods', kind: 'table' }
      }
    ])
    const malformed = await refusalOf(
      repository.saveLookups({ ...defaultLookupTables, deliveryMethods: { entries: 'PostNL' } })
    )
    expect(malformed.issues?.[0]?.path).toBe('deliveryMethods.entries')
    await opened.close()
  })

  it('reports a damaged stored mapping instead of using half of it', async () => {
    const { opened, repository } = await openRepository()
    opened.sqlite
      .prepare(
        "insert into mappings (flow, mapping_json, updated_at) values ('categories', '{\"rules\": 5}', 1)"
      )
      .run()
    const error = await refusalOf(repository.get('categories'))
    expect(error.code).toBe('conflict')
    expect(error.message).toMatch(/stored categories mapping cannot be read.*Reset it/)
    expect((await repository.reset('categories')).isDefault).toBe(true)
    await opened.close()
  })
})
