import { useMutation } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { recordOutcomes, type RecordOutcome } from '../../../shared/contract'
import { FlowSelect } from '../components/flow-select'
import { RecordList, type RecordFilter } from '../components/record-list'
import { RunList } from '../components/run-list'
import { TextField } from '../components/text-field'
import { ErrorPanel } from '../components/error-panel'
import { download, exportLog } from '../log-export'

/** A date field's YYYY-MM-DD as local midnight (epoch ms); the day after it for an end date. */
function dayStart(value: string, next = false): number | undefined {
  if (!value) return undefined
  const [year, month, day] = value.split('-').map(Number)
  return new Date(year, month - 1, day + (next ? 1 : 0)).getTime()
}

/** The activity log: runs, and every record with what came in, what was sent and the answer. */
export function ActivityPage(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const ids = { outcome: useId(), text: useId(), textHelp: useId() }
  const [filter, setFilter] = useState<RecordFilter>({})
  const [text, setText] = useState('')
  const [days, setDays] = useState({ from: '', to: '' })
  const exported = useMutation({
    mutationFn: async () => {
      const { csv, rows } = await exportLog(t, i18n.language, filter)
      download('kassabrug-log.csv', csv)
      return rows
    }
  })

  function setDay(which: 'from' | 'to', value: string): void {
    const next = { ...days, [which]: value }
    setDays(next)
    setFilter({ ...filter, from: dayStart(next.from), to: dayStart(next.to, true) })
  }

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
          {(['from', 'to'] as const).map((which) => (
            <TextField
              key={which}
              type="date"
              label={t(which === 'from' ? 'activity.from' : 'activity.until')}
              value={days[which]}
              onChange={(value) => setDay(which, value)}
            />
          ))}
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
        <div className="inline">
          <button
            type="button"
            className="button-secondary button-small"
            disabled={exported.isPending}
            onClick={() => exported.mutate()}
          >
            {t('activity.export')}
          </button>
          <span role="status" className="help">
            {exported.isSuccess ? t('activity.exported', { count: exported.data }) : ''}
          </span>
        </div>
        {exported.isError ? <ErrorPanel error={exported.error} /> : null}
        <RecordList filter={filter} />
      </section>
    </section>
  )
}
