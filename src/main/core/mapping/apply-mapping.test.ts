import { describe, expect, it } from 'vitest'
import {
  FlowMapping,
  type FlowMappingInput,
  type TargetField
} from '../../../shared/contract/mapping-model'
import { applyMapping } from './apply-mapping'

const mapping = (input: FlowMappingInput) => FlowMapping.parse(input)
const noLookups = {}

describe('applyMapping', () => {
  it('builds nested objects from dotted targets, create with every rule and update with the switched-on ones', () => {
    const result = applyMapping(
      mapping({
        rules: [
          { target: 'invoiceAddress.city', source: { path: 'address.city' } },
          {
            target: 'invoiceAddress.zipcode',
            source: { path: 'address.zip' },
            updateOnChange: false
          },
          { target: 'employeeNumber', source: { constant: 999999 } }
        ]
      }),
      { address: { city: 'Gent', zip: '9000' } },
      noLookups
    )
    expect(result).toEqual({
      ok: true,
      create: { employeeNumber: 999999, invoiceAddress: { city: 'Gent', zipcode: '9000' } },
      update: { employeeNumber: 999999, invoiceAddress: { city: 'Gent' } },
      warnings: []
    })
  })

  it('reads array elements in source paths', () => {
    const result = applyMapping(
      mapping({
        rules: [
          {
            target: 'price',
            source: { path: 'lines.1.price' },
            transforms: [{ kind: 'decimalToCents' }]
          }
        ]
      }),
      { lines: [{ price: 1 }, { price: '3,50' }] },
      noLookups
    )
    expect(result).toMatchObject({ ok: true, create: { price: 350 } })
  })

  it('leaves an empty optional field out, and names an empty required one', () => {
    const result = applyMapping(
      mapping({
        rules: [
          { target: 'telephone', source: { path: 'phone' } },
          { target: 'email', source: { path: 'email_address' }, required: true },
          { target: 'name', source: { path: 'name' }, required: true }
        ]
      }),
      { phone: '', email_address: '   ', name: null },
      noLookups
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          target: 'email',
          message: "field 'email' is empty in the source record (email_address)",
          code: 'field-empty',
          params: { field: 'email' }
        },
        {
          target: 'name',
          message: "field 'name' is empty in the source record (name)",
          code: 'field-empty',
          params: { field: 'name' }
        }
      ]
    })
  })

  it('collects every failing field instead of stopping at the first', () => {
    const result = applyMapping(
      mapping({
        rules: [
          { target: 'a', source: { constant: 'X1' }, transforms: [{ kind: 'digitsOnly' }] },
          { target: 'b', source: { constant: 'ok' } },
          { target: 'c', source: { constant: 'Atlantis' }, transforms: [{ kind: 'countryToIso3' }] }
        ]
      }),
      {},
      noLookups
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          target: 'a',
          message: "digitsOnly: 'X1' is not a number made of digits only",
          code: 'transform-failed',
          params: { field: 'a', transform: 'digitsOnly' }
        },
        {
          target: 'c',
          message: "countryToIso3: 'Atlantis' is not a country name or code we know",
          code: 'transform-failed',
          params: { field: 'c', transform: 'countryToIso3' }
        }
      ]
    })
  })

  it('never throws, whatever the source record is', () => {
    const rules = mapping({
      rules: [
        {
          target: 'name',
          source: { concat: [{ path: 'a' }, { path: 'b.c' }] },
          transforms: [{ kind: 'trim' }]
        },
        { target: 'n', source: { path: 'x' }, transforms: [{ kind: 'toInteger' }] }
      ]
    })
    for (const record of [
      null,
      undefined,
      42,
      'text',
      [],
      { a: { deep: true } },
      { b: 'string' },
      { x: {} }
    ]) {
      expect(() => applyMapping(rules, record, noLookups)).not.toThrow()
    }
    expect(applyMapping(rules, { a: { deep: true } }, noLookups)).toEqual({
      ok: false,
      errors: [
        {
          target: 'name',
          message: 'concat can only join text and numbers, got an object',
          code: 'source-unreadable',
          params: { problem: 'concat can only join text and numbers, got an object' }
        }
      ]
    })
  })

  it('applies transforms in order, with defaults, lookups, concat and VAT from a path', () => {
    const result = applyMapping(
      mapping({
        rules: [
          {
            target: 'priceExcl',
            source: { path: 'article.priceIncl' },
            transforms: [{ kind: 'inclToExclVat', rate: { path: 'article.vatPercentage' } }]
          },
          {
            target: 'vatCode',
            source: { path: 'country' },
            transforms: [{ kind: 'countryToIso2' }, { kind: 'lookup', table: 'vatCodeByCountry' }]
          },
          {
            target: 'note',
            source: { path: 'missing' },
            transforms: [{ kind: 'default', value: 'geen' }]
          },
          {
            target: 'label',
            source: { path: 'city' },
            transforms: [
              { kind: 'concat', append: [{ path: 'country' }], separator: ', ' },
              { kind: 'uppercase' }
            ]
          }
        ]
      }),
      { article: { priceIncl: 1090, vatPercentage: 9 }, country: 'België', city: 'Liège' },
      { vatCodeByCountry: { entries: { BE: 3 } } }
    )
    expect(result).toEqual({
      ok: true,
      create: { label: 'LIÈGE, BELGIË', note: 'geen', priceExcl: 1000, vatCode: 3 },
      update: { label: 'LIÈGE, BELGIË', note: 'geen', priceExcl: 1000, vatCode: 3 },
      warnings: []
    })
  })

  it('checks values against the target fields when given', () => {
    const targets: TargetField[] = [
      { path: 'relationCode', type: 'string', maxLength: 5, description: '' },
      { path: 'articleNumber', type: 'integer', description: '' },
      { path: 'title', type: 'string', description: '' }
    ]
    const result = applyMapping(
      mapping({
        rules: [
          { target: 'relationCode', source: { constant: 'ABCDEFG' } },
          { target: 'articleNumber', source: { constant: '123' } },
          { target: 'title', source: { constant: 12 } }
        ]
      }),
      {},
      noLookups,
      { targets }
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          target: 'relationCode',
          message:
            "field 'relationCode': 7 characters, the target allows 5 (let the rule truncate, or add a truncate transform)",
          code: 'field-too-long',
          params: { field: 'relationCode', length: 7, maxLength: 5 }
        },
        {
          target: 'articleNumber',
          message:
            "field 'articleNumber': the target expects a whole number, got '123' (add a toInteger transform)",
          code: 'wrong-type',
          params: { field: 'articleNumber', expected: 'integer' }
        },
        {
          target: 'title',
          message: "field 'title': the target expects text, got 12 (add a toString transform)",
          code: 'wrong-type',
          params: { field: 'title', expected: 'string' }
        }
      ]
    })
  })

  it('fits text to its target: control characters removed and a rule that truncates cut, each with a warning; a lone surrogate refused', () => {
    const targets: TargetField[] = [
      { path: 'description', type: 'string', maxLength: 10, description: '' },
      { path: 'title', type: 'string', maxLength: 10, description: '' }
    ]
    const rules = (title: string) =>
      mapping({
        rules: [
          { target: 'description', source: { path: 'd' }, tooLong: 'truncate' },
          { target: 'title', source: { constant: title } }
        ]
      })
    const megabyte = 'é'.repeat(1024 * 1024)
    expect(applyMapping(rules('Mok\u0000\u0007'), { d: megabyte }, noLookups, { targets })).toEqual(
      {
        ok: true,
        create: { description: 'é'.repeat(10), title: 'Mok' },
        update: { description: 'é'.repeat(10), title: 'Mok' },
        warnings: [
          {
            code: 'field-truncated',
            params: { field: 'description', length: 1024 * 1024, maxLength: 10 }
          },
          { code: 'control-characters-removed', params: { field: 'title', count: 2 } }
        ]
      }
    )
    expect(applyMapping(rules('Thee\ud800'), { d: 'kort' }, noLookups, { targets })).toMatchObject({
      ok: false,
      errors: [{ target: 'title', code: 'invalid-unicode', params: { field: 'title' } }]
    })
    expect(
      applyMapping(rules('x'.repeat(11)), { d: 'kort' }, noLookups, { targets })
    ).toMatchObject({
      ok: false,
      errors: [{ code: 'field-too-long', params: { field: 'title', length: 11, maxLength: 10 } }]
    })
  })

  it('is deterministic: same input, byte-identical JSON, whatever the rule order', () => {
    const rules = [
      { target: 'z.b', source: { path: 'b' } },
      { target: 'a', source: { path: 'a' } },
      { target: 'z.a', source: { constant: 'Ærø 🌷' } }
    ]
    const record = { a: 'één', b: 2 }
    const first = JSON.stringify(applyMapping(mapping({ rules }), record, noLookups))
    const again = JSON.stringify(
      applyMapping(mapping({ rules }), structuredClone(record), noLookups)
    )
    const reordered = JSON.stringify(
      applyMapping(mapping({ rules: [...rules].reverse() }), record, noLookups)
    )
    expect(again).toBe(first)
    expect(reordered).toBe(first)
    expect(first).toBe(
      '{"ok":true,"create":{"a":"één","z":{"a":"Ærø 🌷","b":2}},"update":{"a":"één","z":{"a":"Ærø 🌷","b":2}},"warnings":[]}'
    )
  })

  it('does not change the source record', () => {
    const record = { name: '  Jan  ', address: { city: 'Utrecht' } }
    const before = JSON.stringify(record)
    applyMapping(
      mapping({
        rules: [{ target: 'n', source: { path: 'name' }, transforms: [{ kind: 'trim' }] }]
      }),
      record,
      {}
    )
    expect(JSON.stringify(record)).toBe(before)
  })
})
