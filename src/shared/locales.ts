/** The regional format of each UI language: Dutch as in the Netherlands, French as in Belgium, British English. */
export const locales = { nl: 'nl-NL', en: 'en-GB', fr: 'fr-BE' } as const

export function localeOf(language: string): string {
  return locales[language as keyof typeof locales] ?? locales.nl
}
