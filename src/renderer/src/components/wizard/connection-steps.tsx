import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionTestResult, Settings, SettingsPatch } from '../../../../shared/contract'
import { api } from '../../api'
import { queryKeys } from '../../query-keys'
import { ChoiceSelect } from '../choice-select'
import { ConnectionTest } from '../connection-test'
import { ErrorPanel } from '../error-panel'
import { audienceChoices, BaseUrlField, CreateStore } from '../mailchimp-setup'
import { mplusEndpoint, mplusForm } from '../mplus-setup'
import { SecretField } from '../secret-field'
import { fieldIssue, TextField } from '../text-field'
import { StepActions, type StepProps } from './step-actions'

const keySteps = ['one', 'two', 'three', 'four', 'five'] as const

/**
 * Stores what a step collected: the typed secret (if any) in the keychain, then the settings.
 * The settings refusal stays on the mutation, so the step shows it at the field.
 */
function useStoreStep(connection: 'mailchimp' | 'mplus') {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ secret, patch }: { secret: string; patch: SettingsPatch }) => {
      const settings = await api['settings.update'](patch)
      queryClient.setQueryData(queryKeys.settings, settings)
      if (secret) {
        queryClient.setQueryData(
          queryKeys.secretsStatus,
          await api['secrets.set']({ connection, secret })
        )
      }
      await queryClient.invalidateQueries({ queryKey: queryKeys.appStatus })
    }
  })
}

