import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { connectionIds, type AppStatus } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { SyncOverview } from '../components/sync-overview'
import { queryKeys } from '../query-keys'

/**
 * The owner's overview: the sync state and each flow's totals, and whether both connections are
 * set up (`app.status`). The technical facts live on the About page.
 */
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
