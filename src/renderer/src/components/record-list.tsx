import { useInfiniteQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  isWarning,
  type FlowId,
  type RecordLogEntry,
  type RecordOutcome
} from '../../../shared/contract'
import { api } from '../api'
import { formatTime } from '../format-time'
import { queryKeys } from '../query-keys'
import { useRecordWords } from '../record-words'
import { ErrorPanel } from './error-panel'
import { JsonView } from './json-view'
import { LoadMore } from './load-more'
import { RecordReason } from './record-notices'

export interface RecordFilter {
  flow?: FlowId
  outcome?: RecordOutcome
  runId?: number
  text?: string
  from?: number
  to?: number
}

/** Record rows of the activity log for a filter, 50 at a time (log.records with nextBefore). */
export function RecordList({ filter }: { filter: RecordFilter }): React.JSX.Element {
  const { t } = useTranslation()
  const records = useInfiniteQuery({
    queryKey: [...queryKeys.logRecords, filter],
    queryFn: ({ pageParam }) => api['log.records']({ ...filter, before: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined
  })
  const rows = records.data?.pages.flatMap((page) => page.records) ?? []
  return (
    <div>
      {records.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {records.isError ? (
        <ErrorPanel error={records.error} onRetry={() => void records.refetch()} />
      ) : null}
      {records.isSuccess && rows.length === 0 ? (
        <p className="help">{t('activity.noRecords')}</p>
      ) : null}
      <ul className="record-list" aria-label={t('activity.records')}>
        {rows.map((record) => (
          <RecordItem key={record.id} record={record} />
        ))}
      </ul>
      <LoadMore
        hasMore={records.hasNextPage}
        loading={records.isFetchingNextPage}
        onLoad={() => void records.fetchNextPage()}
      />
    </div>
  )
}

function RecordItem({ record }: { record: RecordLogEntry }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const words = useRecordWords()
  // The payloads are formatted only when opened, so a long list stays light.
  const [open, setOpen] = useState(false)
  return (
    <li data-record-id={record.id}>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="record-summary">
          <span className={`badge badge-outcome-${record.outcome}`}>
            {t(`activity.outcomes.${record.outcome}`)}
          </span>
          <span className="record-words">
            {`${words.subject(record)} `}
            <span aria-hidden="true">→ </span>
            <span className="visually-hidden">{`${t('activity.to')} `}</span>
            {words.target(record)}
          </span>
          {record.notices.some(isWarning) ? (
            <span className="badge badge-warn">{t('activity.warned', { count: 1 })}</span>
          ) : null}
          <span className="record-time">{formatTime(record.at, i18n.language)}</span>
        </summary>
        {open ? (
          <div className="record-detail">
            <dl className="facts">
              <dt>{t('activity.sourceId')}</dt>
              <dd className="mono">{record.sourceId}</dd>
              <dt>{t('activity.targetId')}</dt>
              <dd className="mono">{record.targetId ?? t('common.none')}</dd>
              <dt>{t('activity.runs')}</dt>
              <dd>{record.runId}</dd>
              {record.reason || record.notices.length ? (
                <>
                  <dt>{t('attention.reason')}</dt>
                  <dd>
                    <RecordReason notices={record.notices} reason={record.reason} />
                  </dd>
                </>
              ) : null}
            </dl>
            <Payload label={t('activity.sourcePayload')} text={record.sourcePayload} />
            <Payload label={t('activity.sentPayload')} text={record.sentPayload} />
            <Payload label={t('activity.response')} text={record.response} />
          </div>
        ) : null}
      </details>
    </li>
  )
}

function Payload({ label, text }: { label: string; text: string | null }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="payload">
      <h3>{label}</h3>
      {text === null ? (
        <p className="help">{t('activity.notStored')}</p>
      ) : (
        <JsonView text={text} label={label} />
      )}
    </div>
  )
}
