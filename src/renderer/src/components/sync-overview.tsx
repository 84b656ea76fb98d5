import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { CoreError, type SyncStatus } from '../../../shared/contract'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { useRunProgress } from '../use-run-progress'
import { useSetUp } from '../use-set-up'
import { useCodeWords } from '../wording'
import { DailyChart } from './daily-chart'
import { ErrorPanel } from './error-panel'
import { FlowCard } from './flow-card'

const stateBadges = {
  'not-set-up': 'badge-warn',
  idle: 'badge-ok',
  syncing: 'badge-info',
  error: 'badge-error'
} as const

/** The dashboard's sync part: overall state, one card per flow the core reports, the chart. */
export function SyncOverview(): React.JSX.Element {
  const { t } = useTranslation()
  const status = useQuery({ queryKey: queryKeys.syncStatus, queryFn: () => api['sync.status']() })
  const progress = useRunProgress()
  const setUp = useSetUp()
  const words = useCodeWords()
  // Never a green "idle" before the connections are set up: syncing cannot work yet.
  const state = setUp === false ? 'not-set-up' : status.data?.state
  return (
    <section className="sync-overview" aria-labelledby="sync-title">
      <div className="section-head">
        <h2 id="sync-title">{t('flows.sync')}</h2>
        {state ? (
          <span
            className={`badge ${stateBadges[state]}`}
            data-testid="sync-state"
            aria-label={`${t('flows.overall')}: ${t(`flows.states.${state}`)}`}
          >
            {t(`flows.states.${state}`)}
          </span>
        ) : null}
        {status.data ? <SyncAll status={status.data} canSync={setUp === true} /> : null}
      </div>
      {status.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {/* Without access the dashboard's own panel already says how to get in: say it once. */}
      {status.isError && !isUnauthorized(status.error) ? (
        <ErrorPanel error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {setUp === false ? (
        <p className="warning">
          {t('wizard.notSetUp')}{' '}
          {status.data?.notSetUp.length ? `${words.notSetUp(status.data.notSetUp)} ` : null}
          <Link to="/wizard">{t('wizard.openWizard')}</Link>
        </p>
      ) : null}
      {status.data ? (
        <>
          <div className="flow-cards">
            {status.data.flows.map((flow) => (
              <FlowCard
                key={flow.flow}
                flow={flow}
                progress={progress[flow.flow]}
                canSync={setUp === true}
              />
            ))}
          </div>
          <DailyChart />
        </>
      ) : null}
    </section>
  )
}

/** Runs every switched-on flow, in dependency order, and says which ones started. */
function SyncAll({ status, canSync }: { status: SyncStatus; canSync: boolean }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const run = useMutation({
    mutationFn: () => api['sync.runNow']({ all: true }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
  })
  const anyOn = status.flows.some((flow) => flow.enabled)
  const busy = status.flows.some((flow) => flow.running)
  return (
    <div className="sync-all">
      <button
        type="button"
        disabled={!canSync || !anyOn || busy || run.isPending}
        onClick={() => run.mutate()}
      >
        {t('flows.syncAll')}
      </button>
      <span role="status" className="help">
        {canSync && !anyOn
          ? t('flows.nothingOn')
          : run.data
            ? t('flows.syncAllStarted', {
                flows: run.data.accepted.map((flow) => t(`flows.names.${flow}`)).join(', ')
              })
            : ''}
      </span>
      {run.isError ? <ErrorPanel error={run.error} /> : null}
    </div>
  )
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof CoreError && error.code === 'unauthorized'
}
