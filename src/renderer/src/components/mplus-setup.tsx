import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../shared/contract'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { useSetupSection } from '../use-setup-section'
import { ChoiceSelect } from './choice-select'
import { ConnectionTest } from './connection-test'
import { ErrorPanel } from './error-panel'
import { SaveActions } from './save-actions'
import { SecretField } from './secret-field'
import { fieldIssue, TextField } from './text-field'

const referenceDataKey = queryKeys.referenceData

/** The till's settings as typed on screen (numbers as text, empty for not set). */
export function mplusForm(saved: Settings['mplus']) {
  return {
    host: saved.host ?? '',
    port: saved.port === null ? '' : String(saved.port),
    useTls: saved.useTls,
    ident: saved.ident ?? '',
    certificateSha256: saved.certificateSha256 ?? '',
    branchNumber: saved.branchNumber === null ? '' : String(saved.branchNumber)
  }
}

/** What Test sends: the typed endpoint as it is, so the core's refusal names the field. */
export function mplusEndpoint(form: ReturnType<typeof mplusForm>) {
  return {
    host: form.host.trim(),
    port: Number(form.port),
    useTls: form.useTls,
    ident: form.ident.trim(),
    certificateSha256: form.certificateSha256.trim() || null
  }
}

/** MplusKASSA: server, port, TLS, ident, secret (keychain), fingerprint, Test, branch. */
export function MplusSetup({ saved }: { saved: Settings['mplus'] }): React.JSX.Element {
  const { t } = useTranslation()
  const tlsId = useId()
  const { draft, setDraft, save, secretStored, submit, saveAndReload } = useSetupSection(
    'mplus',
    mplusForm(saved),
    (next) => ({
      mplus: {
        host: next.host.trim() || null,
        // A half-typed port goes to the core as it is, so its refusal names the field.
        port: next.port.trim() === '' ? null : Number(next.port),
        useTls: next.useTls,
        ident: next.ident.trim() || null,
        certificateSha256: next.certificateSha256.trim() || null,
        branchNumber: next.branchNumber === '' ? null : Number(next.branchNumber)
      }
    })
  )
  const [secret, setSecret] = useState('')
  const reference = useQuery({
    queryKey: referenceDataKey,
    queryFn: () => api['mplus.referenceData'](),
    enabled: secretStored
  })
  const branches = reference.data?.branches ?? []

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
          id={tlsId}
          type="checkbox"
          checked={draft.useTls}
          onChange={(event) => setDraft({ ...draft, useTls: event.target.checked })}
        />
        <label htmlFor={tlsId}>{t('setup.useTls')}</label>
      </div>
      <TextField
        label={t('setup.ident')}
        value={draft.ident}
        error={fieldIssue(save.error, 'mplus.ident')}
        onChange={(ident) => setDraft({ ...draft, ident })}
      />
      <SecretField
        connection="mplus"
        label={t('setup.secret')}
        value={secret}
        onChange={setSecret}
      />
      <TextField
        label={t('setup.fingerprint')}
        className="mono"
        value={draft.certificateSha256}
        error={fieldIssue(save.error, 'mplus.certificateSha256')}
        onChange={(certificateSha256) => setDraft({ ...draft, certificateSha256 })}
      />
      <ConnectionTest
        input={() => ({
          connection: 'mplus',
          draft: { ...mplusEndpoint(draft), secret: secret || undefined }
        })}
      />
      <ChoiceSelect
        label={t('setup.branch')}
        placeholder={t('setup.chooseBranch')}
        value={draft.branchNumber}
        choices={branches.map((branch) => ({
          value: String(branch.number),
          label: `${branch.number} – ${branch.name} (${branch.countryIso3})`
        }))}
        error={reference.error}
        onChange={(branchNumber) => setDraft({ ...draft, branchNumber })}
        onReload={() => void saveAndReload(referenceDataKey)}
      />
      <SaveActions pending={save.isPending} saved={save.isSuccess} />
      {save.isError ? <ErrorPanel error={save.error} /> : null}
    </form>
  )
}
