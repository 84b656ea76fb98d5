import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { connectionIds, type AppStatus } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { SyncOverview } from '../components/sync-overview'
import { queryKeys } from '../query-keys'

/** The state of this installation, straight from `app.status` (kept fresh by status.changed). */
export function DashboardPage(): React.JSX.Element {
  const { t } = useTranslation()
  const status = useQuery({ queryKey: queryKeys.appStatus, queryFn: () => api['app.status']() })
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <SyncOverview />
      {status.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {status.isError ? (
        <ErrorPanel error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {status.data ? <StatusPanels status={status.data} /> : null}
    </section>
  )
}

function StatusPanels({ status }: { status: AppStatus }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="panels">
      <div className="panel">
        <h2>{t('dashboard.application')}</h2>
        <dl className="facts">
          <dt>{t('dashboard.version')}</dt>
          <dd>{status.version}</dd>
          <dt>{t('dashboard.dataDir')}</dt>
          <dd className="path">{status.dataDir}</dd>
        </dl>
      </div>
      <div className="panel">
        <h2>{t('dashboard.database')}</h2>
        <dl className="facts">
          <dt>{t('dashboard.databasePath')}</dt>
          <dd className="path">{status.database.path}</dd>
          <dt>{t('dashboard.schemaVersion')}</dt>
          <dd data-testid="schema-version">{status.database.schemaVersion}</dd>
          <dt>{t('dashboard.latestMigration')}</dt>
          <dd>{status.database.latestMigration ?? t('common.none')}</dd>
        </dl>
      </div>
      <div className="panel">
        <h2>{t('dashboard.keychain')}</h2>
        <dl className="facts">
          <dt>{t('dashboard.state')}</dt>
          <dd>
            <span className={status.keychain.available ? 'badge badge-ok' : 'badge badge-warn'}>
              {status.keychain.available
                ? t('dashboard.keychainAvailable')
                : t('dashboard.keychainUnavailable')}
            </span>
          </dd>
          <dt>{t('dashboard.backend')}</dt>
          <dd>{t(`dashboard.backends.${status.keychain.backend}`)}</dd>
          {status.keychain.reason ? (
            <>
              <dt>{t('dashboard.reason')}</dt>
              <dd>{status.keychain.reason}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <div className="panel panel-wide">
        <h2>{t('dashboard.connections')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.connection')}</th>
              <th scope="col">{t('dashboard.state')}</th>
              <th scope="col">{t('dashboard.missing')}</th>
            </tr>
          </thead>
          <tbody>
            {connectionIds.map((id) => {
              const connection = status.connections[id]
              return (
                <tr key={id}>
                  <th scope="row">{t(`dashboard.connectionNames.${id}`)}</th>
                  <td>
                    <span className={connection.configured ? 'badge badge-ok' : 'badge badge-warn'}>
                      {connection.configured
                        ? t('dashboard.configured')
                        : t('dashboard.notConfigured')}
                    </span>
                  </td>
                  <td>
                    {connection.missing.length
                      ? connection.missing
                          .map((field) => t(`fields.${field}`, { defaultValue: field }))
                          .join(', ')
                      : t('common.none')}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
