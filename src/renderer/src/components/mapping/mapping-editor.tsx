import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CoreError, type FieldRule, type StoredMapping } from '../../../../shared/contract'
import { api } from '../../api'
import { issuesByRule, mappingWideIssues } from '../../mapping-draft'
import { mappingIssueText } from '../../mapping-words'
import { useDebounced } from '../../use-debounced'
import { ConfirmDialog } from '../confirm-dialog'
import { ErrorPanel } from '../error-panel'
import { MappingRules } from '../mapping-rules'
import { DraftPreview } from './draft-preview'

export const mappingKey = (flow: string): readonly string[] => ['mapping.get', flow]

/**
 * One flow's rules as a draft: edited in place, previewed live on a real record through the core
 * (the draft, not what is saved), then saved or reset. The core checks every draft; its refusals
 * stand at the rule they concern, before and at save.
 */
export function MappingEditor({ stored }: { stored: StoredMapping }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const flow = stored.flow
  const [rules, setRules] = useState<FieldRule[]>(stored.mapping.rules)
  const [sourceId, setSourceId] = useState<string | undefined>(undefined)
  const [confirmingReset, setConfirmingReset] = useState(false)
  const draft = useDebounced(rules, 400)
  const lookups = useQuery({
    queryKey: ['mapping.lookups.get'],
    queryFn: () => api['mapping.lookups.get']({})
  })
  const tables = Object.keys(lookups.data ?? {})
  const previewKey = (id: string | null) => ['mapping.previewRecord', flow, id, draft]
  const preview = useQuery({
    queryKey: previewKey(sourceId ?? null),
    queryFn: async () => {
      const answer = await api['mapping.previewRecord']({
        flow,
        mapping: { rules: draft },
        ...(sourceId ? { sourceId } : {})
      })
      // The same record for every later draft (read by its id), until "read the first again".
      const read = answer.live?.sourceId
      if (sourceId === undefined && read) {
        queryClient.setQueryData(previewKey(read), answer)
        setSourceId(read)
      }
      return answer
    },
    placeholderData: keepPreviousData,
    retry: false
  })
  // The core's answer (defaults filled in, or the default again after a reset) is the new draft.
  const keep = (next: StoredMapping): void => {
    queryClient.setQueryData(mappingKey(next.flow), next)
    setRules(next.mapping.rules)
  }
  const save = useMutation({
    mutationFn: () => api['mapping.save']({ flow, mapping: { rules } }),
    onSuccess: keep
  })
  const reset = useMutation({
    mutationFn: () => api['mapping.reset']({ flow }),
    onSuccess: (next: StoredMapping) => {
      keep(next)
      save.reset()
    }
  })
  const draftRefused = preview.error instanceof CoreError && preview.error.code === 'invalid-input'
  const refusal = save.isError ? save.error : draftRefused ? preview.error : null
  const wide = mappingWideIssues(refusal)
  return (
    <>
      <section className="panel" aria-labelledby="rules-title">
        <div className="section-head">
          <h2 id="rules-title">{t(`flows.names.${flow}`)}</h2>
          <span className={stored.isDefault ? 'badge badge-ok' : 'badge badge-info'}>
            {stored.isDefault ? t('mapping.isDefault') : t('mapping.isCustom')}
          </span>
        </div>
        <p className="help">{t(`mapping.notes.${flow}`)}</p>
        <div className="table-scroll">
          <MappingRules
            flow={flow}
            rules={rules}
            issues={issuesByRule(refusal)}
            sample={preview.data?.live?.record ?? null}
            tables={tables}
            onChange={(index, rule) =>
              setRules(rules.map((item, position) => (position === index ? rule : item)))
            }
          />
        </div>
        {wide.length ? (
          <ul className="field-error" role="alert">
            {wide.map((issue, index) => (
              <li key={index}>{mappingIssueText(t, '', issue)}</li>
            ))}
          </ul>
        ) : null}
        <div className="actions list-actions">
          <button type="button" disabled={save.isPending} onClick={() => save.mutate()}>
            {t('mapping.save')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={stored.isDefault || reset.isPending}
            onClick={() => setConfirmingReset(true)}
          >
            {t('mapping.reset')}
          </button>
          <span role="status" className="saved">
            {save.isSuccess ? t('mapping.saved') : ''}
          </span>
        </div>
        {save.isError && !(save.error instanceof CoreError && save.error.issues?.length) ? (
          <ErrorPanel error={save.error} />
        ) : null}
        {reset.isError ? <ErrorPanel error={reset.error} /> : null}
        <ConfirmDialog
          open={confirmingReset}
          title={t('mapping.resetTitle')}
          text={t('mapping.resetText', { flow: t(`flows.names.${flow}`) })}
          confirmLabel={t('mapping.resetConfirm')}
          cancelLabel={t('flows.cancel')}
          onConfirm={() => reset.mutate()}
          onClose={() => setConfirmingReset(false)}
        />
      </section>
      <DraftPreview
        preview={preview.data}
        error={preview.error}
        pending={preview.isFetching}
        draftRefused={draftRefused}
        onReadFirst={() => setSourceId(undefined)}
      />
    </>
  )
}
