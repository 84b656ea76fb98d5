import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { codeWords } from '../../shared/code-words'
import { localeOf } from '../../shared/locales'
import {
  CoreError,
  type ConnectionTestResult,
  type ErrorParams,
  type FieldIssue
} from '../../shared/contract'

/** Formats the renderer words (formats.*); any other zod format is worded as "other". */
const wordedFormats = new Set(['url', 'regex', 'cron'])

/**
 * Words what the core says in codes and parameters: errors, field refusals, connection tests.
 * The core's own `message` (developer words, for the CLI and logs) is never shown as the sentence.
 */
export function useWording() {
  const { t } = useTranslation()
  return {
    field: (path: string) => fieldName(t, path),
    issue: (issue: FieldIssue) => issueText(t, issue),
    error: (error: unknown) => errorText(t, error),
    test: (result: ConnectionTestResult) => t(`connectionTest.${result.connection}.${result.code}`)
  }
}

/** A settings or input path (mplus.port, draft.port, logRetentionDays) by its last part's name. */
function fieldName(t: TFunction, path: string): string {
  const last = path.split('.').at(-1) ?? path
  return t(`fields.${last}`, { defaultValue: last })
}

function issueText(t: TFunction, issue: FieldIssue): string {
  const field = fieldName(t, issue.path)
  const params: ErrorParams = issue.params ?? {}
  const format = String(params.format ?? '')
  return t(`issues.${issue.code ?? 'invalid'}`, {
    ...params,
    field,
    format: t(`formats.${wordedFormats.has(format) ? format : 'other'}`)
  })
}

function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof CoreError)) return t('errors.internal')
  return codeWords((key, values) => t(key, values ?? {})).error(error)
}

/** The core's codes (record reasons, run problems, what is not set up) in the chosen language. */
export function useCodeWords() {
  const { t, i18n } = useTranslation()
  // Numbers, money and dates in the language's regional format (nl-NL, fr-BE, en-GB).
  const locale = localeOf(i18n.language)
  return codeWords((key, values) => t(key, { locale, ...values }))
}
