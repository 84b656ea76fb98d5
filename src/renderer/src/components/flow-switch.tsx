import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CoreError, type FlowId, type FlowStatus, type SyncStatus } from '../../../shared/contract'
import { descriptorOf } from '../../../shared/flows/catalogue'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { ErrorPanel } from './error-panel'

/** Switches one flow on or off (sync.setFlow) and keeps the cached sync status in step. */
export function FlowSwitch({
  flow,
  label
}: {
  flow: FlowStatus
  label: React.ReactNode
}): React.JSX.Element {
  const queryClient = useQueryClient()
  const id = useId()
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => api['sync.setFlow']({ flow: flow.flow, enabled }),
    onSuccess: (next) => keepFlowStatus(queryClient, next)
  })
  return (
    <>
      <span className="switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={flow.enabled}
          disabled={toggle.isPending}
          onChange={(event) => toggle.mutate(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </span>
      {toggle.isError ? <SwitchError flow={flow.flow} error={toggle.error} /> : null}
    </>
  )
}

/** A refused switch in words; "the other direction is on" names that flow. */
function SwitchError({ flow, error }: { flow: FlowId; error: unknown }): React.JSX.Element {
  const { t } = useTranslation()
  const partner = descriptorOf(flow).excludes
  if (error instanceof CoreError && error.code === 'flows-exclusive' && partner) {
    return (
      <p className="panel panel-error" role="alert">
        {t('flows.exclusive', {
          flow: t(`flows.names.${flow}`),
          other: t(`flows.names.${partner}`)
        })}
      </p>
    )
  }
  return <ErrorPanel error={error} />
}

/** Puts one flow's new status into the cached sync.status answer. */
export function keepFlowStatus(
  queryClient: ReturnType<typeof useQueryClient>,
  next: FlowStatus
): void {
  queryClient.setQueryData<SyncStatus>(queryKeys.syncStatus, (current) =>
    current
      ? { ...current, flows: current.flows.map((item) => (item.flow === next.flow ? next : item)) }
      : current
  )
}

/** The setup wizard's list of flow switches, one per flow the core reports. */
export function FlowSwitches({ flows }: { flows: FlowStatus[] }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <ul className="flow-switches">
      {flows.map((flow) => (
        <li key={flow.flow}>
          <FlowSwitch flow={flow} label={t(`flows.names.${flow.flow}`)} />
        </li>
      ))}
    </ul>
  )
}
