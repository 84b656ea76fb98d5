import { describe, expect, it } from 'vitest'
import {
  centsFromDecimal,
  decimalFromCents,
  decimalFromScaledQuantity,
  isoDateFromSoap,
  isoDateTimeFromSoap,
  rescaleQuantity,
  scaledQuantityFromDecimal,
  soapDateFromIso,
  soapDateTimeFromInstant
} from './mplus-values'

describe('Mplus wire values', () => {
  it('converts money between decimals and integer cents exactly', () => {
    expect(centsFromDecimal('9.95')).toBe(995)
    expect(centsFromDecimal(0.1 + 0.2)).toBe(30)
    expect(centsFromDecimal('-12.5')).toBe(-1250)
    expect(centsFromDecimal('7')).toBe(700)
    expect(() => centsFromDecimal('1.005')).toThrow(/more than two decimals/)
    expect(() => centsFromDecimal('12,50')).toThrow(/Not a decimal/)
    expect(decimalFromCents(995)).toBe('9.95')
    expect(decimalFromCents(-5)).toBe('-0.05')
    expect(decimalFromCents(100)).toBe('1.00')
  })

  it('keeps quantities as integer + decimalPlaces', () => {
    expect(scaledQuantityFromDecimal('1.25')).toEqual({ quantity: 125, decimalPlaces: 2 })
    expect(scaledQuantityFromDecimal('3.50')).toEqual({ quantity: 35, decimalPlaces: 1 })
    expect(scaledQuantityFromDecimal(2)).toEqual({ quantity: 2, decimalPlaces: 0 })
    expect(decimalFromScaledQuantity({ quantity: 125, decimalPlaces: 2 })).toBe('1.25')
    expect(decimalFromScaledQuantity({ quantity: -5, decimalPlaces: 3 })).toBe('-0.005')
    expect(rescaleQuantity({ quantity: 125, decimalPlaces: 2 }, 3)).toBe(1250)
    expect(rescaleQuantity({ quantity: 7, decimalPlaces: 0 }, 2)).toBe(700)
  })

  it('maps SoapMplusDate / SoapMplusDateTime (timezone in minutes) to ISO and back', () => {
    expect(soapDateFromIso('2024-02-29')).toEqual({ day: 29, mon: 2, year: 2024 })
    expect(() => soapDateFromIso('2023-02-29')).toThrow(/calendar date/)
    expect(() => soapDateFromIso('29-02-2024')).toThrow(/ISO date/)
    expect(isoDateFromSoap({ day: 5, mon: 1, year: 2026 })).toBe('2026-01-05')
    expect(
      isoDateTimeFromSoap({
        sec: 7,
        min: 5,
        hour: 9,
        day: 30,
        mon: 3,
        year: 2026,
        isdst: true,
        timezone: 120
      })
    ).toBe('2026-03-30T09:05:07+02:00')
    expect(
      isoDateTimeFromSoap({
        sec: 0,
        min: 0,
        hour: 23,
        day: 1,
        mon: 1,
        year: 2026,
        isdst: false,
        timezone: -330
      })
    ).toBe('2026-01-01T23:00:00-05:30')
    const sent = soapDateTimeFromInstant('2026-03-30T07:05:07Z')
    expect(sent).toEqual({
      sec: 7,
      min: 5,
      hour: 7,
      day: 30,
      mon: 3,
      year: 2026,
      isdst: false,
      timezone: 0
    })
    expect(new Date(isoDateTimeFromSoap(sent)).toISOString()).toBe('2026-03-30T07:05:07.000Z')
  })
})
