import type { MplusReferenceData } from './contract/connections'
import type { FieldIssue } from './contract/errors'
import type { LookupTables } from './contract/mapping-model'
import { standardLookupTables } from './contract/mapping-model'

export type StandardLookupTable = (typeof standardLookupTables)[number]

/** A code the till knows and how the till names it ("2 – 21 %", "PIN – Pinbetaling"). */
export interface LookupChoice {
  code: string | number
  label: string
}

/**
 * What each standard lookup table holds, from the till's reference data: its keys are a country
 * (ISO 3166 alpha-3, as the till's VAT groups name them; a mapping reaches it with `countryToIso3`)
 * or a name the web shop uses, its values a code the till knows. One entry per standard table (the
 * type demands it), so the page, its pickers and its checks cannot drift apart.
 */
export const lookupTableShapes: Record<
  StandardLookupTable,
  {
    key: 'country' | 'name'
    /** The codes the till accepts as a value, for one country key (or any key), with its name. */
    choices: (reference: MplusReferenceData, country?: string) => LookupChoice[]
  }
> = {
  vatCodeByCountry: {
    key: 'country',
    choices: (reference, country) => {
      const groups = reference.vatGroups.filter(
        (group) => country === undefined || group.countryIso3 === country
      )
      // Without a country the codes of every country, each once (the percentage differs).
      return [...new Set(groups.map((group) => group.vatCode))].map((code) => ({
        code,
        label: `${code} – ${groups
          .filter((group) => group.vatCode === code)
          .map((group) => `${group.percentage} %`)
          .filter((text, index, all) => all.indexOf(text) === index)
          .join(' / ')}`
      }))
    }
  },
  turnoverGroupByCountry: {
    key: 'country',
    choices: (reference) =>
      reference.turnoverGroups.map((group) => ({
        code: group.number,
        label: `${group.number} – ${group.name}`
      }))
  },
  paymentMethods: {
    key: 'name',
    choices: (reference) =>
      reference.paymentMethods.map((method) => ({
        code: method.code,
        label: `${method.code} – ${method.name}`
      }))
  },
  deliveryMethods: {
    key: 'name',
    choices: (reference) =>
      reference.deliveryMethods.map((method) => ({
        code: method.code,
        label: `${method.code} – ${method.name}`
      }))
  }
}

/** The countries the till knows (its VAT groups and branches), alphabetical. */
export function tillCountries(reference: MplusReferenceData): string[] {
  return unique([
    ...reference.vatGroups.flatMap((group) => (group.countryIso3 ? [group.countryIso3] : [])),
    ...reference.branches.map((branch) => branch.countryIso3)
  ]).sort()
}

/**
 * Every value in the standard tables the till does not know, and every country key it does not
 * know, as field issues (`unknown-code`, params.code) at `table.entries.key` or `table.default`.
 */
export function lookupIssues(tables: LookupTables, reference: MplusReferenceData): FieldIssue[] {
  const countries = tillCountries(reference)
  return standardLookupTables.flatMap((name) => {
    const shape = lookupTableShapes[name]
    const table = tables[name] ?? { entries: {} }
    const issues: FieldIssue[] = []
    for (const [key, value] of Object.entries(table.entries)) {
      const path = `${name}.entries.${key}`
      if (shape.key === 'country' && !countries.includes(key)) {
        issues.push(unknownCode(`${name}.keys.${key}`, key))
      } else if (!knows(shape.choices(reference, key), value)) {
        issues.push(unknownCode(path, value))
      }
    }
    if (table.default !== undefined && !knows(shape.choices(reference), table.default))
      issues.push(unknownCode(`${name}.default`, table.default))
    return issues
  })
}

function unknownCode(path: string, code: unknown): FieldIssue {
  const text = typeof code === 'string' || typeof code === 'number' ? String(code) : '?'
  return {
    path,
    message: `the till does not know the code '${text}'`,
    code: 'unknown-code',
    params: { code: text }
  }
}

function knows(choices: LookupChoice[], value: unknown): boolean {
  return choices.some((choice) => choice.code === value)
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)]
}
