import i18next from 'i18next'
import type { Settings } from '../shared/contract'
import type { Translate } from '../shared/code-words'
import { localeOf } from '../shared/locales'
import { en } from '../renderer/src/i18n/en'
import { fr } from '../renderer/src/i18n/fr'
import { nl } from '../renderer/src/i18n/nl'

export type { Translate }

/**
 * The tray, the notifications, the close notice and the CLI speak the language chosen in
 * Settings, with the same message files as the window (src/renderer/src/i18n): one place for
 * every word.
 */
export function hostWords(language: Settings['language']): Translate {
  const instance = i18next.createInstance()
  void instance.init({
    resources: { nl: { translation: nl }, en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false
  })
  // Numbers, money and dates in the language's regional format (nl-NL, fr-BE, en-GB).
  const locale = localeOf(language)
  return (key, values) => instance.t(key, { locale, ...values })
}
