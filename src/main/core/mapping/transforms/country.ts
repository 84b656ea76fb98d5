import countries from 'i18n-iso-countries'
import dutchNames from 'i18n-iso-countries/langs/nl.json'
import englishNames from 'i18n-iso-countries/langs/en.json'
import frenchNames from 'i18n-iso-countries/langs/fr.json'
import germanNames from 'i18n-iso-countries/langs/de.json'
import { requireText, showValue, TransformError } from './transform-error'

/**
 * Country names (Dutch, English, French, German — the languages of our shops and their
 * neighbours) and ISO codes (alpha-2, alpha-3, numeric) → ISO 3166-1 codes. Names are compared
 * without case, accents or punctuation, so "belgie", "België" and "BELGIQUE" all give BE.
 */

const languages = [dutchNames, englishNames, frenchNames, germanNames]
for (const names of languages) countries.registerLocale(names)

/** Everyday names the data set does not carry, seen in shop address data. */
const colloquialNames: Record<string, string> = {
  holland: 'NL',
  engeland: 'GB',
  england: 'GB',
  angleterre: 'GB'
}

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const alpha2ByName: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>(Object.entries(colloquialNames))
  for (const { locale } of languages) {
    for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        const key = normalise(name)
        if (!index.has(key)) index.set(key, alpha2)
      }
    }
  }
  return index
})()

export function toAlpha2(value: unknown, transform: string): string {
  const raw = typeof value === 'number' ? String(value) : requireText(value, transform)
  const text = raw.trim()
  const code = text.toUpperCase()
  const alpha2 =
    (/^[A-Z]{2}$/.test(code) && countries.isValid(code) ? code : undefined) ??
    (/^[A-Z]{3}$/.test(code) ? countries.alpha3ToAlpha2(code) : undefined) ??
    (/^\d{1,3}$/.test(code) ? countries.numericToAlpha2(code.padStart(3, '0')) : undefined) ??
    alpha2ByName.get(normalise(text))
  if (!alpha2)
    throw new TransformError(
      `${transform}: ${showValue(value)} is not a country name or code we know`
    )
  return alpha2
}

export function countryToIso2(value: unknown): string {
  return toAlpha2(value, 'countryToIso2')
}

export function countryToIso3(value: unknown): string {
  const alpha3 = countries.alpha2ToAlpha3(toAlpha2(value, 'countryToIso3'))
  if (!alpha3)
    throw new TransformError(`countryToIso3: ${showValue(value)} has no ISO alpha-3 code`)
  return alpha3
}
