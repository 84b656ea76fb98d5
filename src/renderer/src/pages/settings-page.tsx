import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { languages, type Settings, type SettingsPatch } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { flowSettings } from '../components/flow-settings'
import { queryKeys } from '../query-keys'

/** General settings, read with settings.get and saved with settings.update. */
export function SettingsPage(): React.JSX.Element {
  const { t } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {settings.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {settings.isError ? (
        <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {settings.data ? <SettingsForm saved={settings.data} /> : null}
      {Object.entries(flowSettings).map(([flow, FlowSettings]) => (
        <section key={flow} className="panel">
          <FlowSettings withSwitch />
        </section>
      ))}
    </section>
  )
}

type GeneralFields = Pick<Settings, 'language' | 'logRetentionDays' | 'storePayloads'> & {
  callTimeoutSeconds: number
}

function SettingsForm({ saved }: { saved: Settings }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const ids = {
    language: useId(),
    payloads: useId(),
    payloadsHelp: useId()
  }
  const [draft, setDraft] = useState<GeneralFields>({
    language: saved.language,
    logRetentionDays: saved.logRetentionDays,
    storePayloads: saved.storePayloads,
    callTimeoutSeconds: saved.mplus.callTimeoutSeconds
  })
  const save = useMutation({
    mutationFn: (patch: SettingsPatch) => api['settings.update'](patch),
    onSuccess: async (next) => {
      await i18n.changeLanguage(next.language)
      queryClient.setQueryData(queryKeys.settings, next)
    }
  })

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    const { callTimeoutSeconds, ...general } = draft
    save.mutate({ ...general, mplus: { callTimeoutSeconds } })
  }

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-label={t('settings.title')}>
      <div className="field">
        <label htmlFor={ids.language}>{t('settings.language')}</label>
        <select
          id={ids.language}
          value={draft.language}
          onChange={(event) =>
            setDraft({ ...draft, language: event.target.value as Settings['language'] })
          }
        >
          {languages.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`settings.languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <WholeNumberField
        label={t('settings.retention')}
        help={t('settings.retentionHelp')}
        min={1}
        max={3650}
        value={draft.logRetentionDays}
        onChange={(logRetentionDays) => setDraft({ ...draft, logRetentionDays })}
      />
      <div className="field field-checkbox">
        <input
          id={ids.payloads}
          type="checkbox"
          checked={draft.storePayloads}
          aria-describedby={ids.payloadsHelp}
          onChange={(event) => setDraft({ ...draft, storePayloads: event.target.checked })}
        />
        <label htmlFor={ids.payloads}>{t('settings.storePayloads')}</label>
        <p id={ids.payloadsHelp} className="help">
          {t('settings.storePayloadsHelp')}
        </p>
      </div>
      <details>
        <summary>{t('setup.advanced')}</summary>
        <WholeNumberField
          label={t('settings.callTimeout')}
          help={t('settings.callTimeoutHelp')}
          min={10}
          max={600}
          value={draft.callTimeoutSeconds}
          onChange={(callTimeoutSeconds) => setDraft({ ...draft, callTimeoutSeconds })}
        />
      </details>
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('settings.saving') : t('settings.save')}
        </button>
        <span role="status" className="saved">
          {save.isSuccess ? t('settings.saved') : ''}
        </span>
      </div>
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}

/** A labelled whole-number input with its help line; an empty field is NaN (zod refuses it). */
function WholeNumberField(props: {
  label: string
  help: string
  min: number
  max: number
  value: number
  onChange: (value: number) => void
}): React.JSX.Element {
  const id = useId()
  const helpId = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={props.min}
        max={props.max}
        step={1}
        aria-describedby={helpId}
        value={Number.isNaN(props.value) ? '' : props.value}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
      <p id={helpId} className="help">
        {props.help}
      </p>
    </div>
  )
}
