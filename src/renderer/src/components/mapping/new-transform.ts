import type { Transform, TransformKind } from '../../../../shared/contract'

/**
 * A transform as the chain adds it: every option filled with a sensible start the shop owner then
 * changes (the text of a prefix is theirs to type; the core refuses it while it is empty).
 */
export function newTransform(kind: TransformKind, tables: readonly string[]): Transform {
  const fresh: { [Kind in TransformKind]: Extract<Transform, { kind: Kind }> } = {
    centsToDecimal: { kind: 'centsToDecimal' },
    decimalToCents: { kind: 'decimalToCents' },
    inclToExclVat: { kind: 'inclToExclVat', rate: { constant: 21 }, unit: 'cents' },
    exclToInclVat: { kind: 'exclToInclVat', rate: { constant: 21 }, unit: 'cents' },
    trim: { kind: 'trim' },
    truncate: { kind: 'truncate', maxLength: 50, by: 'characters' },
    splitStreet: { kind: 'splitStreet', part: 'street', onMissingNumber: 'error' },
    joinStreet: { kind: 'joinStreet', numberFirst: false, suffixSeparator: '-' },
    countryToIso2: { kind: 'countryToIso2' },
    countryToIso3: { kind: 'countryToIso3' },
    lookup: { kind: 'lookup', table: tables[0] ?? '', onMissing: 'error' },
    digitsOnly: { kind: 'digitsOnly' },
    lowercase: { kind: 'lowercase' },
    uppercase: { kind: 'uppercase' },
    prefix: { kind: 'prefix', text: '' },
    suffix: { kind: 'suffix', text: '' },
    toInteger: { kind: 'toInteger' },
    toString: { kind: 'toString' },
    default: { kind: 'default', value: '' },
    concat: { kind: 'concat', append: [{ constant: '' }], separator: ' ' }
  }
  return fresh[kind]
}
