import type { CoreError, NotSetUp, RecordNotice, RunProblem } from './contract'
import { isWarning, recordRefusalCodes, recordWaitCodes } from './contract'

/** Looks up a key of the app's messages (nl, en, fr) with {{placeholders}} filled in. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * Words the core's codes in the user's language, the same way in the window, the tray and the
 * CLI: one place for what a parameter means (a system id is named, a field list is worded).
 */
export function codeWords(t: Translate) {
  const system = (id: unknown) => t(`dashboard.connectionNames.${String(id)}`)
  const fields = (missing: readonly string[]) =>
    missing.map((field) => t(`fields.${field}`, { defaultValue: field })).join(', ')
  const values = (params: Record<string, unknown>) => ({
    ...params,
    ...('system' in params ? { system: system(params.system) } : {}),
    ...(Array.isArray(params.missing) ? { missing: fields(params.missing as string[]) } : {})
  })
  const hasTodo = new Set<string>([...recordRefusalCodes, ...recordWaitCodes])
  return {
    /** Settings fields by their names: "API key, Server". */
    fields,
    /** What the code says about the record. */
    notice: (notice: RecordNotice) => t(`notices.${notice.code}`, values(notice.params)),
    /** What the shop owner can do about it; null for a warning or a skip (nothing to do). */
    todo: (notice: RecordNotice) =>
      isWarning(notice) || !hasTodo.has(notice.code)
        ? null
        : t(`todo.${notice.code}`, values(notice.params)),
    /** A refused call (the not-configured one with what is missing); `message` is developer detail. */
    error: (error: CoreError) => {
      const missing = error.params?.missing
      return t(`errors.${error.code}`, {
        // Paths (mailchimp.apiKey) are named by their field.
        missing: Array.isArray(missing)
          ? fields(missing.map((path) => String(path).split('.').at(-1) ?? String(path)))
          : ''
      })
    },
    /** Why a run stopped. */
    problem: (problem: RunProblem) => t(`runProblems.${problem.code}`, values(problem.params)),
    /** "Still needed: Mailchimp (API key, audience), MplusKASSA (server, …)", and why a key is. */
    notSetUp: (notSetUp: readonly NotSetUp[]) => {
      const missing = t('setUp.missing', {
        missing: notSetUp
          .map((entry) => `${system(entry.connection)} (${fields(entry.missing)})`)
          .join(', ')
      })
      // A key may well be stored: the keychain that holds it cannot be read.
      return notSetUp.some((entry) => entry.keychainUnreadable)
        ? `${missing} ${t('setUp.keychainUnreadable')}`
        : missing
    }
  }
}
