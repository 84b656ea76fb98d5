/**
 * Schedules in words: the choices a shop owner picks from, each one cron expression the engine
 * runs (local time). "Off" is the flow's switch (sync.setFlow enabled), not a schedule.
 */
export const schedulePresets = {
  every5: '*/5 * * * *',
  every15: '*/15 * * * *',
  every30: '*/30 * * * *',
  hourly: '0 * * * *'
} as const
export type SchedulePreset = keyof typeof schedulePresets | 'daily' | 'custom'

const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/

/** Which choice an expression is, and for "daily" its time as HH:MM. */
export function readSchedule(expression: string): { preset: SchedulePreset; time: string } {
  const trimmed = expression.trim().replace(/\s+/g, ' ')
  const named = (Object.keys(schedulePresets) as (keyof typeof schedulePresets)[]).find(
    (preset) => schedulePresets[preset] === trimmed
  )
  if (named) return { preset: named, time: '08:00' }
  const match = daily.exec(trimmed)
  if (match && Number(match[1]) < 60 && Number(match[2]) < 24) {
    return { preset: 'daily', time: `${match[2].padStart(2, '0')}:${match[1].padStart(2, '0')}` }
  }
  return { preset: 'custom', time: '08:00' }
}

/** The cron expression of a daily run at HH:MM. */
export function dailyAt(time: string): string {
  const [hours, minutes] = time.split(':').map(Number)
  return `${minutes ?? 0} ${hours ?? 0} * * *`
}
