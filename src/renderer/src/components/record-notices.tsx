import { useTranslation } from 'react-i18next'
import type { RecordNotice } from '../../../shared/contract'

/** A record's warnings or refusal codes, worded (the core sends codes with parameters). */
export function RecordNotices({
  notices
}: {
  notices: readonly RecordNotice[]
}): React.JSX.Element | null {
  const { t } = useTranslation()
  if (notices.length === 0) return null
  return (
    <ul className="record-notices" aria-label={t('attention.notices')}>
      {notices.map((notice, index) => (
        <li key={index} data-notice-code={notice.code}>
          {t(`notices.${notice.code}`, notice.params)}
        </li>
      ))}
    </ul>
  )
}
