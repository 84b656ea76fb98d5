import type { LookupTables, Transform } from '../../../shared/contract/mapping-model'
import { isEmptyValue, readPath } from './record-path'
import { joinTexts, resolveSource } from './resolve-source'
import { countryToIso2, countryToIso3 } from './transforms/country'
import { lookup } from './transforms/lookup'
import { centsToDecimal, convertVat, decimalToCents } from './transforms/money'
import { joinStreet, splitStreet } from './transforms/street'
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
} from './transforms/text'

export interface TransformContext {
  /** The whole source record, for transforms that read a second value (VAT rate, concat). */
  record: unknown
  lookups: LookupTables
}

/** Transforms that give meaning to an empty value; every other one passes emptiness through. */
const handlesEmpty = new Set<Transform['kind']>(['default', 'concat', 'lookup', 'joinStreet'])

/** Runs one transform. Pure; throws TransformError with a message naming the value. */
export function applyTransform(
  transform: Transform,
  value: unknown,
  context: TransformContext
): unknown {
  if (isEmptyValue(value) && !handlesEmpty.has(transform.kind)) return value
  switch (transform.kind) {
    case 'centsToDecimal':
      return centsToDecimal(value)
    case 'decimalToCents':
      return decimalToCents(value)
    case 'inclToExclVat':
    case 'exclToInclVat': {
      const rate =
        'path' in transform.rate
          ? readPath(context.record, transform.rate.path)
          : transform.rate.constant
      const direction = transform.kind === 'inclToExclVat' ? 'inclToExcl' : 'exclToIncl'
      return convertVat(value, rate, direction, transform.unit)
    }
    case 'trim':
      return trim(value)
    case 'truncate':
      return truncate(value, transform.maxLength, transform.by)
    case 'splitStreet':
      return splitStreet(value, transform.part, transform.onMissingNumber)
    case 'joinStreet':
      return joinStreet(value, transform.numberFirst, transform.suffixSeparator)
    case 'countryToIso2':
      return countryToIso2(value)
    case 'countryToIso3':
      return countryToIso3(value)
    case 'lookup':
      if (isEmptyValue(value)) return context.lookups[transform.table]?.default
      return lookup(value, transform.table, context.lookups, transform.onMissing)
    case 'digitsOnly':
      return digitsOnly(value)
    case 'lowercase':
      return lowercase(value)
    case 'uppercase':
      return uppercase(value)
    case 'prefix':
      return prefix(value, transform.text)
    case 'suffix':
      return suffix(value, transform.text)
    case 'toInteger':
      return toInteger(value)
    case 'toString':
      return toText(value)
    case 'default':
      return isEmptyValue(value) ? transform.value : value
    case 'concat':
      return joinTexts(
        [value, ...transform.append.map((source) => resolveSource(source, context.record))],
        transform.separator
      )
  }
}
