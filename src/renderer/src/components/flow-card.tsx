import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { recordOutcomes, type CoreEvent, type FlowStatus } from '../../../shared/contract'
import { api } from '../api'
import { formatAgo, formatTime } from '../format-time'
import { useNow } from '../use-now'
import { queryKeys } from '../query-keys'
import { ConfirmDialog } from './confirm-dialog'
import { ErrorPanel } from './error-panel'
import { FlowSwitch, keepFlowStatus } from './flow-switch'
import { RunProblems } from './run-problems'
import { ScheduleField } from './schedule-field'
import { fieldIssue } from './text-field'

type Progress = Extract<CoreEvent, { name: 'run.progress' }>['payload']

/** One flow on the dashboard: switch, schedule, live progress, last and next run, actions. */
export function FlowCard({
  flow,
  progress,
  canSync
}: {
  flow: FlowStatus
  progress: Progress | undefined
  /** False until both connections are set up: the actions would only fail. */
  canSync: boolean
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const name = t(`flows.names.${flow.flow}`)
  const headingId = useId()
  const [confirming, setConfirming] = useState(false)

  const refresh = (): Promise<void> =>
    queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
  const runNow = useMutation({
    mutationFn: () => api['sync.runNow']({ flow: flow.flow }),
    onSuccess: refresh
  })
  const resync = useMutation({
    mutationFn: () => api['sync.resync']({ flow: flow.flow }),
    onSuccess: refresh
  })
  const failure = runNow.error ?? resync.error

  return (
    <article className="panel flow-card" aria-labelledby={headingId} data-flow={flow.flow}>
      <div className="flow-card-head">
        <h2 id={headingId}>{name}</h2>
        <FlowSwitch
          flow={flow}
          label={
            <>
              {t('flows.enabled')}
              <span className="visually-hidden"> {name}</span>
            </>
          }
        />
      </div>
      <FlowTotals flow={flow} />
      <ScheduleForm flow={flow} onSaved={(next) => keepFlowStatus(queryClient, next)} />
      {flow.running ? <RunProgress progress={progress} /> : null}
      <dl className="facts">
        <dt>{t('flows.lastRun')}</dt>
        <dd data-testid="last-run" data-run-id={flow.lastRun?.id}>
          {flow.lastRun ? (
            <>
              <span className={`badge badge-run-${flow.lastRun.status}`}>
                {t(`flows.runStatuses.${flow.lastRun.status}`)}
              </span>{' '}
              {formatTime(flow.lastRun.finishedAt ?? flow.lastRun.startedAt, i18n.language)}
            </>
          ) : (
            t('flows.never')
          )}
        </dd>
        <dt>{t('flows.nextRun')}</dt>
        <dd>
          {flow.enabled && flow.nextRunAt !== null
            ? formatTime(flow.nextRunAt, i18n.language)
            : t('flows.notScheduled')}
        </dd>
      </dl>
      {flow.lastRun ? (
        <>
          <ul className="counts" aria-label={t('activity.counts')}>
            {recordOutcomes.map((outcome) => (
              <li key={outcome} data-outcome={outcome}>
                <span className="count">{flow.lastRun?.counts[outcome]}</span>{' '}
                {t(`flows.counts.${outcome}`)}
              </li>
            ))}
          </ul>
          <RunProblems run={flow.lastRun} />
        </>
      ) : null}
      {flow.needsAttention > 0 ? (
        <p>
          <Link to={`/attention?flow=${flow.flow}`} className="attention-link">
            {t('flows.needsAttention', { count: flow.needsAttention })}
          </Link>
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button-small"
          disabled={!canSync || flow.running || runNow.isPending}
          onClick={() => runNow.mutate()}
        >
          {t('flows.syncNow')}
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          disabled={!canSync || flow.running || resync.isPending}
          onClick={() => setConfirming(true)}
        >
          {t('flows.resync')}
        </button>
      </div>
      {failure ? <ErrorPanel error={failure} /> : null}
      <ConfirmDialog
        open={confirming}
        title={t('flows.resyncTitle')}
        text={t('flows.resyncText', { flow: name })}
        confirmLabel={t('flows.confirm')}
        cancelLabel={t('flows.cancel')}
        onConfirm={() => resync.mutate()}
        onClose={() => setConfirming(false)}
      />
    </article>
  )
}

/** "602 customers in sync, last 3 min ago": what the ledger holds, and the last finished run. */
function FlowTotals({ flow }: { flow: FlowStatus }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const now = useNow()
  const totals = t('flows.totals', { count: flow.inSync, entity: t(`flows.entities.${flow.flow}`) })
  const finishedAt = flow.lastRun?.finishedAt
  return (
    <p className="flow-totals" data-testid="flow-totals">
      {finishedAt
        ? t('flows.totalsLast', { totals, ago: formatAgo(finishedAt, now, i18n.language) })
        : totals}
    </p>
  )
}

export function RunProgress({ progress }: { progress: Progress | undefined }): React.JSX.Element {
  const { t } = useTranslation()
  if (!progress) return <p role="status">{t('flows.running')}</p>
  const entity = t(`flows.entities.${progress.flow}`)
  const text =
    progress.total === null
      ? t('flows.progressUnknown', { entity, done: progress.done })
      : t('flows.progress', { entity, done: progress.done, total: progress.total })
  return (
    <div className="run-progress">
      <progress aria-label={text} value={progress.done} max={progress.total ?? undefined} />
      <span role="status">{text}</span>
    </div>
  )
}

function ScheduleForm({
  flow,
  onSaved
}: {
  flow: FlowStatus
  onSaved: (next: FlowStatus) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const [schedule, setSchedule] = useState(flow.schedule)
  const save = useMutation({
    mutationFn: () => api['sync.setFlow']({ flow: flow.flow, schedule: schedule.trim() }),
    onSuccess: onSaved
  })
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate()
  }
  return (
    <form
      className="schedule"
      onSubmit={submit}
      noValidate
      aria-label={t('flows.scheduleOf', { flow: t(`flows.names.${flow.flow}`) })}
    >
      <ScheduleField
        value={schedule}
        onChange={setSchedule}
        error={fieldIssue(save.error, 'schedule')}
      />
      <button
        type="submit"
        className="button-secondary button-small"
        disabled={save.isPending || schedule.trim() === flow.schedule}
      >
        {t('flows.saveSchedule')}
      </button>
      <span role="status" className="saved help">
        {save.isSuccess && schedule.trim() === flow.schedule ? t('flows.scheduleSaved') : ''}
      </span>
    </form>
  )
}
