import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { flowIds, type FlowId } from '../../../shared/contract'

/** A labelled flow filter: every flow the contract knows, or all of them. */
export function FlowSelect({
  value,
  onChange
}: {
  value: FlowId | undefined
  onChange: (flow: FlowId | undefined) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('activity.flow')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as FlowId | undefined)}
      >
        <option value="">{t('activity.all')}</option>
        {flowIds.map((flow) => (
          <option key={flow} value={flow}>
            {t(`flows.names.${flow}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
