import { describe, expect, it } from 'vitest'
import { lookup } from './lookup'

const tables = {
  vatCodeByCountry: { entries: { NL: 2, BE: 3 } },
  paymentMethods: { entries: { paid: 'WEB' }, default: 'OPREKENING' }
}

describe('lookup', () => {
  it('finds a key regardless of case and spaces', () =>
    expect(lookup(' be ', 'vatCodeByCountry', tables, 'error')).toBe(3))
  it('falls back to the table default', () =>
    expect(lookup('pending', 'paymentMethods', tables, 'error')).toBe('OPREKENING'))
  it('accepts numeric keys', () =>
    expect(lookup(1, 'x', { x: { entries: { '1': 'één' } } }, 'error')).toBe('één'))
  it('refuses a missing key without default, naming key and table', () => {
    expect(() => lookup('FR', 'vatCodeByCountry', tables, 'error')).toThrow(
      "lookup: table 'vatCodeByCountry' has no entry for 'FR' and no default"
    )
  })
  it('gives nothing for a missing key when the rule allows it', () => {
    expect(lookup('FR', 'vatCodeByCountry', tables, 'empty')).toBeUndefined()
  })
  it('refuses a table that does not exist', () => {
    expect(() => lookup('NL', 'btwCodes', tables, 'error')).toThrow(
      "lookup: there is no lookup table named 'btwCodes'"
    )
  })
  it('refuses an object as key', () => {
    expect(() => lookup({ NL: 1 }, 'vatCodeByCountry', tables, 'error')).toThrow(
      "lookup in 'vatCodeByCountry' needs text or a number as key, got an object"
    )
  })
})
