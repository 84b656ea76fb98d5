import { describe, expect, it } from 'vitest'
import {
  digitsOnly,
  lowercase,
  prefix,
  suffix,
  toInteger,
  toText,
  trim,
  truncate,
  uppercase
} from './text'

describe('trim and case', () => {
  it('trims ordinary and non-breaking spaces', () =>
    expect(trim('\u00a0 Café de Paris \n')).toBe('Café de Paris'))
  it('lowercases with diacritics', () =>
    expect(lowercase('ÉCOLE Ñ ĲSSELMEER')).toBe('école ñ ĳsselmeer'))
  it('uppercases a Dutch postal code', () => expect(uppercase('1234 ab')).toBe('1234 AB'))
  it.each([[12], [null], [['a']], [{ a: 1 }]])(
    'trim refuses %j, naming the kind of value',
    (value) => {
      expect(() => trim(value)).toThrow(/^trim expects text, got /)
    }
  )
})

describe('prefix and suffix', () => {
  it('puts text before and after a title', () => {
    expect(prefix('Stroopwafels', 'Bio ')).toBe('Bio Stroopwafels')
    expect(suffix('Stroopwafels', ' 🍪')).toBe('Stroopwafels 🍪')
  })
  it('writes a number as its digits', () => expect(prefix(4711, 'NL-')).toBe('NL-4711'))
  it.each([[true], [['a']], [{ a: 1 }], [Number.NaN]])('refuses %j', (value) => {
    expect(() => prefix(value, 'x')).toThrow(/^prefix expects text, got /)
    expect(() => suffix(value, 'x')).toThrow(/^suffix expects text, got /)
  })
})

describe('truncate', () => {
  it('keeps short text as it is', () =>
    expect(truncate('Kerkstraat', 50, 'characters')).toBe('Kerkstraat'))

  it('cuts a 10 kB title to the limit', () => {
    const title = 'Ontbijtkoek '.repeat(900)
    expect(title.length).toBeGreaterThan(10_000)
    const cut = truncate(title, 255, 'characters')
    expect([...cut]).toHaveLength(255)
    expect(title.startsWith(cut)).toBe(true)
  })

  it('never splits an emoji or a family emoji', () => {
    expect(truncate('Bloemen 🌷🌷', 9, 'characters')).toBe('Bloemen 🌷')
    expect(truncate('Gezin 👨‍👩‍👧 ok', 7, 'characters')).toBe('Gezin ')
  })

  it('never separates a letter from its combining accent', () => {
    const decomposed = 'Cafe\u0301 crème'
    expect(truncate(decomposed, 4, 'characters')).toBe('Caf')
  })

  it('counts UTF-8 bytes when asked (Mailchimp text merge fields)', () => {
    expect(truncate('ééé', 5, 'utf8Bytes')).toBe('éé')
    expect(truncate('a🌷', 4, 'utf8Bytes')).toBe('a')
  })

  // Regression: segmenting a megabyte in one go cost minutes (V8's segmenter pays for the whole
  // string at every step) and held the products run; the timeout fails the test if it comes back.
  it(
    'cuts a 1 MB description to 10 000 characters without walking the whole text',
    { timeout: 10_000 },
    () => {
      const description = 'Lange kassanotitie. '.repeat(52_429)
      expect(description.length).toBeGreaterThan(1024 * 1024)
      const cut = truncate(description, 10_000, 'characters')
      expect(cut).toBe(description.slice(0, 10_000))
      expect(truncate(description, 10_000, 'utf8Bytes')).toBe(cut)
    }
  )

  it('keeps clusters whole across its segmenting windows (flags, families, long accent stacks)', () => {
    const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' })
    const zalgo = `a${'\u0301'.repeat(700)}`
    const text = `${'x'.repeat(255)}🇳🇱🇧🇪${'👨‍👩‍👧'.repeat(90)}${zalgo}é🌷`.repeat(3)
    const clusters = [...segmenter.segment(text)].map(({ segment }) => segment)
    for (const limit of [254, 256, 258, 500, 1000, 1700, 2500]) {
      let size = 0
      const expected: string[] = []
      for (const cluster of clusters) {
        if (size + [...cluster].length > limit) break
        expected.push(cluster)
        size += [...cluster].length
      }
      expect(truncate(text, limit, 'characters')).toBe(expected.join(''))
    }
  })

  it('refuses a number', () =>
    expect(() => truncate(12345, 3, 'characters')).toThrow('truncate expects text, got 12345'))
})

describe('digitsOnly', () => {
  it.each([
    ['100234', '100234'],
    [' 42 ', '42'],
    [4711, '4711'],
    ['0012', '0012']
  ])('%j → %j', (value, digits) => expect(digitsOnly(value)).toBe(digits))

  it.each([['TS-ROOD-M'], ['12a'], ['١٢٣'], ['12.5'], [-3], [1.5], [true]])(
    'refuses %j, naming it',
    (value) => {
      expect(() => digitsOnly(value)).toThrow(
        /^digitsOnly: .+ is not a number made of digits only$/
      )
    }
  )

  it('names the value in the message', () => {
    expect(() => digitsOnly('TS-ROOD-M')).toThrow(
      "digitsOnly: 'TS-ROOD-M' is not a number made of digits only"
    )
  })
})

describe('toInteger and toString', () => {
  it.each([
    ['42', 42],
    [' -7 ', -7],
    [999999, 999999]
  ])('toInteger %j → %j', (value, integer) => expect(toInteger(value)).toBe(integer))
  it.each([['4,5'], [4.5], ['9007199254740993'], ['vier'], [false]])(
    'toInteger refuses %j',
    (value) => {
      expect(() => toInteger(value)).toThrow(/^toInteger: .+ is not a whole number$/)
    }
  )
  it.each([
    [100234, '100234'],
    [true, 'true'],
    ['al tekst', 'al tekst']
  ])('toString %j → %j', (value, text) => expect(toText(value)).toBe(text))
  it.each([[{ a: 1 }], [[1]], [Number.NaN]])('toString refuses %j', (value) => {
    expect(() => toText(value)).toThrow(/^toString: cannot turn .+ into text$/)
  })
})
