import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CallOutput, FieldIssue, Settings } from '../../../shared/contract'
import { api } from '../api'
import { useSetupSection } from '../use-setup-section'
import { ChoiceSelect, type Choice } from './choice-select'
import { ConnectionTest } from './connection-test'
import { ErrorPanel } from './error-panel'
import { SaveActions } from './save-actions'
import { SecretField } from './secret-field'
import { fieldIssue, TextField } from './text-field'

const choiceKeys = { audiences: ['mailchimp.audiences'], stores: ['mailchimp.stores'] } as const

/** Mailchimp: API key (keychain), optional base URL, Test, audience and store (or a new store). */
export function MailchimpSetup({ saved }: { saved: Settings['mailchimp'] }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const { draft, setDraft, save, secretStored, submit, saveAndReload } = useSetupSection(
    'mailchimp',
    {
      baseUrl: saved.baseUrl ?? '',
      listId: saved.listId ?? '',
      storeId: saved.storeId ?? ''
    },
    (next) => ({
      mailchimp: {
        baseUrl: next.baseUrl.trim() || null,
        listId: next.listId || null,
        storeId: next.storeId || null
      }
    })
  )
  const [apiKey, setApiKey] = useState('')
  const audiences = useQuery({
    queryKey: choiceKeys.audiences,
    queryFn: () => api['mailchimp.audiences'](),
    enabled: secretStored
  })
  const stores = useQuery({
    queryKey: choiceKeys.stores,
    queryFn: () => api['mailchimp.stores'](),
    enabled: secretStored
  })
  const storesOfAudience = (stores.data ?? []).filter((store) => store.listId === draft.listId)

  return (
    <form
      className="panel form setup-section"
      onSubmit={submit}
      noValidate
      aria-labelledby="mc-title"
    >
      <h2 id="mc-title">{t('setup.mailchimpTitle')}</h2>
      <SecretField
        connection="mailchimp"
        label={t('setup.apiKey')}
        value={apiKey}
        onChange={setApiKey}
      />
      <BaseUrlField
        value={draft.baseUrl}
        error={fieldIssue(save.error, 'mailchimp.baseUrl')}
        onChange={(baseUrl) => setDraft({ ...draft, baseUrl })}
      />
      <ConnectionTest
        input={() => ({
          connection: 'mailchimp',
          draft: { apiKey: apiKey.trim() || undefined, baseUrl: draft.baseUrl.trim() || null }
        })}
      />
      <ChoiceSelect
        label={t('setup.audience')}
        placeholder={t('setup.chooseAudience')}
        value={draft.listId}
        choices={audienceChoices(audiences.data)}
        error={audiences.error}
        onChange={(listId) => setDraft({ ...draft, listId, storeId: '' })}
        onReload={() => void saveAndReload(choiceKeys.audiences, choiceKeys.stores)}
      />
      <ChoiceSelect
        label={t('setup.store')}
        placeholder={t('setup.chooseStore')}
        value={draft.storeId}
        choices={storesOfAudience.map((store) => ({
          value: store.id,
          label: `${store.name} (${store.id}, ${store.currencyCode})`
        }))}
        error={stores.error}
        onChange={(storeId) => setDraft({ ...draft, storeId })}
      />
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
      <SaveActions pending={save.isPending} saved={save.isSuccess} />
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}

/** The API address under Advanced: empty is Mailchimp itself; the simulators and the demo set it. */
export function BaseUrlField({
  value,
  error,
  onChange
}: {
  value: string
  error: FieldIssue | undefined
  onChange: (baseUrl: string) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <details>
      <summary>{t('setup.advanced')}</summary>
      <TextField
        label={t('setup.baseUrl')}
        type="url"
        className="mono"
        value={value}
        error={error}
        onChange={onChange}
      />
    </details>
  )
}

/** The audiences as picker choices, with their member counts. */
export function audienceChoices(
  audiences: CallOutput<'mailchimp.audiences'> | undefined
): Choice[] {
  return (audiences ?? []).map((audience) => ({
    value: audience.id,
    label:
      audience.memberCount === null ? audience.name : `${audience.name} (${audience.memberCount})`
  }))
}

/** The new-store form: the store is created on the chosen audience, which can never change. */
export function CreateStore({
  disabled,
  onCreate,
  summary
}: {
  disabled: boolean
  summary?: string
  onCreate: (input: { id: string; name: string; currencyCode: string }) => Promise<void>
}): React.JSX.Element {
  const { t } = useTranslation()
  const [input, setInput] = useState({ id: '', name: '', currencyCode: 'EUR' })
  const create = useMutation({ mutationFn: () => onCreate(input) })
  return (
    <details>
      <summary>{summary ?? t('setup.createStore')}</summary>
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
