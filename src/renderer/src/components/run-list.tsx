import { useInfiniteQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { recordOutcomes, type FlowId } from '../../../shared/contract'
import { api } from '../api'
import { formatTime } from '../format-time'
import { queryKeys } from '../query-keys'
import { ErrorPanel } from './error-panel'
import { LoadMore } from './load-more'
import { RunProblems } from './run-problems'
import { foldQuiet } from '../log-rows'

/** Runs of the activity log, newest first, one page at a time (log.runs). */
export function RunList({
  flow,
  onPickRun
}: {
  flow: FlowId | undefined
  onPickRun: (runId: number) => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const runs = useInfiniteQuery({
    queryKey: [...queryKeys.logRuns, flow ?? 'all'],
    queryFn: ({ pageParam }) => api['log.runs']({ flow, before: pageParam, limit: 20 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined
  })
  const rows = runs.data?.pages.flatMap((page) => page.runs) ?? []
  return (
    <section className="panel" aria-labelledby="runs-title">
      <h2 id="runs-title">{t('activity.runs')}</h2>
      {runs.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {runs.isError ? <ErrorPanel error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {runs.isSuccess && rows.length === 0 ? <p className="help">{t('activity.noRuns')}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('activity.started')}</th>
              <th scope="col">{t('activity.flow')}</th>
              <th scope="col">{t('activity.trigger')}</th>
              <th scope="col">{t('activity.status')}</th>
              <th scope="col">{t('activity.counts')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('activity.records')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {foldQuiet(rows).map((run) =>
              'quiet' in run ? (
                <tr key={`quiet-${run.quiet[0].id}`} className="quiet-runs">
                  <td>
                    {formatTime(run.quiet.at(-1)!.startedAt, i18n.language)} –{' '}
                    {formatTime(run.quiet[0].startedAt, i18n.language)}
                  </td>
                  <td colSpan={5}>{t('activity.quietRuns', { count: run.quiet.length })}</td>
                </tr>
              ) : (
                <tr key={run.id} data-run-id={run.id}>
                  <td>{formatTime(run.startedAt, i18n.language)}</td>
                  <td>{t(`flows.names.${run.flow}`)}</td>
                  <td>{t(`activity.triggers.${run.trigger}`)}</td>
                  <td>
                    <span className={`badge badge-run-${run.status}`}>
                      {t(`flows.runStatuses.${run.status}`)}
                    </span>
                    <RunProblems run={run} />
                  </td>
                  <td className="counts-cell">
                    {recordOutcomes
                      .filter((outcome) => run.counts[outcome] > 0)
                      .map((outcome) => `${run.counts[outcome]} ${t(`flows.counts.${outcome}`)}`)
                      .join(' · ') || '0'}
                    {run.warned > 0 ? (
                      <span className="badge badge-warn">
                        {t('activity.warned', { count: run.warned })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      onClick={() => onPickRun(run.id)}
                    >
                      {t('activity.showRecords', { id: run.id })}
                    </button>
                  </td>
                </tr>
              )
            )}
          </tbody>
        </table>
      ) : null}
      <LoadMore
        hasMore={runs.hasNextPage}
        loading={runs.isFetchingNextPage}
        onLoad={() => void runs.fetchNextPage()}
      />
    </section>
  )
}
