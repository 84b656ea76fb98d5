import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api } from '../api'
import { queryKeys } from '../query-keys'
import { ErrorPanel } from './error-panel'

const series = [
  { key: 'created', color: '#1b6b34' },
  { key: 'updated', color: '#0b5cad' },
  { key: 'failed', color: '#9b1c1c' }
] as const

type Day = Record<(typeof series)[number]['key'], number> & { day: string }

// The drawing's own coordinate system; the SVG scales to the panel's width.
const width = 720
const height = 180
const plot = { left: 44, right: 8, top: 8, bottom: 24 }

/** 0 and up to four round steps up to the highest stack (1, 2 or 5 times a power of ten). */
function axisTicks(max: number): number[] {
  const rough = Math.max(1, max) / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough
  const ticks: number[] = []
  for (let value = 0; value < max + step; value += step) ticks.push(Math.round(value))
  return ticks
}

/**
 * Records created, updated and failed per day over the last 30 days (stats.daily), as stacked
 * bars drawn in plain SVG. Screen readers get the numbers in the image's label; each bar's
 * tooltip (<title>) names its day and counts.
 */
export function DailyChart(): React.JSX.Element {
  const { t } = useTranslation()
  const stats = useQuery({
    queryKey: queryKeys.statsDaily,
    queryFn: () => api['stats.daily']({ days: 30 })
  })
  const days: Day[] = stats.data ?? []
  const total = days.reduce((sum, day) => sum + day.created + day.updated + day.failed, 0)
  const describe = (day: Day): string =>
    `${day.day}: ${series.map((item) => `${t(`flows.counts.${item.key}`)} ${day[item.key]}`).join(', ')}`
  return (
    <div className="panel panel-wide">
      <h2>{t('flows.chartTitle')}</h2>
      {stats.isError ? (
        <ErrorPanel error={stats.error} onRetry={() => void stats.refetch()} />
      ) : null}
      {stats.isSuccess && total === 0 ? <p className="help">{t('flows.chartEmpty')}</p> : null}
      {total > 0 ? (
        <div className="chart">
          <StackedBars days={days} label={days.map(describe).join('; ')} describe={describe} />
          <ul className="chart-legend" aria-hidden="true">
            {series.map((item) => (
              <li key={item.key}>
                <span className="chart-swatch" style={{ background: item.color }} />
                {t(`flows.counts.${item.key}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

function StackedBars({
  days,
  label,
  describe
}: {
  days: Day[]
  label: string
  describe: (day: Day) => string
}): React.JSX.Element {
  const max = Math.max(...days.map((day) => day.created + day.updated + day.failed))
  const ticks = axisTicks(max)
  const top = ticks[ticks.length - 1]
  const plotWidth = width - plot.left - plot.right
  const plotHeight = height - plot.top - plot.bottom
  const y = (value: number): number => plot.top + plotHeight - (value / top) * plotHeight
  const slot = plotWidth / days.length
  const barWidth = Math.max(2, slot * 0.7)
  // About six day labels fit under the bars, whatever the number of days.
  const labelEvery = Math.ceil(days.length / 6)
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label}>
      {ticks.map((tick) => (
        <g key={tick} className="chart-tick">
          <line x1={plot.left} x2={width - plot.right} y1={y(tick)} y2={y(tick)} />
          <text x={plot.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {tick}
          </text>
        </g>
      ))}
      {days.map((day, index) => {
        const x = plot.left + index * slot + (slot - barWidth) / 2
        let base = 0
        return (
          <g key={day.day} className="chart-bar">
            <title>{describe(day)}</title>
            {series.map((item) => {
              const value = day[item.key]
              const rect = (
                <rect
                  key={item.key}
                  x={x}
                  width={barWidth}
                  y={y(base + value)}
                  height={y(base) - y(base + value)}
                  fill={item.color}
                />
              )
              base += value
              return value > 0 ? rect : null
            })}
            {index % labelEvery === 0 ? (
              <text x={x + barWidth / 2} y={height - 6} textAnchor="middle">
                {day.day.slice(5)}
              </text>
            ) : null}
          </g>
        )
      })}
    </svg>
  )
}
