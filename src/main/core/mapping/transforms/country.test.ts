import { describe, expect, it } from 'vitest'
import { countryToIso2, countryToIso3 } from './country'

describe('countryToIso2 / countryToIso3', () => {
  it.each([
    ['NL', 'NL', 'NLD'],
    ['nl', 'NL', 'NLD'],
    ['NLD', 'NL', 'NLD'],
    ['528', 'NL', 'NLD'],
    [528, 'NL', 'NLD'],
    ['Nederland', 'NL', 'NLD'],
    ['The Netherlands', 'NL', 'NLD'],
    ['Pays-Bas', 'NL', 'NLD'],
    ['holland', 'NL', 'NLD'],
    ['België', 'BE', 'BEL'],
    ['belgie', 'BE', 'BEL'],
    ['BELGIQUE', 'BE', 'BEL'],
    ['Belgium', 'BE', 'BEL'],
    ['Duitsland', 'DE', 'DEU'],
    ['Allemagne', 'DE', 'DEU'],
    ['Frankrijk', 'FR', 'FRA'],
    ['Luxembourg', 'LU', 'LUX'],
    ['Curaçao', 'CW', 'CUW'],
    ['curacao', 'CW', 'CUW'],
    ['Royaume-Uni', 'GB', 'GBR'],
    ['  Verenigd Koninkrijk ', 'GB', 'GBR']
  ])('%j → %s / %s', (value, iso2, iso3) => {
    expect(countryToIso2(value)).toBe(iso2)
    expect(countryToIso3(value)).toBe(iso3)
  })

  it.each([['Atlantis'], ['XX'], ['🇳🇱'], ['999']])('refuses %j, naming it', (value) => {
    expect(() => countryToIso2(value)).toThrow(
      `countryToIso2: '${value}' is not a country name or code we know`
    )
  })

  it('refuses a value that is not text', () => {
    expect(() => countryToIso3({ code: 'NL' })).toThrow('countryToIso3 expects text, got an object')
  })
})
