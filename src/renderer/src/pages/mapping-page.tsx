import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CoreError,
  mappingFlows,
  type FieldRule,
  type MappingFlow,
  type StoredMapping
} from '../../../shared/contract'
import { api } from '../api'
import { ConfirmDialog } from '../components/confirm-dialog'
import { ErrorPanel } from '../components/error-panel'
import { MappingPreview } from '../components/mapping-preview'
import { MappingRules } from '../components/mapping-rules'

const mappingKey = (flow: MappingFlow): readonly string[] => ['mapping.get', flow]

/** The mapping editor: one flow's rules, saved or reset through the core, and its dry run. */
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

function MappingEditor({ stored }: { stored: StoredMapping }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [rules, setRules] = useState<FieldRule[]>(stored.mapping.rules)
  const [confirmingReset, setConfirmingReset] = useState(false)
  // The core's answer (defaults filled in, or the default again after a reset) is the new draft.
  const keep = (next: StoredMapping): void => {
    queryClient.setQueryData(mappingKey(next.flow), next)
    setRules(next.mapping.rules)
  }
  const save = useMutation({
    mutationFn: () => api['mapping.save']({ flow: stored.flow, mapping: { rules } }),
    onSuccess: keep
  })
  const reset = useMutation({
    mutationFn: () => api['mapping.reset']({ flow: stored.flow }),
    onSuccess: (next: StoredMapping) => {
      keep(next)
      save.reset()
    }
  })
  return (
    <section className="panel" aria-labelledby="rules-title">
      <div className="section-head">
        <h2 id="rules-title">{t(`flows.names.${stored.flow}`)}</h2>
        <span className={stored.isDefault ? 'badge badge-ok' : 'badge badge-info'}>
          {stored.isDefault ? t('mapping.isDefault') : t('mapping.isCustom')}
        </span>
      </div>
      <p className="help">{t(`mapping.notes.${stored.flow}`)}</p>
      <div className="table-scroll">
        <MappingRules
          rules={rules}
          issues={issuesByRule(save.error)}
          onChange={(index, rule) =>
            setRules(rules.map((item, position) => (position === index ? rule : item)))
          }
        />
      </div>
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
      {save.isError ? <ErrorPanel error={save.error} /> : null}
      {reset.isError ? <ErrorPanel error={reset.error} /> : null}
      <ConfirmDialog
        open={confirmingReset}
        title={t('mapping.resetTitle')}
        text={t('mapping.resetText', { flow: t(`flows.names.${stored.flow}`) })}
        confirmLabel={t('mapping.resetConfirm')}
        cancelLabel={t('flows.cancel')}
        onConfirm={() => reset.mutate()}
        onClose={() => setConfirmingReset(false)}
      />
    </section>
  )
}

/** The core names each refused rule by its index ("rules.3.source.path"): group them by rule. */
function issuesByRule(error: unknown): Map<number, string[]> {
  const byRule = new Map<number, string[]>()
  if (!(error instanceof CoreError)) return byRule
  for (const issue of error.issues ?? []) {
    const match = /^rules\.(\d+)(\.|$)/.exec(issue.path)
    if (!match) continue
    const index = Number(match[1])
    byRule.set(index, [...(byRule.get(index) ?? []), issue.message])
  }
  return byRule
}
