import { useTranslation } from 'react-i18next'
import { CoreError } from '../../../shared/contract'

/** A failed call, in words: the core's message, or what to do when the token is missing. */
export function ErrorPanel({
  error,
  onRetry
}: {
  error: unknown
  onRetry?: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const message =
    error instanceof CoreError && error.code === 'unauthorized'
      ? t('common.unauthorized')
      : error instanceof Error
        ? error.message
        : String(error)
  return (
    <div className="panel panel-error" role="alert">
      <h2>{t('common.errorTitle')}</h2>
      <p>{message}</p>
      {error instanceof CoreError && error.issues?.length ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={issue.path}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  )
}
