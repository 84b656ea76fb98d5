import { describe, expect, it } from 'vitest'
import { centsToDecimal, convertVat, decimalToCents } from './money'

describe('centsToDecimal', () => {
  it.each([
    [995, 9.95],
    [1999, 19.99],
    [0, 0],
    [-250, -2.5],
    ['2495', 24.95]
  ])('%j cents → %j', (cents, decimal) => expect(centsToDecimal(cents)).toBe(decimal))

  it.each([[9.5], ['9,95'], ['twaalf'], [true], [{}], [Number.MAX_SAFE_INTEGER + 2]])(
    'refuses %j, naming it',
    (value) => {
      expect(() => centsToDecimal(value)).toThrow(
        /centsToDecimal expects a whole number of cents, got /
      )
    }
  )
})

describe('decimalToCents', () => {
  it.each([
    [19.99, 1999],
    [0.1 + 0.2, 30],
    ['12,50', 1250],
    ['12.5', 1250],
    [' 7 ', 700],
    ['-3,05', -305],
    ['0.005', 1],
    ['2.344', 234],
    [1e-7, 0],
    [24.95, 2495]
  ])('%j → %j cents', (value, cents) => expect(decimalToCents(value)).toBe(cents))

  it.each([['1.234,56'], ['€ 12'], [''], ['12,5 euro'], [Number.NaN], [Infinity]])(
    'refuses %j, naming it',
    (value) => {
      expect(() => decimalToCents(value)).toThrow(/decimalToCents/)
    }
  )

  it('names the offending text', () => {
    expect(() => decimalToCents('€ 12')).toThrow(
      "decimalToCents expects an amount like 12.50 or 12,50, got '€ 12'"
    )
  })

  it('refuses an amount too large for exact cents', () => {
    expect(() => decimalToCents('99999999999999999999')).toThrow(/too large/)
  })
})

describe('VAT conversion', () => {
  it('takes 21 % out of a Dutch price in cents', () =>
    expect(convertVat(2495, 21, 'inclToExcl', 'cents')).toBe(2062))
  it('adds 6 % Belgian VAT to a decimal price', () =>
    expect(convertVat('10,00', 6, 'exclToIncl', 'decimal')).toBe(10.6))
  it('rounds negative amounts symmetrically', () =>
    expect(convertVat(-2495, 21, 'inclToExcl', 'cents')).toBe(-2062))
  it('reads a rate given as text', () =>
    expect(convertVat(1090, '9', 'inclToExcl', 'cents')).toBe(1000))
  it.each([[-1], [101], ['hoog'], [undefined], [Number.NaN]])('refuses rate %j', (rate) => {
    expect(() => convertVat(1000, rate, 'inclToExcl', 'cents')).toThrow(
      /inclToExclVat needs a VAT rate between 0 and 100/
    )
  })
  it('refuses a decimal where cents are expected', () => {
    expect(() => convertVat(24.95, 21, 'exclToIncl', 'cents')).toThrow(
      'exclToInclVat expects a whole number of cents, got 24.95'
    )
  })
})
