import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from './api'
import { queryKeys } from './query-keys'

/** Shows the UI in the language saved in the settings (Dutch until they are read). */
export function useSettingsLanguage(): void {
  const { i18n } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  const language = settings.data?.language
  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language)
  }, [language, i18n])
}
