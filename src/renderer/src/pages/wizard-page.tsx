import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { AudienceStep, MailchimpStep, MplusStep } from '../components/wizard/connection-steps'
import {
  FirstSyncStep,
  FlowsStep,
  ScheduleStep,
  SummaryStep
} from '../components/wizard/finish-steps'
import { StepActions } from '../components/wizard/step-actions'
import { queryKeys } from '../query-keys'

const steps = [
  'welcome',
  'mailchimp',
  'audience',
  'mplus',
  'flows',
  'schedule',
  'summary',
  'sync'
] as const
type Step = (typeof steps)[number]

/**
 * The guided first run (also re-opened from the menu): each connection typed and tested, the
 * choices, a summary and the first sync with live progress, without visiting another page.
 */
export function WizardPage(): React.JSX.Element {
  const { t } = useTranslation()
  const [index, setIndex] = useState(0)
  const [accountName, setAccountName] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const settings = useQuery({ queryKey: queryKeys.settings, queryFn: () => api['settings.get']() })
  const status = useQuery({ queryKey: queryKeys.syncStatus, queryFn: () => api['sync.status']() })
  const step: Step = steps[index]
  const back = index > 0 && step !== 'sync' ? () => setIndex(index - 1) : undefined
  const next = (): void => setIndex(Math.min(index + 1, steps.length - 1))
  const first = useRef(true)
  useEffect(() => {
    // A new step moves the focus to its heading, so a screen reader hears where it is.
    if (first.current) first.current = false
    else headingRef.current?.focus()
  }, [index])

  const failure = settings.error ?? status.error
  return (
    <section aria-labelledby="wizard-title" className="wizard">
      <h1 id="wizard-title">{t('wizard.title')}</h1>
      <nav aria-label={t('wizard.steps')}>
        <ol className="wizard-steps">
          {steps.map((item, position) => (
            <li
              key={item}
              aria-current={position === index ? 'step' : undefined}
              className={position < index ? 'done' : undefined}
            >
              {t(`wizard.stepNames.${item}`)}
            </li>
          ))}
        </ol>
      </nav>
      <div className="panel wizard-step">
        <p className="help">{t('wizard.stepOf', { step: index + 1, total: steps.length })}</p>
        <h2 ref={headingRef} tabIndex={-1}>
          {t(`wizard.stepNames.${step}`)}
        </h2>
        {failure ? <ErrorPanel error={failure} /> : null}
        {settings.data && status.data ? (
          <>
            {step === 'welcome' ? (
              <>
                <p>{t('wizard.welcome')}</p>
                <StepActions onNext={next} nextLabel={t('wizard.start')} />
              </>
            ) : null}
            {step === 'mailchimp' ? (
              <MailchimpStep
                settings={settings.data}
                onBack={back}
                onNext={next}
                onTested={(result) => setAccountName(result.accountName ?? null)}
              />
            ) : null}
            {step === 'audience' ? (
              <AudienceStep settings={settings.data} onBack={back} onNext={next} />
            ) : null}
            {step === 'mplus' ? (
              <MplusStep settings={settings.data} onBack={back} onNext={next} />
            ) : null}
            {step === 'flows' ? (
              <FlowsStep flows={status.data.flows} onBack={back} onNext={next} />
            ) : null}
            {step === 'schedule' ? (
              <ScheduleStep flows={status.data.flows} onBack={back} onNext={next} />
            ) : null}
            {step === 'summary' ? (
              <SummaryStep
                accountName={accountName}
                flows={status.data.flows}
                onBack={back}
                onNext={next}
              />
            ) : null}
            {step === 'sync' ? <FirstSyncStep /> : null}
          </>
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </div>
    </section>
  )
}
