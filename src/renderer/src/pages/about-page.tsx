import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AppStatus, LogFiles } from '../../../shared/contract'
import { api } from '../api'
import { BackupPanel } from '../components/backup-panel'
import { ErrorPanel, TechnicalDetail } from '../components/error-panel'
import { localeOf } from '../../../shared/locales'
import { formatTime } from '../format-time'
import { queryKeys } from '../query-keys'

/**
 * About and diagnostics: the technical facts a shop owner only needs when asking for help
 * (version, data folder, database file and schema, keychain, backups, the log files).
 */
export function AboutPage(): React.JSX.Element {
  const { t } = useTranslation()
  const status = useQuery({ queryKey: queryKeys.appStatus, queryFn: () => api['app.status']() })
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      {status.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {status.isError ? (
        <ErrorPanel error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {status.data ? <StatusPanels status={status.data} /> : null}
      <BackupPanel />
      <LogsPanel />
    </section>
  )
}

function StatusPanels({ status }: { status: AppStatus }): React.JSX.Element {
  const { t } = useTranslation()
  const { keychain } = status
  return (
    <div className="panels">
      <div className="panel">
        <h2>{t('about.application')}</h2>
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd>{status.version}</dd>
          <dt>{t('about.dataDir')}</dt>
          <dd className="path">{status.dataDir}</dd>
        </dl>
      </div>
      <div className="panel">
        <h2>{t('about.database')}</h2>
        <dl className="facts">
          <dt>{t('about.databasePath')}</dt>
          <dd className="path">{status.database.path}</dd>
          <dt>{t('about.schemaVersion')}</dt>
          <dd data-testid="schema-version">{status.database.schemaVersion}</dd>
          <dt>{t('about.latestMigration')}</dt>
          <dd>{status.database.latestMigration ?? t('common.none')}</dd>
        </dl>
      </div>
      <div className="panel">
        <h2>{t('about.keychain')}</h2>
        {/* One line from one fact: where the secrets go when it works, why not when it does not. */}
        <p data-testid="keychain-line">
          <span className={keychain.available ? 'badge badge-ok' : 'badge badge-warn'}>
            {keychain.available ? t('about.keychainAvailable') : t('about.keychainUnavailable')}
          </span>{' '}
          {keychain.available
            ? t(`about.backends.${keychain.backend}`)
            : t(`setup.keychainProblem.${keychain.problem ?? 'unusable'}`)}
        </p>
        {keychain.available ? null : <TechnicalDetail text={keychain.reason ?? undefined} />}
      </div>
    </div>
  )
}

function LogsPanel(): React.JSX.Element {
  const { t } = useTranslation()
  const logs = useQuery({ queryKey: ['app.logs'], queryFn: () => api['app.logs']({ lines: 100 }) })
  return (
    <section className="panel" aria-labelledby="logs-title">
      <h2 id="logs-title">{t('about.logs')}</h2>
      {logs.isPending ? <p aria-live="polite">{t('common.loading')}</p> : null}
      {logs.isError ? <ErrorPanel error={logs.error} onRetry={() => void logs.refetch()} /> : null}
      {logs.data ? <LogFilesView logs={logs.data} /> : null}
    </section>
  )
}

function LogFilesView({ logs }: { logs: LogFiles }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const size = new Intl.NumberFormat(localeOf(i18n.language), {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 1
  })
  if (logs.folder === null) return <p>{t('about.logsTerminal')}</p>
  return (
    <>
      <dl className="facts">
        <dt>{t('about.logFolder')}</dt>
        <dd className="path">{logs.folder}</dd>
      </dl>
      {logs.files.length === 0 ? <p>{t('about.noLogFiles')}</p> : null}
      {logs.files.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('about.logFile')}</th>
              <th scope="col">{t('about.logSize')}</th>
              <th scope="col">{t('about.logModified')}</th>
            </tr>
          </thead>
          <tbody>
            {logs.files.map((file) => (
              <tr key={file.name}>
                <td className="mono">{file.name}</td>
                <td>{size.format(file.bytes / 1024)}</td>
                <td>{formatTime(file.modifiedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {logs.tail.length > 0 ? (
        // The lines themselves are the core's developer words: folded, for a support question.
        <details className="technical">
          <summary>{t('about.logTail', { count: logs.tail.length })}</summary>
          <pre className="log-tail">{logs.tail.join('\n')}</pre>
        </details>
      ) : null}
    </>
  )
}
