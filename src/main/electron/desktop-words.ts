import i18next from 'i18next'
import type { Settings } from '../../shared/contract'
import { en } from '../../renderer/src/i18n/en'
import { fr } from '../../renderer/src/i18n/fr'
import { nl } from '../../renderer/src/i18n/nl'

/** Looks up a key of the app's messages (nl, en, fr) with {{placeholders}} filled in. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * The tray, the notifications and the close notice speak the language chosen in Settings, with
 * the same message files as the window (src/renderer/src/i18n): one place for every word.
 */
export function desktopWords(language: Settings['language']): Translate {
  const instance = i18next.createInstance()
  void instance.init({
    resources: { nl: { translation: nl }, en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false
  })
  return (key, values) => instance.t(key, values ?? {})
}
