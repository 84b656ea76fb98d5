import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../shared/contract'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { ConnectionTest } from './connection-test'
import { ErrorPanel } from './error-panel'
import { SecretField } from './secret-field'
import { fieldIssue, TextField } from './text-field'

const choiceKeys = { audiences: ['mailchimp.audiences'], stores: ['mailchimp.stores'] } as const

/** Mailchimp: API key (keychain), optional base URL, Test, audience and store (or a new store). */
export function MailchimpSetup({ saved }: { saved: Settings['mailchimp'] }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const ids = { audience: useId(), store: useId() }
  const [draft, setDraft] = useState({
    baseUrl: saved.baseUrl ?? '',
    listId: saved.listId ?? '',
    storeId: saved.storeId ?? ''
  })
  const save = useMutation({
    mutationFn: (next: typeof draft) =>
      api['settings.update']({
        mailchimp: {
          baseUrl: next.baseUrl.trim() || null,
          listId: next.listId || null,
          storeId: next.storeId || null
        }
      }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings)
  })
  const secrets = useQuery({
    queryKey: queryKeys.secretsStatus,
    queryFn: () => api['secrets.status']()
  })
  const keyStored = secrets.data?.stored.mailchimp ?? false
  const audiences = useQuery({
    queryKey: choiceKeys.audiences,
    queryFn: () => api['mailchimp.audiences'](),
    enabled: keyStored
  })
  const stores = useQuery({
    queryKey: choiceKeys.stores,
    queryFn: () => api['mailchimp.stores'](),
    enabled: keyStored
  })
  async function reloadChoices(): Promise<void> {
    await save.mutateAsync(draft)
    await queryClient.invalidateQueries({ queryKey: choiceKeys.audiences })
    await queryClient.invalidateQueries({ queryKey: choiceKeys.stores })
  }
  const storesOfAudience = (stores.data ?? []).filter((store) => store.listId === draft.listId)

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate(draft)
  }

  return (
    <form
      className="panel form setup-section"
      onSubmit={submit}
      noValidate
      aria-labelledby="mc-title"
    >
      <h2 id="mc-title">{t('setup.mailchimpTitle')}</h2>
      <SecretField connection="mailchimp" label={t('setup.apiKey')} />
      <details>
        <summary>{t('setup.advanced')}</summary>
        <TextField
          label={t('setup.baseUrl')}
          type="url"
          className="mono"
          value={draft.baseUrl}
          error={fieldIssue(save.error, 'mailchimp.baseUrl')}
          onChange={(baseUrl) => setDraft({ ...draft, baseUrl })}
        />
      </details>
      <ConnectionTest connection="mailchimp" save={() => save.mutateAsync(draft)} />
      <div className="field">
        <label htmlFor={ids.audience}>{t('setup.audience')}</label>
        <div className="inline">
          <select
            id={ids.audience}
            value={draft.listId}
            onChange={(event) => setDraft({ ...draft, listId: event.target.value, storeId: '' })}
          >
            <option value="">{t('setup.chooseAudience')}</option>
            {(audiences.data ?? []).map((audience) => (
              <option key={audience.id} value={audience.id}>
                {audience.name}
                {audience.memberCount === null ? '' : ` (${audience.memberCount})`}
              </option>
            ))}
            {draft.listId && !audiences.data?.some((audience) => audience.id === draft.listId) ? (
              <option value={draft.listId}>{draft.listId}</option>
            ) : null}
          </select>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => void reloadChoices()}
          >
            {t('setup.loadChoices')}
          </button>
        </div>
        {audiences.isError ? <ErrorPanel error={audiences.error} /> : null}
      </div>
      <div className="field">
        <label htmlFor={ids.store}>{t('setup.store')}</label>
        <select
          id={ids.store}
          value={draft.storeId}
          onChange={(event) => setDraft({ ...draft, storeId: event.target.value })}
        >
          <option value="">{t('setup.chooseStore')}</option>
          {storesOfAudience.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name} ({store.id}, {store.currencyCode})
            </option>
          ))}
          {draft.storeId && !storesOfAudience.some((store) => store.id === draft.storeId) ? (
            <option value={draft.storeId}>{draft.storeId}</option>
          ) : null}
        </select>
        {stores.isError ? <ErrorPanel error={stores.error} /> : null}
      </div>
      <CreateStore
        disabled={!draft.listId}
        onCreate={async (input) => {
          await save.mutateAsync(draft)
          const store = await api['mailchimp.createStore'](input)
          const next = { ...draft, storeId: store.id }
          setDraft(next)
          await save.mutateAsync(next)
          await queryClient.invalidateQueries({ queryKey: choiceKeys.stores })
        }}
      />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('setup.save')}
        </button>
        <span role="status" className="saved">
          {save.isSuccess ? t('setup.saved') : ''}
        </span>
      </div>
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}

/** The new-store form: the store is created on the chosen audience, which can never change. */
function CreateStore({
  disabled,
  onCreate
}: {
  disabled: boolean
  onCreate: (input: { id: string; name: string; currencyCode: string }) => Promise<void>
}): React.JSX.Element {
  const { t } = useTranslation()
  const [input, setInput] = useState({ id: '', name: '', currencyCode: 'EUR' })
  const create = useMutation({ mutationFn: () => onCreate(input) })
  return (
    <details>
      <summary>{t('setup.createStore')}</summary>
      <div className="create-store">
        <TextField
          label={t('setup.storeId')}
          className="mono"
          value={input.id}
          error={fieldIssue(create.error, 'id')}
          onChange={(id) => setInput({ ...input, id })}
        />
        <TextField
          label={t('setup.storeName')}
          value={input.name}
          error={fieldIssue(create.error, 'name')}
          onChange={(name) => setInput({ ...input, name })}
        />
        <TextField
          label={t('setup.currency')}
          className="mono"
          value={input.currencyCode}
          error={fieldIssue(create.error, 'currencyCode')}
          onChange={(currencyCode) => setInput({ ...input, currencyCode })}
        />
        <button
          type="button"
          className="button-small"
          disabled={disabled || create.isPending}
          onClick={() => create.mutate()}
        >
          {t('setup.create')}
        </button>
        {create.isError ? <ErrorPanel error={create.error} /> : null}
      </div>
    </details>
  )
}
