import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { recordOutcomes, type RecordOutcome } from '../../../shared/contract'
import { FlowSelect } from '../components/flow-select'
import { RecordList, type RecordFilter } from '../components/record-list'
import { RunList } from '../components/run-list'

/** The activity log: runs, and every record with what came in, what was sent and the answer. */
export function ActivityPage(): React.JSX.Element {
  const { t } = useTranslation()
  const ids = { outcome: useId(), text: useId(), textHelp: useId() }
  const [filter, setFilter] = useState<RecordFilter>({})
  const [text, setText] = useState('')

  function search(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault()
    const trimmed = text.trim()
    setFilter({ ...filter, text: trimmed === '' ? undefined : trimmed })
  }

  return (
    <section aria-labelledby="activity-title" className="activity">
      <h1 id="activity-title">{t('activity.title')}</h1>
      <RunList flow={filter.flow} onPickRun={(runId) => setFilter({ ...filter, runId })} />
      <section className="panel" aria-labelledby="records-title">
        <h2 id="records-title">{t('activity.records')}</h2>
        <form
          className="toolbar"
          onSubmit={search}
          role="search"
          aria-label={t('activity.filters')}
        >
          <FlowSelect value={filter.flow} onChange={(flow) => setFilter({ ...filter, flow })} />
          <div className="field">
            <label htmlFor={ids.outcome}>{t('activity.outcome')}</label>
            <select
              id={ids.outcome}
              value={filter.outcome ?? ''}
              onChange={(event) =>
                setFilter({
                  ...filter,
                  outcome: (event.target.value || undefined) as RecordOutcome | undefined
                })
              }
            >
              <option value="">{t('activity.all')}</option>
              {recordOutcomes.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`activity.outcomes.${outcome}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.text}>{t('activity.text')}</label>
            <div className="inline">
              <input
                id={ids.text}
                type="search"
                maxLength={200}
                aria-describedby={ids.textHelp}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <button type="submit" className="button-small">
                {t('activity.text')}
              </button>
            </div>
            <p id={ids.textHelp} className="help">
              {t('activity.textHelp')}
            </p>
          </div>
          {filter.runId !== undefined ? (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => setFilter({ ...filter, runId: undefined })}
            >
              {t('activity.onlyRun', { id: filter.runId })} ✕
            </button>
          ) : null}
        </form>
        <RecordList filter={filter} />
      </section>
    </section>
  )
}
