import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'

export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en }, fr: { translation: fr } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: ['nl', 'en', 'fr'],
  // React escapes what it renders; escaping twice would show &amp; to the user.
  interpolation: { escapeValue: false },
  initAsync: false
})

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})
