import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FlowOptions, SettingsPatch } from '../../../../shared/contract'
import { api } from '../../api'
import { queryKeys } from '../../query-keys'
import { ErrorPanel } from '../error-panel'
import { SaveActions } from '../save-actions'
import { fieldIssue, TextField } from '../text-field'

const saleSources = ['receipts', 'invoices', 'orders'] as const
type Draft = Pick<
  FlowOptions,
  'ordersOutSources' | 'ordersOutBranches' | 'ordersOutStartDate' | 'ordersOutOptInField'
>

/**
 * The till-sales flow's own settings: which Mplus sales, which branches, where the first back-fill
 * starts and which relation field says a customer opted in. Saved with settings.update (the core
 * checks every value).
 */
export function OrdersOutSettings(): React.JSX.Element {
  const { t } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  if (settings.isError)
    return <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
  if (!settings.data) return <p role="status">{t('common.loading')}</p>
  return <OrdersOutForm saved={settings.data.flowOptions} />
}

function OrdersOutForm({ saved }: { saved: FlowOptions }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const ids = { legend: useId(), sourcesHelp: useId() }
  const [draft, setDraft] = useState<Draft>({
    ordersOutSources: saved.ordersOutSources,
    ordersOutBranches: saved.ordersOutBranches,
    ordersOutStartDate: saved.ordersOutStartDate,
    ordersOutOptInField: saved.ordersOutOptInField
  })
  const [branchText, setBranchText] = useState(saved.ordersOutBranches.join(', '))
  const save = useMutation({
    mutationFn: (patch: SettingsPatch) => api['settings.update'](patch),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.settings, next)
  })

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    const branches = branchText
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number)
    save.mutate({ flowOptions: { ...draft, ordersOutBranches: branches } })
  }

  function toggleSource(source: (typeof saleSources)[number], on: boolean): void {
    const others = draft.ordersOutSources.filter((item) => item !== source)
    setDraft({ ...draft, ordersOutSources: on ? [...others, source] : others })
  }

  return (
    <form className="form flow-settings" onSubmit={submit} noValidate aria-labelledby={ids.legend}>
      <h3 id={ids.legend}>{t('ordersOut.title')}</h3>
      <fieldset aria-describedby={ids.sourcesHelp}>
        <legend>{t('ordersOut.sources')}</legend>
        {saleSources.map((source) => (
          <label key={source} className="field-checkbox">
            <input
              type="checkbox"
              checked={draft.ordersOutSources.includes(source)}
              onChange={(event) => toggleSource(source, event.target.checked)}
            />
            {t(`ordersOut.sourceNames.${source}`)}
          </label>
        ))}
        <p id={ids.sourcesHelp} className="help">
          {t('ordersOut.sourcesHelp')}
        </p>
      </fieldset>
      <TextField
        label={t('ordersOut.branches')}
        help={t('ordersOut.branchesHelp')}
        value={branchText}
        onChange={setBranchText}
        error={fieldIssue(save.error, 'flowOptions.ordersOutBranches')}
      />
      <TextField
        label={t('ordersOut.startDate')}
        help={t('ordersOut.startDateHelp')}
        value={draft.ordersOutStartDate ?? ''}
        onChange={(value) => setDraft({ ...draft, ordersOutStartDate: value || null })}
        error={fieldIssue(save.error, 'flowOptions.ordersOutStartDate')}
      />
      <TextField
        label={t('ordersOut.optInField')}
        help={t('ordersOut.optInFieldHelp')}
        value={draft.ordersOutOptInField ?? ''}
        onChange={(value) => setDraft({ ...draft, ordersOutOptInField: value.trim() || null })}
        error={fieldIssue(save.error, 'flowOptions.ordersOutOptInField')}
      />
      <SaveActions pending={save.isPending} saved={save.isSuccess} />
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}
