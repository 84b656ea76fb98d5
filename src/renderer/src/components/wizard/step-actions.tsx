import { useId } from 'react'
import { useTranslation } from 'react-i18next'

export interface StepProps {
  onBack?: () => void
  onNext: () => void
}

/** Back and Next of a wizard step; a disabled Next says why. */
export function StepActions({
  onBack,
  onNext,
  nextDisabled = false,
  nextHint,
  nextLabel
}: StepProps & {
  nextDisabled?: boolean
  nextHint?: string
  nextLabel?: string
}): React.JSX.Element {
  const { t } = useTranslation()
  const hintId = useId()
  return (
    <div className="actions wizard-actions">
      {onBack ? (
        <button type="button" className="button-secondary" onClick={onBack}>
          {t('wizard.back')}
        </button>
      ) : null}
      <button
        type="button"
        disabled={nextDisabled}
        aria-describedby={nextDisabled && nextHint ? hintId : undefined}
        onClick={onNext}
      >
        {nextLabel ?? t('wizard.next')}
      </button>
      {nextDisabled && nextHint ? (
        <span id={hintId} className="help">
          {nextHint}
        </span>
      ) : null}
    </div>
  )
}
