import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '../../../shared/contract'
import {
  dailyAt,
  readSchedule,
  schedulePresets,
  type SchedulePreset
} from '../../../shared/schedule-presets'
import { TextField } from './text-field'

const presetOrder = ['every5', 'every15', 'every30', 'hourly', 'daily', 'custom'] as const

/** How often a flow runs, in words; the cron expression itself stays under "Advanced". */
export function ScheduleField({
  value,
  onChange,
  error
}: {
  value: string
  onChange: (expression: string) => void
  error?: FieldIssue
}): React.JSX.Element {
  const { t } = useTranslation()
  const selectId = useId()
  const read = readSchedule(value)
  // "custom" is a choice of its own, also while the typed expression happens to match a preset.
  const [custom, setCustom] = useState(read.preset === 'custom')
  const preset: SchedulePreset = custom ? 'custom' : read.preset
  function choose(next: SchedulePreset): void {
    setCustom(next === 'custom')
    if (next === 'daily') onChange(dailyAt(read.time))
    else if (next !== 'custom') onChange(schedulePresets[next])
  }
  return (
    <div className="schedule-field">
      <div className="field">
        <label htmlFor={selectId}>{t('schedule.label')}</label>
        <select
          id={selectId}
          value={preset}
          onChange={(event) => choose(event.target.value as SchedulePreset)}
        >
          {presetOrder.map((item) => (
            <option key={item} value={item}>
              {t(`schedule.${item}`)}
            </option>
          ))}
        </select>
      </div>
      {preset === 'daily' ? (
        <TimeField value={read.time} onChange={(time) => onChange(dailyAt(time))} />
      ) : null}
      {preset === 'custom' ? (
        <details open>
          <summary>{t('setup.advanced')}</summary>
          <TextField
            label={t('schedule.cron')}
            className="mono"
            value={value}
            help={t('schedule.cronHelp')}
            error={error}
            onChange={onChange}
          />
        </details>
      ) : null}
    </div>
  )
}

function TimeField({
  value,
  onChange
}: {
  value: string
  onChange: (time: string) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('schedule.time')}</label>
      <input
        id={id}
        type="time"
        value={value}
        onChange={(event) => event.target.value && onChange(event.target.value)}
      />
    </div>
  )
}
