import { describe, expect, it } from 'vitest'
import {
  Transform,
  transformKinds,
  type TransformKind
} from '../../../shared/contract/mapping-model'
import { applyTransform } from './apply-transform'

const context = {
  record: { vat: 21, city: 'Liège', country: 'België' },
  lookups: { vatCodeByCountry: { entries: { BE: 3 }, default: 2 }, paymentMethods: { entries: {} } }
}
const run = (transform: object, value: unknown) =>
  applyTransform(Transform.parse(transform), value, context)

/** One real input and its expected output for every transform the model offers. */
const examples: Record<TransformKind, [object, unknown, unknown]> = {
  centsToDecimal: [{ kind: 'centsToDecimal' }, 2495, 24.95],
  decimalToCents: [{ kind: 'decimalToCents' }, '24,95', 2495],
  inclToExclVat: [{ kind: 'inclToExclVat', rate: { path: 'vat' } }, 2495, 2062],
  exclToInclVat: [{ kind: 'exclToInclVat', rate: { constant: 6 }, unit: 'decimal' }, 10, 10.6],
  trim: [{ kind: 'trim' }, '  Crème brûlée 🍮 ', 'Crème brûlée 🍮'],
  truncate: [{ kind: 'truncate', maxLength: 5 }, 'Ĳsselmeer', 'Ĳssel'],
  splitStreet: [{ kind: 'splitStreet', part: 'suffix' }, 'Rue de la Loi 16 bis', 'bis'],
  joinStreet: [
    { kind: 'joinStreet' },
    { street: 'Kerkstraat', houseNumber: '12', suffix: 'A' },
    'Kerkstraat 12-A'
  ],
  prefix: [{ kind: 'prefix', text: 'SKU-' }, 100234, 'SKU-100234'],
  suffix: [{ kind: 'suffix', text: ' (bio)' }, 'T-shirt', 'T-shirt (bio)'],
  countryToIso2: [{ kind: 'countryToIso2' }, 'Belgique', 'BE'],
  countryToIso3: [{ kind: 'countryToIso3' }, 'Pays-Bas', 'NLD'],
  lookup: [{ kind: 'lookup', table: 'vatCodeByCountry' }, 'be', 3],
  digitsOnly: [{ kind: 'digitsOnly' }, '8712345678906', '8712345678906'],
  lowercase: [{ kind: 'lowercase' }, 'ÉMILE@Café.BE', 'émile@café.be'],
  uppercase: [{ kind: 'uppercase' }, '1012 ab', '1012 AB'],
  toInteger: [{ kind: 'toInteger' }, '999999', 999999],
  toString: [{ kind: 'toString' }, 100234, '100234'],
  default: [{ kind: 'default', value: 'onbekend' }, '', 'onbekend'],
  concat: [
    { kind: 'concat', append: [{ path: 'city' }], separator: ', ' },
    'Rue Neuve 1',
    'Rue Neuve 1, Liège'
  ]
}

describe('applyTransform', () => {
  it('has an example for every transform kind', () => {
    expect(Object.keys(examples).sort()).toEqual([...transformKinds].sort())
  })

  it.each(Object.entries(examples))('%s', (_kind, [transform, input, output]) => {
    expect(run(transform, input)).toEqual(output)
  })

  const passThrough = transformKinds.filter(
    (kind) => !['default', 'concat', 'lookup', 'joinStreet'].includes(kind)
  )
  it.each(passThrough)('%s leaves an empty value empty (the field is then left out)', (kind) => {
    const [transform] = examples[kind as TransformKind]
    for (const empty of [undefined, null, '', '   ']) expect(run(transform, empty)).toBe(empty)
  })

  it('gives the table default for an empty lookup key, or nothing without one', () => {
    expect(run({ kind: 'lookup', table: 'vatCodeByCountry' }, '')).toBe(2)
    expect(run({ kind: 'lookup', table: 'paymentMethods' }, undefined)).toBeUndefined()
  })

  it('appends to an empty value with concat', () => {
    expect(run({ kind: 'concat', append: [{ path: 'city' }] }, undefined)).toBe('Liège')
  })

  it.each([
    ['trim', 42],
    ['truncate', { a: 1 }],
    ['splitStreet', 12],
    ['countryToIso2', true],
    ['digitsOnly', '12🌷'],
    ['lowercase', 3],
    ['toInteger', '3,5'],
    ['centsToDecimal', '€ 2,50'],
    ['inclToExclVat', 'veel']
  ] as const)('%s refuses the wrong type %j with a message naming it', (kind, value) => {
    const [transform] = examples[kind]
    expect(() => run(transform, value)).toThrow(new RegExp(`^${kind}`))
  })

  it('handles 10 kB of text in each text transform and shortens the value in error messages', () => {
    const long = `${'Ééñ🌷'.repeat(2_600)}`
    expect(long.length).toBeGreaterThan(10_000)
    expect(run({ kind: 'trim' }, ` ${long} `)).toBe(long)
    expect([...(run({ kind: 'truncate', maxLength: 255 }, long) as string)]).toHaveLength(255)
    expect(run({ kind: 'uppercase' }, long)).toBe(long.toLocaleUpperCase('nl'))
    expect(() => run({ kind: 'countryToIso2' }, long)).toThrow(
      `countryToIso2: '${[...long].slice(0, 57).join('')}…' (${[...long].length} characters) is not a country name or code we know`
    )
    expect(() => run({ kind: 'splitStreet', part: 'street' }, long)).toThrow(
      /no house number found in 'Ééñ/
    )
    expect(() => run({ kind: 'digitsOnly' }, `${'1'.repeat(10_000)}x`)).toThrow(
      /\(10001 characters\)/
    )
  })
})
