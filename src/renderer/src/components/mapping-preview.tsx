import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { MappingFlow } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from './error-panel'
import { JsonView } from './json-view'
import { RecordReason } from './record-notices'

const actionBadges = {
  create: 'badge-ok',
  update: 'badge-ok',
  skip: 'badge-run-running',
  wait: 'badge-warn',
  fail: 'badge-error'
} as const

/** The dry run of a flow (sync.preview): per record the decision and the exact payload. */
export function MappingPreview({ flow }: { flow: MappingFlow }): React.JSX.Element {
  const { t } = useTranslation()
  const preview = useMutation({ mutationFn: () => api['sync.preview']({ flow, limit: 10 }) })
  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('mapping.previewTitle')}</h2>
      <p className="help">{t('mapping.previewHelp')}</p>
      <div className="actions">
        <button type="button" disabled={preview.isPending} onClick={() => preview.mutate()}>
          {preview.isPending ? t('common.loading') : t('mapping.preview')}
        </button>
      </div>
      {preview.isError ? <ErrorPanel error={preview.error} /> : null}
      {preview.data && preview.data.items.length === 0 ? (
        <p role="status">{t('mapping.previewEmpty')}</p>
      ) : null}
      {preview.data && preview.data.items.length > 0 ? (
        <ul className="record-list" aria-label={t('mapping.previewTitle')}>
          {preview.data.items.map((item) => (
            <li key={item.sourceId} data-source-id={item.sourceId}>
              <div className="record-summary">
                <span className={`badge ${actionBadges[item.action]}`}>
                  {t(`mapping.actions.${item.action}`)}
                </span>
                <span className="mono">{item.sourceId}</span>
              </div>
              <RecordReason notices={item.notices} reason={item.reason} />
              {item.payload ? (
                <JsonView text={item.payload} label={`${t('mapping.payload')}: ${item.sourceId}`} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
