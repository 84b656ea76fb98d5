import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { FlowSwitches } from '../components/flow-switch'
import { KeychainNotice } from '../components/keychain-notice'
import { MailchimpSetup } from '../components/mailchimp-setup'
import { MplusSetup } from '../components/mplus-setup'
import { queryKeys } from '../query-keys'

/** The setup wizard: both connections (with their Test buttons) and which flows run. */
export function SetupPage(): React.JSX.Element {
  const { t } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  const status = useQuery({ queryKey: queryKeys.syncStatus, queryFn: () => api['sync.status']() })
  return (
    <section aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p className="help">{t('setup.intro')}</p>
      <KeychainNotice />
      {settings.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {settings.isError ? (
        <ErrorPanel error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {settings.data ? (
        <div className="setup-sections">
          <MailchimpSetup saved={settings.data.mailchimp} />
          <MplusSetup saved={settings.data.mplus} />
          <section className="panel" aria-labelledby="setup-flows-title">
            <h2 id="setup-flows-title">{t('setup.flowsTitle')}</h2>
            {status.isError ? <ErrorPanel error={status.error} /> : null}
            {status.data ? <FlowSwitches flows={status.data.flows} /> : null}
          </section>
        </div>
      ) : null}
    </section>
  )
}
