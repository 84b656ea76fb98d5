import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorPanel } from './error-panel'

export interface Choice {
  value: string
  label: string
}

/**
 * A labelled pick from a list the core offers (audiences, stores, branches). The saved value stays
 * selectable even before the list is loaded, so opening the page never changes a setting.
 */
export function ChoiceSelect({
  label,
  placeholder,
  value,
  choices,
  error,
  onChange,
  onReload
}: {
  label: string
  placeholder: string
  value: string
  choices: Choice[]
  error: unknown
  onChange: (value: string) => void
  /** Saves what is on screen and asks the core again (the list depends on the settings). */
  onReload?: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="inline">
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{placeholder}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
          {value && !choices.some((choice) => choice.value === value) ? (
            <option value={value}>{value}</option>
          ) : null}
        </select>
        {onReload ? (
          <button type="button" className="button-secondary button-small" onClick={onReload}>
            {t('setup.loadChoices')}
          </button>
        ) : null}
      </div>
      {error ? <ErrorPanel error={error} /> : null}
    </div>
  )
}
