import { useTranslation } from 'react-i18next'
import { CoreError } from '../../../shared/contract'
import { useWording } from '../wording'

/** A failed call, in words: the core's code worded, field by field, or what to do without a token. */
export function ErrorPanel({
  error,
  onRetry
}: {
  error: unknown
  onRetry?: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const word = useWording()
  const message =
    error instanceof CoreError && error.code === 'unauthorized'
      ? t('common.unauthorized')
      : word.error(error)
  return (
    <div className="panel panel-error" role="alert">
      <h2>{t('common.errorTitle')}</h2>
      <p>{message}</p>
      {error instanceof CoreError && error.issues?.length ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={issue.path}>{word.issue(issue)}</li>
          ))}
        </ul>
      ) : null}
      <TechnicalDetail text={error instanceof Error ? error.message : String(error)} />
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}

/** The core's or API's own words, folded away: for a support question, not for reading. */
export function TechnicalDetail({ text }: { text: string | undefined }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!text) return null
  return (
    <details className="technical">
      <summary>{t('connectionTest.detail')}</summary>
      <p className="mono">{text}</p>
    </details>
  )
}
