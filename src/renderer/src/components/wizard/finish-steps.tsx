import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { recordOutcomes, type FlowStatus, type RunSummary } from '../../../../shared/contract'
import { readSchedule, schedulePresets } from '../../../../shared/schedule-presets'
import { api } from '../../api'
import { queryKeys } from '../../query-keys'
import { useRunProgress } from '../../use-run-progress'
import { ErrorPanel } from '../error-panel'
import { RunProgress } from '../flow-card'
import { flowSettings } from '../flow-settings'
import { FlowSwitch } from '../flow-switch'
import { ScheduleField } from '../schedule-field'
import { fieldIssue } from '../text-field'
import { StepActions, type StepProps } from './step-actions'

/** The flows the core offers, each with its switch and its direction in words. */
export function FlowsStep({
  flows,
  onBack,
  onNext
}: StepProps & { flows: FlowStatus[] }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <>
      <p>{t('wizard.flowsIntro')}</p>
      <ul className="wizard-flows">
        {flows.map((flow) => (
          <li key={flow.flow}>
            <FlowSwitch flow={flow} label={t(`flows.names.${flow.flow}`)} />
            <p className="help">{t(`wizard.directions.${flow.flow}`, { defaultValue: '' })}</p>
            <FlowSettings flow={flow} />
          </li>
        ))}
      </ul>
      <StepActions onBack={onBack} onNext={onNext} />
    </>
  )
}

/** A switched-on flow's own settings, when it has any. */
function FlowSettings({ flow }: { flow: FlowStatus }): React.JSX.Element | null {
  const Settings = flowSettings[flow.flow]
  return Settings && flow.enabled ? <Settings withSwitch={false} /> : null
}

/** One schedule for every flow (each flow's own can be changed on the dashboard later). */
export function ScheduleStep({
  flows,
  onBack,
  onNext
}: StepProps & { flows: FlowStatus[] }): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const current = flows[0]?.schedule
  const [schedule, setSchedule] = useState(
    current && readSchedule(current).preset !== 'custom' ? current : schedulePresets.every15
  )
  const save = useMutation({
    mutationFn: async () => {
      for (const flow of flows) await api['sync.setFlow']({ flow: flow.flow, schedule })
      await queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
    },
    onSuccess: onNext
  })
  return (
    <>
      <p>{t('wizard.scheduleIntro')}</p>
      <ScheduleField
        value={schedule}
        onChange={setSchedule}
        error={fieldIssue(save.error, 'schedule')}
      />
      <StepActions onBack={onBack} onNext={() => save.mutate()} nextDisabled={save.isPending} />
    </>
  )
}

/** What was chosen, before the first sync. */
export function SummaryStep({
  accountName,
  flows,
  onBack,
  onNext
}: StepProps & { accountName: string | null; flows: FlowStatus[] }): React.JSX.Element {
  const { t } = useTranslation()
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  const on = flows.filter((flow) => flow.enabled)
  const schedule = flows[0] ? readSchedule(flows[0].schedule) : null
  const mc = settings.data?.mailchimp
  const mp = settings.data?.mplus
  return (
    <>
      <p>{t('wizard.summaryIntro')}</p>
      <dl className="facts summary">
        <dt>{t('wizard.summaryAccount')}</dt>
        <dd>{accountName ?? '—'}</dd>
        <dt>{t('fields.listId')}</dt>
        <dd className="mono">{mc?.listId ?? '—'}</dd>
        <dt>{t('fields.storeId')}</dt>
        <dd className="mono">{mc?.storeId ?? '—'}</dd>
        <dt>{t('setup.mplusTitle')}</dt>
        <dd className="mono">{mp?.host ? `${mp.host}:${mp.port ?? ''}` : '—'}</dd>
        <dt>{t('fields.branchNumber')}</dt>
        <dd>{mp?.branchNumber ?? '—'}</dd>
        <dt>{t('wizard.summaryFlows')}</dt>
        <dd>
          {on.length > 0
            ? on.map((flow) => t(`flows.names.${flow.flow}`)).join(', ')
            : t('wizard.noFlows')}
        </dd>
        <dt>{t('schedule.label')}</dt>
        <dd>
          {schedule
            ? schedule.preset === 'daily'
              ? `${t('schedule.daily')} ${schedule.time}`
              : t(`schedule.${schedule.preset}`)
            : '—'}
        </dd>
      </dl>
      <StepActions
        onBack={onBack}
        onNext={onNext}
        nextDisabled={on.length === 0}
        nextHint={t('wizard.noFlows')}
        nextLabel={t('wizard.startSync')}
      />
    </>
  )
}

/** The first "Sync all", with each flow's live progress, then its counts. */
export function FirstSyncStep(): React.JSX.Element {
  const { t } = useTranslation()
  const progress = useRunProgress()
  const [started] = useState(() => ({ at: Date.now() }))
  const run = useQuery({
    // Started once when the step opens; the answer comes when every flow has finished.
    queryKey: ['wizard.firstSync', started.at],
    queryFn: () => api['sync.runNow']({ all: true, wait: true }),
    staleTime: Infinity
  })
  const running = Object.values(progress)
  return (
    <>
      {run.isPending ? (
        <>
          <p role="status">{t('wizard.syncRunning')}</p>
          {running.map((item) => (
            <RunProgress key={item.flow} progress={item} />
          ))}
        </>
      ) : null}
      {run.isError ? <ErrorPanel error={run.error} onRetry={() => void run.refetch()} /> : null}
      {run.data ? (
        <>
          <p role="status" className="result-ok" data-testid="first-sync-done">
            ✓ {t('wizard.syncDone')}
          </p>
          <ul className="first-sync-runs">
            {run.data.runs.map((summary) => (
              <RunLine key={summary.id} run={summary} />
            ))}
          </ul>
          <p>
            <Link to="/" className="button-link">
              {t('wizard.toDashboard')}
            </Link>
          </p>
        </>
      ) : null}
    </>
  )
}

function RunLine({ run }: { run: RunSummary }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <li data-flow={run.flow}>
      <strong>{t(`flows.names.${run.flow}`)}</strong>: {t(`flows.runStatuses.${run.status}`)} —{' '}
      {recordOutcomes
        .filter((outcome) => run.counts[outcome] > 0)
        .map((outcome) => `${run.counts[outcome]} ${t(`flows.counts.${outcome}`)}`)
        .join(', ')}
    </li>
  )
}
