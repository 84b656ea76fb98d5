import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { secretEnvironmentVariables, secretsFileVariable } from '../../../shared/contract'
import { api } from '../api'
import { queryKeys } from '../query-keys'

/**
 * Says plainly, when the keychain cannot be used, that credentials cannot be stored here and how
 * to give them at run time instead. Nothing when the keychain works.
 */
export function KeychainNotice(): React.JSX.Element | null {
  const { t } = useTranslation()
  const status = useQuery({
    queryKey: queryKeys.secretsStatus,
    queryFn: () => api['secrets.status']()
  })
  const keychain = status.data?.keychain
  if (!keychain || keychain.available) return null
  return (
    <section className="panel notice-warn" role="alert" aria-labelledby="keychain-missing-title">
      <h2 id="keychain-missing-title">{t('setup.keychainMissingTitle')}</h2>
      <p>{t(`setup.keychainProblem.${keychain.problem ?? 'unusable'}`)}</p>
      <p>
        {t('setup.keychainWhatToDo', {
          mailchimpVariable: secretEnvironmentVariables.mailchimp,
          mplusVariable: secretEnvironmentVariables.mplus,
          fileVariable: secretsFileVariable
        })}
      </p>
      {keychain.reason ? (
        <p className="help">{t('setup.keychainDetail', { reason: keychain.reason })}</p>
      ) : null}
    </section>
  )
}
