import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { FlowId, type AttentionItem, type RetryResult } from '../../../shared/contract'
import { api } from '../api'
import { ErrorPanel } from '../components/error-panel'
import { FlowSelect } from '../components/flow-select'
import { JsonView } from '../components/json-view'
import { LoadMore } from '../components/load-more'
import { RecordReason } from '../components/record-notices'
import { formatTime } from '../format-time'
import { queryKeys } from '../query-keys'
import { useCodeWords } from '../wording'

/** Records that did not make it (attention.list), with Retry per record and for all of them. */
export function AttentionPage(): React.JSX.Element {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [searchParams, setSearchParams] = useSearchParams()
  const parsedFlow = FlowId.safeParse(searchParams.get('flow'))
  const flow = parsedFlow.success ? parsedFlow.data : undefined
  const list = useInfiniteQuery({
    queryKey: [...queryKeys.attention, flow ?? 'all'],
    queryFn: ({ pageParam }) => api['attention.list']({ flow, before: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined
  })
  const retry = useMutation({
    mutationFn: (input: { id: number } | { all: true; flow?: FlowId }) =>
      api['attention.retry'](input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.attention })
      await queryClient.invalidateQueries({ queryKey: queryKeys.syncStatus })
    }
  })
  const items = list.data?.pages.flatMap((page) => page.items) ?? []

  return (
    <section aria-labelledby="attention-title">
      <h1 id="attention-title">{t('attention.title')}</h1>
      <p className="help">{t('attention.intro')}</p>
      <div className="toolbar">
        <FlowSelect value={flow} onChange={(next) => setSearchParams(next ? { flow: next } : {})} />
        <button
          type="button"
          disabled={items.length === 0 || retry.isPending}
          onClick={() => retry.mutate(flow ? { all: true, flow } : { all: true })}
        >
          {t('attention.retryAll')}
        </button>
        <span role="status" className="saved">
          {retry.isSuccess ? t('attention.retried', retry.data) : ''}
        </span>
      </div>
      {retry.isSuccess ? <RetryResults results={retry.data.results} /> : null}
      {retry.isError ? <ErrorPanel error={retry.error} /> : null}
      {list.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {list.isError ? <ErrorPanel error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? (
        <p className="panel" data-testid="attention-empty">
          {t('attention.empty')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="panel">
          <table className="attention-table">
            <thead>
              <tr>
                <th scope="col" className="col-flow">
                  {t('attention.flow')}
                </th>
                <th scope="col" className="col-record">
                  {t('attention.record')}
                </th>
                <th scope="col" className="col-reason">
                  {t('attention.reason')}
                </th>
                <th scope="col" className="col-attempts">
                  {t('attention.attempts')}
                </th>
                <th scope="col" className="col-time">
                  {t('attention.time')}
                </th>
                <th scope="col" className="col-action">
                  <span className="visually-hidden">{t('attention.retry')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <AttentionRow
                  key={item.id}
                  item={item}
                  retrying={retry.isPending}
                  onRetry={() => retry.mutate({ id: item.id })}
                />
              ))}
            </tbody>
          </table>
          <LoadMore
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoad={() => void list.fetchNextPage()}
          />
        </div>
      ) : null}
    </section>
  )
}

function AttentionRow({
  item,
  retrying,
  onRetry
}: {
  item: AttentionItem
  retrying: boolean
  onRetry: () => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  return (
    <tr>
      <td>{t(`flows.names.${item.flow}`)}</td>
      <th scope="row" className="mono">
        {item.sourceId}
      </th>
      <td>
        <span className="badge badge-warn">{t(`attention.states.${item.state}`)}</span>
        <RecordReason notices={item.notices} reason={item.reason} />
        <details>
          <summary>{t('attention.payload')}</summary>
          <JsonView text={item.sourcePayload} label={t('attention.payload')} />
        </details>
      </td>
      <td>{item.attempts}</td>
      <td>{formatTime(item.updatedAt, i18n.language)}</td>
      <td>
        <button
          type="button"
          className="button-small"
          disabled={retrying}
          aria-label={`${t('attention.retry')}: ${item.sourceId}`}
          onClick={onRetry}
        >
          {t('attention.retry')}
        </button>
      </td>
    </tr>
  )
}

/** What the retry did with each record, in words: the outcome of its run and why. */
function RetryResults({ results }: { results: readonly RetryResult[] }): React.JSX.Element | null {
  const { t } = useTranslation()
  const words = useCodeWords()
  if (results.length === 0) return null
  return (
    <ul className="retry-results panel" data-testid="retry-results">
      {results.map((result) => (
        <li key={`${result.flow}:${result.sourceId}`} data-outcome={result.outcome}>
          {t(`reasons.retryResults.${result.outcome}`, {
            record: `${t(`flows.names.${result.flow}`)} ${result.sourceId}`
          })}
          {result.notices.map((notice) => ` ${words.notice(notice)}`).join('')}
        </li>
      ))}
    </ul>
  )
}
