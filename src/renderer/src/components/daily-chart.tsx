import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { ErrorPanel } from './error-panel'

const series = [
  { key: 'created', color: '#1b6b34' },
  { key: 'updated', color: '#0b5cad' },
  { key: 'failed', color: '#9b1c1c' }
] as const

/** Records created, updated and failed per day over the last 30 days (stats.daily). */
export function DailyChart(): React.JSX.Element {
  const { t } = useTranslation()
  const stats = useQuery({
    queryKey: queryKeys.statsDaily,
    queryFn: () => api['stats.daily']({ days: 30 })
  })
  const days = stats.data ?? []
  const total = days.reduce((sum, day) => sum + day.created + day.updated + day.failed, 0)
  return (
    <div className="panel panel-wide">
      <h2>{t('flows.chartTitle')}</h2>
      {stats.isError ? (
        <ErrorPanel error={stats.error} onRetry={() => void stats.refetch()} />
      ) : null}
      {stats.isSuccess && total === 0 ? <p className="help">{t('flows.chartEmpty')}</p> : null}
      {total > 0 ? (
        <div
          className="chart"
          role="img"
          aria-label={days
            .map(
              (day) =>
                `${day.day}: ${series.map((item) => `${t(`flows.counts.${item.key}`)} ${day[item.key]}`).join(', ')}`
            )
            .join('; ')}
        >
          <ResponsiveContainer width="100%" height={180}>
            <BarChart
              data={days}
              margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
              accessibilityLayer={false}
            >
              <XAxis dataKey="day" tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} width={44} tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend />
              {series.map((item) => (
                <Bar
                  key={item.key}
                  dataKey={item.key}
                  name={t(`flows.counts.${item.key}`)}
                  stackId="records"
                  fill={item.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
    </div>
  )
}
