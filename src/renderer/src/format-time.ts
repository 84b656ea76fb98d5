import { localeOf } from '../../shared/locales'

/** A core timestamp (epoch milliseconds) as local date and time in the UI language. */
export function formatTime(epochMs: number, language: string): string {
  return new Date(epochMs).toLocaleString(localeOf(language), {
    dateStyle: 'short',
    timeStyle: 'medium'
  })
}

const agoSteps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000]
]

/** How long ago a core timestamp was, in the UI language ("3 min. geleden", "il y a 3 min"). */
export function formatAgo(epochMs: number, nowMs: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(localeOf(language), {
    numeric: 'auto',
    style: 'short'
  })
  const elapsed = Math.max(0, nowMs - epochMs)
  for (const [unit, size] of agoSteps)
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit)
  return format.format(0, 'minute')
}
