import { useTranslation } from 'react-i18next'
import type { RecordPreview } from '../../../../shared/contract'
import { formatTime } from '../../format-time'
import { ErrorPanel } from '../error-panel'
import { JsonView } from '../json-view'
import { RecordNotices } from '../record-notices'
import { PlanFields } from './plan-fields'

const decisionBadges = {
  create: 'badge-ok',
  update: 'badge-ok',
  unchanged: 'badge-info',
  skip: 'badge-run-running',
  wait: 'badge-warn',
  fail: 'badge-error'
} as const

/**
 * The draft mapping on a real record, side by side: what came in, what would be sent now, what
 * was sent last time, and the decision the next run would take.
 */
export function DraftPreview({
  preview,
  error,
  pending,
  draftRefused,
  onReadFirst
}: {
  preview: RecordPreview | undefined
  error: unknown
  pending: boolean
  /** The core refused the draft: the rules show why; the preview keeps its last answer. */
  draftRefused: boolean
  onReadFirst: () => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const live = preview?.live ?? null
  const decision = live ? (live.decision.sameAsLedger ? 'unchanged' : live.decision.action) : null
  return (
    <section className="panel" aria-labelledby="draft-preview-title" aria-busy={pending}>
      <div className="section-head">
        <h2 id="draft-preview-title">{t('mappingEditor.previewTitle')}</h2>
        <button type="button" className="button-secondary" onClick={onReadFirst}>
          {t('mappingEditor.refresh')}
        </button>
      </div>
      <p className="help">{t('mappingEditor.previewHelp')}</p>
      {draftRefused ? <p role="status">{t('mappingEditor.draftRefused')}</p> : null}
      {error && !draftRefused ? <ErrorPanel error={error} /> : null}
      {pending && !preview ? <p role="status">{t('common.loading')}</p> : null}
      {live && decision ? (
        <>
          <p className="record-summary" data-testid="draft-decision" data-decision={decision}>
            <strong>{t('mappingEditor.previewOf', { name: live.label ?? live.sourceId })}</strong>{' '}
            <span>{t('mappingEditor.decision')}:</span>{' '}
            <span className={`badge ${decisionBadges[decision]}`}>
              {t(`mappingEditor.decisions.${decision}`)}
            </span>
          </p>
          <RecordNotices notices={live.decision.notices} />
          <div className="side-by-side">
            <figure>
              <figcaption>{t('mappingEditor.cameIn')}</figcaption>
              {live.record === null ? (
                <p>—</p>
              ) : (
                <JsonView text={JSON.stringify(live.record)} label={t('mappingEditor.cameIn')} />
              )}
            </figure>
            <figure>
              <figcaption>{t('mappingEditor.sendNow')}</figcaption>
              {live.payload ? (
                <JsonView text={live.payload} label={t('mappingEditor.sendNow')} />
              ) : (
                <p>{t('mappingEditor.nothingToSend')}</p>
              )}
            </figure>
            <figure>
              <figcaption>{t('mappingEditor.sentLast')}</figcaption>
              {live.lastSent ? (
                <>
                  <p className="help">
                    {t('mappingEditor.sentAt', {
                      at: formatTime(live.lastSent.at, i18n.language)
                    })}
                  </p>
                  <JsonView text={live.lastSent.payload} label={t('mappingEditor.sentLast')} />
                </>
              ) : (
                <p>{t('mappingEditor.nothingSent')}</p>
              )}
            </figure>
          </div>
          <PlanFields fields={preview?.fields ?? []} />
        </>
      ) : null}
    </section>
  )
}
