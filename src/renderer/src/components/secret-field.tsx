import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { secretEnvironmentVariables, type ConnectionId } from '../../../shared/contract'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { ErrorPanel } from './error-panel'

/**
 * A connection secret: typed once, handed to the keychain with secrets.set and never read back;
 * afterwards the page only knows (from secrets.status) that one is stored, and where. One given at
 * run time (environment or secrets file) is shown as such and cannot be replaced from here.
 * The typed value is the form's (its Test tests what is typed, before it is stored).
 */
export function SecretField({
  connection,
  label,
  value: secret,
  onChange: setSecret,
  help
}: {
  connection: ConnectionId
  label: string
  value: string
  onChange: (secret: string) => void
  help?: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const ids = { input: useId(), help: useId() }
  const status = useQuery({
    queryKey: queryKeys.secretsStatus,
    queryFn: () => api['secrets.status']()
  })
  const store = useMutation({
    mutationFn: () => api['secrets.set']({ connection, secret }),
    onSuccess: async (next) => {
      setSecret('')
      queryClient.setQueryData(queryKeys.secretsStatus, next)
      await queryClient.invalidateQueries({ queryKey: queryKeys.appStatus })
    }
  })
  const source = status.data?.sources[connection] ?? null
  const stored = source !== null
  const givenAtRunTime = source === 'environment' || source === 'file'
  return (
    <div className="field">
      <label htmlFor={ids.input}>
        {label}{' '}
        <span className={stored ? 'badge badge-ok' : 'badge badge-warn'}>
          {source
            ? t(`setup.sources.${source}`, { variable: secretEnvironmentVariables[connection] })
            : t('setup.notStored')}
        </span>
      </label>
      <div className="inline" hidden={givenAtRunTime}>
        <input
          id={ids.input}
          type="password"
          autoComplete="off"
          value={secret}
          placeholder={stored ? t('setup.replace') : ''}
          aria-describedby={ids.help}
          onChange={(event) => setSecret(event.target.value)}
        />
        <button
          type="button"
          className="button-small"
          disabled={secret === '' || store.isPending}
          onClick={() => store.mutate()}
        >
          {t('setup.storeSecret')}
        </button>
      </div>
      <p id={ids.help} className="help">
        {givenAtRunTime ? t('setup.givenAtRunTime') : (help ?? t('setup.secretHelp'))}
      </p>
      {store.isError ? <ErrorPanel error={store.error} /> : null}
    </div>
  )
}
