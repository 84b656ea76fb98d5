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

const referenceDataKey = ['mplus.referenceData'] as const

/** MplusKASSA: server, port, TLS, ident, secret (keychain), fingerprint, Test, branch. */
export function MplusSetup({ saved }: { saved: Settings['mplus'] }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const ids = { tls: useId(), branch: useId() }
  const [draft, setDraft] = useState({
    host: saved.host ?? '',
    port: saved.port === null ? '' : String(saved.port),
    useTls: saved.useTls,
    ident: saved.ident ?? '',
    certificateSha256: saved.certificateSha256 ?? '',
    branchNumber: saved.branchNumber === null ? '' : String(saved.branchNumber)
  })
  const save = useMutation({
    mutationFn: (next: typeof draft) =>
      api['settings.update']({
        mplus: {
          host: next.host.trim() || null,
          // A half-typed port goes to the core as it is, so its refusal names the field.
          port: next.port.trim() === '' ? null : Number(next.port),
          useTls: next.useTls,
          ident: next.ident.trim() || null,
          certificateSha256: next.certificateSha256.trim() || null,
          branchNumber: next.branchNumber === '' ? null : Number(next.branchNumber)
        }
      }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings)
  })
  const secrets = useQuery({
    queryKey: queryKeys.secretsStatus,
    queryFn: () => api['secrets.status']()
  })
  const reference = useQuery({
    queryKey: referenceDataKey,
    queryFn: () => api['mplus.referenceData'](),
    enabled: secrets.data?.stored.mplus ?? false
  })
  async function reloadChoices(): Promise<void> {
    await save.mutateAsync(draft)
    await queryClient.invalidateQueries({ queryKey: referenceDataKey })
  }
  const branches = reference.data?.branches ?? []

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate(draft)
  }

  return (
    <form
      className="panel form setup-section"
      onSubmit={submit}
      noValidate
      aria-labelledby="mplus-title"
    >
      <h2 id="mplus-title">{t('setup.mplusTitle')}</h2>
      <TextField
        label={t('setup.host')}
        value={draft.host}
        error={fieldIssue(save.error, 'mplus.host')}
        onChange={(host) => setDraft({ ...draft, host })}
      />
      <TextField
        label={t('setup.port')}
        type="number"
        value={draft.port}
        error={fieldIssue(save.error, 'mplus.port')}
        onChange={(port) => setDraft({ ...draft, port })}
      />
      <div className="field field-checkbox">
        <input
          id={ids.tls}
          type="checkbox"
          checked={draft.useTls}
          onChange={(event) => setDraft({ ...draft, useTls: event.target.checked })}
        />
        <label htmlFor={ids.tls}>{t('setup.useTls')}</label>
      </div>
      <TextField
        label={t('setup.ident')}
        value={draft.ident}
        error={fieldIssue(save.error, 'mplus.ident')}
        onChange={(ident) => setDraft({ ...draft, ident })}
      />
      <SecretField connection="mplus" label={t('setup.secret')} />
      <TextField
        label={t('setup.fingerprint')}
        className="mono"
        value={draft.certificateSha256}
        error={fieldIssue(save.error, 'mplus.certificateSha256')}
        onChange={(certificateSha256) => setDraft({ ...draft, certificateSha256 })}
      />
      <ConnectionTest connection="mplus" save={() => save.mutateAsync(draft)} />
      <div className="field">
        <label htmlFor={ids.branch}>{t('setup.branch')}</label>
        <div className="inline">
          <select
            id={ids.branch}
            value={draft.branchNumber}
            onChange={(event) => setDraft({ ...draft, branchNumber: event.target.value })}
          >
            <option value="">{t('setup.chooseBranch')}</option>
            {branches.map((branch) => (
              <option key={branch.number} value={String(branch.number)}>
                {branch.number} – {branch.name} ({branch.countryIso3})
              </option>
            ))}
            {draft.branchNumber &&
            !branches.some((branch) => String(branch.number) === draft.branchNumber) ? (
              <option value={draft.branchNumber}>{draft.branchNumber}</option>
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
        {reference.isError ? <ErrorPanel error={reference.error} /> : null}
      </div>
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
