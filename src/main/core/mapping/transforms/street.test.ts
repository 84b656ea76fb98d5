import { describe, expect, it } from 'vitest'
import { joinStreet, parseStreetLine, splitStreet } from './street'

describe('parseStreetLine', () => {
  it.each([
    ['Kerkstraat 12-A', 'Kerkstraat', '12', 'A'],
    ['Kerkstraat 12A', 'Kerkstraat', '12', 'A'],
    ['Hoofdweg 12 hs', 'Hoofdweg', '12', 'hs'],
    ['Laan 1940-1945 12', 'Laan 1940-1945', '12', ''],
    ['1e Jan Steenstraat 5', '1e Jan Steenstraat', '5', ''],
    ['Kerkstraat, 12', 'Kerkstraat', '12', ''],
    ['Rue de la Loi 16 bis', 'Rue de la Loi', '16', 'bis'],
    ['Rue Haute 5 bte 3', 'Rue Haute', '5', 'bte 3'],
    ['Avenue Louise 54 bus 12', 'Avenue Louise', '54', 'bus 12'],
    ["Place de l'Église 7", "Place de l'Église", '7', ''],
    ['Boulevard 3/2', 'Boulevard', '3', '2'],
    ['12 rue de Rivoli', 'rue de Rivoli', '12', ''],
    ['12bis rue de la Paix', 'rue de la Paix', '12', 'bis'],
    ['4 B avenue Foch', 'avenue Foch', '4', 'B'],
    ['  Kerkstraat   12   -  A  ', 'Kerkstraat', '12', 'A']
  ])('%j → %j %j %j', (line, street, houseNumber, suffix) => {
    expect(parseStreetLine(line)).toEqual({ street, houseNumber, suffix })
  })

  it.each([['Kerkstraat'], ['12'], [''], ['Postbus']])(
    'finds no street with a number in %j',
    (line) => {
      expect(parseStreetLine(line)).toBeNull()
    }
  )
})

describe('splitStreet', () => {
  it('picks one part', () => {
    expect(splitStreet('Kerkstraat 12-A', 'street', 'error')).toBe('Kerkstraat')
    expect(splitStreet('Kerkstraat 12-A', 'houseNumber', 'error')).toBe('12')
    expect(splitStreet('Kerkstraat 12-A', 'suffix', 'error')).toBe('A')
  })

  it('refuses a line without a house number, naming it', () => {
    expect(() => splitStreet('Dorpsplein', 'houseNumber', 'error')).toThrow(
      "splitStreet: no house number found in 'Dorpsplein'"
    )
  })

  it('or gives the whole line as street and an empty number, when the rule allows it', () => {
    expect(splitStreet(' Dorpsplein ', 'street', 'empty')).toBe('Dorpsplein')
    expect(splitStreet('Dorpsplein', 'houseNumber', 'empty')).toBe('')
  })

  it('refuses a number', () =>
    expect(() => splitStreet(12, 'street', 'error')).toThrow('splitStreet expects text, got 12'))
})

describe('joinStreet', () => {
  it('joins Dutch style with a separator before the suffix', () => {
    expect(joinStreet({ street: 'Kerkstraat', houseNumber: 12, suffix: 'A' }, false, '-')).toBe(
      'Kerkstraat 12-A'
    )
  })
  it('joins Belgian style with a space', () => {
    expect(joinStreet(['Rue de la Loi', '16', 'bis'], false, ' ')).toBe('Rue de la Loi 16 bis')
  })
  it('joins French style, number first', () => {
    expect(joinStreet({ street: 'rue de Rivoli', houseNumber: '12' }, true, '-')).toBe(
      '12 rue de Rivoli'
    )
  })
  it('gives the street alone when there is no number', () => {
    expect(joinStreet({ street: 'Dorpsplein', houseNumber: '', suffix: '' }, false, '-')).toBe(
      'Dorpsplein'
    )
  })
  it.each(['Kerkstraat 12-A', 'Rue de la Loi 16 bis', '12 rue de Rivoli'])(
    'round-trips %j',
    (line) => {
      const parts = parseStreetLine(line)
      const numberFirst = /^\d/.test(line)
      expect(joinStreet(parts, numberFirst, line.includes('-') ? '-' : ' ')).toBe(line)
    }
  )
  it.each([
    ['Kerkstraat 12'],
    [{ street: '', houseNumber: '1' }],
    [{ street: 'A', houseNumber: { n: 1 } }]
  ])('refuses %j', (value) => expect(() => joinStreet(value, false, '-')).toThrow(/^joinStreet/))
})
