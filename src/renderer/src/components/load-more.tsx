import { useTranslation } from 'react-i18next'

/** The "Load more" button of a keyset-paged list; gone when the core says there is no next page. */
export function LoadMore({
  hasMore,
  loading,
  onLoad
}: {
  hasMore: boolean
  loading: boolean
  onLoad: () => void
}): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!hasMore) return null
  return (
    <div className="list-actions">
      <button type="button" className="button-secondary" disabled={loading} onClick={onLoad}>
        {loading ? t('common.loading') : t('activity.loadMore')}
      </button>
    </div>
  )
}
