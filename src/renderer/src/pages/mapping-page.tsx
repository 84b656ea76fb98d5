import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mappingFlows, type MappingFlow } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { MappingEditor, mappingKey } from '../components/mapping/mapping-editor'
import { MappingPreview } from '../components/mapping-preview'

/** The mapping editor: one flow's rules, previewed as a draft, saved or reset through the core, and its dry run. */
export function MappingPage(): React.JSX.Element {
  const { t } = useTranslation()
  const selectId = useId()
  const [flow, setFlow] = useState<MappingFlow>('customers')
  const stored = useQuery({
    queryKey: mappingKey(flow),
    queryFn: () => api['mapping.get']({ flow })
  })
  return (
    <section aria-labelledby="mapping-title" className="activity">
      <h1 id="mapping-title">{t('mapping.title')}</h1>
      <p className="help">{t('mapping.intro')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('mapping.flow')}</label>
        <select
          id={selectId}
          value={flow}
          onChange={(event) => setFlow(event.target.value as MappingFlow)}
        >
          {mappingFlows.map((item) => (
            <option key={item} value={item}>
              {t(`flows.names.${item}`)}
            </option>
          ))}
        </select>
      </div>
      {stored.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {stored.isError ? (
        <ErrorPanel error={stored.error} onRetry={() => void stored.refetch()} />
      ) : null}
      {stored.data ? (
        // Keyed by flow, so another flow starts a fresh draft.
        <MappingEditor key={`editor-${flow}`} stored={stored.data} />
      ) : null}
      <MappingPreview key={`preview-${flow}`} flow={flow} />
    </section>
  )
}
