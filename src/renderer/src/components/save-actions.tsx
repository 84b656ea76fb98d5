import { useTranslation } from 'react-i18next'

/** The submit button of a setup form and the announcement that the save went through. */
export function SaveActions({
  pending,
  saved
}: {
  pending: boolean
  saved: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="actions">
      <button type="submit" disabled={pending}>
        {t('setup.save')}
      </button>
      <span role="status" className="saved">
        {saved ? t('setup.saved') : ''}
      </span>
    </div>
  )
}