/** Mailchimp: where the key is, the key, Test (account and audiences reached). */
export function MailchimpStep({
  settings,
  onBack,
  onNext,
  onTested
}: StepProps & {
  settings: Settings
  onTested: (result: ConnectionTestResult) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const [apiKey, setApiKey] = useState('')
  const [baseUrl, setBaseUrl] = useState(settings.mailchimp.baseUrl ?? '')
  const [result, setResult] = useState<ConnectionTestResult | null>(null)
  const store = useStoreStep('mailchimp')
  const draft = { apiKey: apiKey.trim() || undefined, baseUrl: baseUrl.trim() || null }
  return (
    <>
      <section className="key-steps" aria-labelledby="key-steps-title">
        <h3 id="key-steps-title">{t('wizard.keyStepsTitle')}</h3>
        <ol>
          {keySteps.map((step) => (
            <li key={step}>{t(`wizard.keySteps.${step}`)}</li>
          ))}
        </ol>
      </section>
      <SecretField
        connection="mailchimp"
        label={t('setup.apiKey')}
        value={apiKey}
        help={t('wizard.keyHelp')}
        onChange={(next) => {
          setApiKey(next)
          setResult(null)
        }}
      />
      <BaseUrlField
        value={baseUrl}
        error={fieldIssue(store.error, 'mailchimp.baseUrl')}
        onChange={(next) => {
          setBaseUrl(next)
          setResult(null)
        }}
      />
      <ConnectionTest
        input={() => ({ connection: 'mailchimp', draft })}
        onResult={(next) => {
          setResult(next)
          if (next.ok) onTested(next)
        }}
      />
      {store.isError ? <ErrorPanel error={store.error} /> : null}
      <StepActions
        onBack={onBack}
        nextDisabled={!result?.ok || store.isPending}
        nextHint={result?.ok ? undefined : t('wizard.testFirst')}
        onNext={() =>
          store.mutate(
            { secret: draft.apiKey ?? '', patch: { mailchimp: { baseUrl: draft.baseUrl } } },
            { onSuccess: onNext }
          )
        }
      />
    </>
  )
}

/** The audience (with the warning that a store's audience never changes) and the store. */
export function AudienceStep({
  settings,
  onBack,
  onNext
}: StepProps & { settings: Settings }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const warningId = useId()
  const [listId, setListId] = useState(settings.mailchimp.listId ?? '')
  const [storeId, setStoreId] = useState(settings.mailchimp.storeId ?? '')
  const store = useStoreStep('mailchimp')
  const audiences = useQuery({
    queryKey: ['mailchimp.audiences'],
    queryFn: () => api['mailchimp.audiences']()
  })
  const stores = useQuery({
    queryKey: ['mailchimp.stores'],
    queryFn: () => api['mailchimp.stores']()
  })
  const storesOfAudience = (stores.data ?? []).filter((item) => item.listId === listId)
  return (
    <>
      <ChoiceSelect
        label={t('setup.audience')}
        placeholder={t('setup.chooseAudience')}
        value={listId}
        choices={audienceChoices(audiences.data)}
        error={audiences.error}
        onChange={(next) => {
          setListId(next)
          setStoreId('')
        }}
      />
      <p id={warningId} className="warning" role="note">
        {t('wizard.audienceWarning')}
      </p>
      <ChoiceSelect
        label={t('setup.store')}
        placeholder={t('setup.chooseStore')}
        value={storeId}
        choices={storesOfAudience.map((item) => ({
          value: item.id,
          label: `${item.name} (${item.currencyCode})`
        }))}
        error={stores.error}
        onChange={setStoreId}
      />
      <CreateStore
        disabled={!listId}
        summary={t('wizard.newStore')}
        onCreate={async (input) => {
          await api['settings.update']({ mailchimp: { listId } })
          const created = await api['mailchimp.createStore'](input)
          setStoreId(created.id)
          await queryClient.invalidateQueries({ queryKey: ['mailchimp.stores'] })
        }}
      />
      {store.isError ? <ErrorPanel error={store.error} /> : null}
      <StepActions
        onBack={onBack}
        nextDisabled={!listId || !storeId || store.isPending}
        onNext={() =>
          store.mutate(
            { secret: '', patch: { mailchimp: { listId, storeId } } },
            { onSuccess: onNext }
          )
        }
      />
    </>
  )
}

/** MplusKASSA: server, port, TLS, ident, secret with hints, Test (branches reached), branch. */
export function MplusStep({
  settings,
  onBack,
  onNext
}: StepProps & { settings: Settings }): React.JSX.Element {
  const { t } = useTranslation()
  const tlsId = useId()
  const [form, setForm] = useState(mplusForm(settings.mplus))
  const [secret, setSecret] = useState('')
  const [result, setResult] = useState<ConnectionTestResult | null>(null)
  const store = useStoreStep('mplus')
  const edit = (change: Partial<typeof form>): void => {
    setForm({ ...form, ...change })
    if (!('branchNumber' in change)) setResult(null)
  }
  const endpoint = mplusEndpoint(form)
  return (
    <>
      <TextField
        label={t('setup.host')}
        value={form.host}
        help={t('wizard.hostHelp')}
        error={fieldIssue(store.error, 'mplus.host')}
        onChange={(host) => edit({ host })}
      />
      <TextField
        label={t('setup.port')}
        type="number"
        value={form.port}
        help={t('wizard.portHelp')}
        error={fieldIssue(store.error, 'mplus.port')}
        onChange={(port) => edit({ port })}
      />
      <div className="field field-checkbox">
        <input
          id={tlsId}
          type="checkbox"
          checked={form.useTls}
          onChange={(event) => edit({ useTls: event.target.checked })}
        />
        <label htmlFor={tlsId}>{t('setup.useTls')}</label>
      </div>
      <TextField
        label={t('setup.ident')}
        value={form.ident}
        help={t('wizard.identHelp')}
        error={fieldIssue(store.error, 'mplus.ident')}
        onChange={(ident) => edit({ ident })}
      />
      <SecretField
        connection="mplus"
        label={t('setup.secret')}
        value={secret}
        help={t('wizard.secretHelp')}
        onChange={(next) => {
          setSecret(next)
          setResult(null)
        }}
      />
      <details>
        <summary>{t('setup.advanced')}</summary>
        <TextField
          label={t('setup.fingerprint')}
          className="mono"
          value={form.certificateSha256}
          error={fieldIssue(store.error, 'mplus.certificateSha256')}
          onChange={(certificateSha256) => edit({ certificateSha256 })}
        />
      </details>
      <ConnectionTest
        input={() => ({
          connection: 'mplus',
          draft: { ...endpoint, secret: secret || undefined }
        })}
        onResult={setResult}
      />
      {result?.ok ? (
        <ChoiceSelect
          label={t('setup.branch')}
          placeholder={t('setup.chooseBranch')}
          value={form.branchNumber}
          choices={(result.branches ?? []).map((branch) => ({
            value: String(branch.number),
            label: `${branch.number} – ${branch.name}`
          }))}
          error={null}
          onChange={(branchNumber) => edit({ branchNumber })}
        />
      ) : null}
      {store.isError ? <ErrorPanel error={store.error} /> : null}
      <StepActions
        onBack={onBack}
        nextDisabled={!result?.ok || form.branchNumber === '' || store.isPending}
        nextHint={result?.ok ? undefined : t('wizard.testFirst')}
        onNext={() =>
          store.mutate(
            {
              secret,
              patch: {
                mplus: { ...endpoint, branchNumber: Number(form.branchNumber) }
              }
            },
            { onSuccess: onNext }
          )
        }
      />
    </>
  )
}
