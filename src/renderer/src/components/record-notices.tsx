import { useTranslation } from 'react-i18next'
import type { RecordNotice } from '../../../shared/contract'
import { useCodeWords } from '../wording'
import { TechnicalDetail } from './error-panel'

/** A record's warnings or reason codes, worded (the core sends codes with parameters). */
export function RecordNotices({
  notices
}: {
  notices: readonly RecordNotice[]
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const words = useCodeWords()
  if (notices.length === 0) return null
  return (
    <ul className="record-notices" aria-label={t('attention.notices')}>
      {notices.map((notice, index) => (
        <li key={index} data-notice-code={notice.code}>
          {words.notice(notice)}
        </li>
      ))}
    </ul>
  )
}

/**
 * Why a record did not get through, in words, and what the shop owner can do about it. The
 * core's own sentence is folded away as technical detail; a row from before the codes (no
 * notices) shows that sentence as it was stored.
 */
export function RecordReason({
  notices,
  reason
}: {
  notices: readonly RecordNotice[]
  reason: string | null
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const words = useCodeWords()
  if (notices.length === 0) return reason ? <p className="reason">{reason}</p> : null
  const todos = [...new Set(notices.flatMap((notice) => words.todo(notice) ?? []))]
  return (
    <div className="reason">
      <RecordNotices notices={notices} />
      {todos.length ? (
        <div className="what-to-do" data-testid="what-to-do">
          <strong>{t('reasons.whatToDo')}: </strong>
          {todos.join(' ')}
        </div>
      ) : null}
      <TechnicalDetail text={reason ?? undefined} />
    </div>
  )
}
